import type { LayoutCell } from "../../../domain/layout/model";
import { FONT_NAME, STYLES } from "../../../domain/layout/styles";
import { BUILT_IN_FORMATS } from "../fast/styles";
import { xmlAttr } from "./xml-text";

/** Number format codes Excel knows by id: written by id, as Excel itself writes them. */
const BUILT_IN_IDS = new Map<string, number>([
  ["General", 0],
  ...Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [code, Number(id)] as [string, number]),
]);
const FIRST_CUSTOM_FORMAT = 164;
/** The workbook's default font (cell style Normal): Excel's own, which sets the unit of column widths. */
const DEFAULT_FONT = `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
const THIN = `style="thin"><color rgb="FF000000"/>`;
const BORDERED = `<border><left ${THIN}</left><right ${THIN}</right><top ${THIN}</top><bottom ${THIN}</bottom><diagonal/></border>`;

/**
 * The styles part of a workbook being written: each distinct look of a cell (its layout style, indent, number
 * format, lock) becomes one cell format, sharing fonts, fills, borders and number formats with the others.
 */
export class StyleTable {
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = [`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`];
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  private readonly fills = new Map<string, number>([
    [`<fill><patternFill patternType="none"/></fill>`, 0],
    [`<fill><patternFill patternType="gray125"/></fill>`, 1],
  ]);
  private readonly borders = new Map<string, number>([
    [`<border><left/><right/><top/><bottom/><diagonal/></border>`, 0],
  ]);
  private readonly formats = new Map<string, number>();

  /** The last look asked for: neighbouring cells mostly look alike, and a sheet may have a million. */
  private last: { c: LayoutCell; index: number } | undefined;

  /** The cell format index (the s attribute) of a layout cell. */
  of(c: LayoutCell): number {
    const l = this.last?.c;
    if (l && l.style === c.style && l.indent === c.indent && l.numFmt === c.numFmt && l.locked === c.locked)
      return this.last!.index;
    const key = `${c.style}|${c.indent ?? 0}|${c.numFmt ?? ""}|${c.locked ? 1 : 0}`;
    let index = this.xfs.get(key);
    if (index === undefined) {
      index = this.xfXml.length;
      this.xfXml.push(this.xf(c));
      this.xfs.set(key, index);
    }
    this.last = { c, index };
    return index;
  }

  private xf(c: LayoutCell): string {
    const s = STYLES[c.style];
    const font = idOf(
      this.fonts,
      `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}<sz val="${s.size}"/><name val="${FONT_NAME}"/></font>`,
    );
    const fill = s.fill
      ? idOf(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const border = s.border ? idOf(this.borders, BORDERED) : 0;
    const format = c.numFmt ? this.formatId(c.numFmt) : 0;
    const vertical = s.vertical === "middle" ? "center" : s.vertical;
    const alignment =
      `<alignment horizontal="${s.horizontal}" vertical="${vertical}"` +
      `${s.wrap ? ` wrapText="1"` : ""}${c.indent ? ` indent="${c.indent}"` : ""}/>`;
    return (
      `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      `${format ? ` applyNumberFormat="1"` : ""} applyFont="1"${fill ? ` applyFill="1"` : ""}` +
      `${border ? ` applyBorder="1"` : ""} applyAlignment="1" applyProtection="1">` +
      `${alignment}${c.locked ? "" : `<protection locked="0"/>`}</xf>`
    );
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }

  xml(): string {
    const list = (tag: string, items: Iterable<string>, n: number) =>
      `<${tag} count="${n}">${[...items].join("")}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (formats.length > 0 ? list("numFmts", formats, formats.length) : "") +
      list("fonts", this.fonts.keys(), this.fonts.size) +
      list("fills", this.fills.keys(), this.fills.size) +
      list("borders", this.borders.keys(), this.borders.size) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs", this.xfXml, this.xfXml.length) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }
}

/** The index of an item in an insertion-ordered table, added when new. */
function idOf(table: Map<string, number>, item: string): number {
  let id = table.get(item);
  if (id === undefined) table.set(item, (id = table.size));
  return id;
}
