import { corrupt } from "./errors";
import { decode, isElement, prefixOf, rootName, rootStart, TagReader } from "./xml";

/**
 * The built-in number formats a file refers to by id alone, spelt as ExcelJS spells them so that both readers
 * give the same numFmt. 0 (General) is left out: a General cell has no numFmt, as with ExcelJS. The currency
 * (5-8) and East Asian (27-36, 50-58) ids depend on the reader's locale and stay without a code, as with ExcelJS.
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Whether a number shown with this format is a date or time: a d, m, y, h or s token outside quoted text,
 * escaped characters and [..] sections (colours, locales, conditions). Elapsed-time formats ([h]:mm, [mm]:ss)
 * count durations, not dates, unless they also show a day or a year.
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const elapsed = /\[(h+|m+|s+)\]/i.test(code);
  const bare = code.replace(/"[^"]*"|\\.|[_*].|\[[^\]]*\]/g, "");
  if (!/[dmyhs]/i.test(bare)) return false;
  return !elapsed || /[dy]/i.test(bare);
}

/** What a cell's style index says about its value: the number format code and whether numbers are dates. */
export interface CellStyles {
  numFmt: readonly (string | undefined)[];
  isDate: readonly boolean[];
}

export const NO_STYLES: CellStyles = { numFmt: [], isDate: [] };

/** xl/styles.xml: <numFmts> (custom codes by id) and <cellXfs> (the styles cells point at with s="n"). */
export function parseStyles(xml: string): CellStyles {
  const p = prefixOf(rootName(xml));
  const root = rootStart(xml);
  const tag = new TagReader();
  const codes = new Map<number, string>();
  const numFmtTag = `${p}numFmt`;
  for (let lt = xml.indexOf(`<${numFmtTag}`, root); lt >= 0; lt = xml.indexOf(`<${numFmtTag}`, lt + 1)) {
    if (!isElement(xml, lt, numFmtTag)) continue;
    if (!tag.read(xml, lt + 1 + numFmtTag.length)) throw corrupt("styles: damaged <numFmt>");
    const id = tag.get("numFmtId");
    const code = tag.get("formatCode");
    if (id !== undefined && code !== undefined) codes.set(Number(id), decode(code));
  }
  const numFmt: (string | undefined)[] = [];
  const isDate: boolean[] = [];
  const xfsTag = `${p}cellXfs`;
  let lt = xml.indexOf(`<${xfsTag}`, root);
  while (lt >= 0 && !isElement(xml, lt, xfsTag)) lt = xml.indexOf(`<${xfsTag}`, lt + 1);
  if (lt < 0) return { numFmt, isDate };
  const end = xml.indexOf(`</${xfsTag}>`, lt);
  if (end < 0) return { numFmt, isDate };
  const xfTag = `${p}xf`;
  for (let x = xml.indexOf(`<${xfTag}`, lt); x >= 0 && x < end; x = xml.indexOf(`<${xfTag}`, x + 1)) {
    if (!isElement(xml, x, xfTag)) continue;
    if (!tag.read(xml, x + 1 + xfTag.length)) throw corrupt("styles: damaged <xf>");
    const id = Number(tag.get("numFmtId") ?? 0);
    const code = id === 0 ? undefined : (codes.get(id) ?? BUILT_IN_FORMATS[id]);
    numFmt.push(code);
    isDate.push(isDateFormat(code));
  }
  return { numFmt, isDate };
}
