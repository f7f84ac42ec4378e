import { normalizeLabel } from "./normalize-label";
import type { SheetText } from "./sheet-text";

/** Unit and period as found somewhere; absent when that place does not say. */
export interface Found {
  unit?: string;
  period?: string;
}

/** Dotted lines, ellipses and underscores: a blank form's placeholder, not a value. */
const PLACEHOLDER = /^[\s.…_\-–:]*$/u;
const clean = (s: string) => s.replace(/\s+/gu, " ").trim();
const valueOf = (s: string | undefined) => {
  const v = clean(s ?? "");
  return PLACEHOLDER.test(v) ? undefined : v;
};

const UNIT_LINE = /^(?:tên\s+)?đơn\s+vị(?:\s+báo\s+cáo)?\s*[:：]\s*(.*)$/iu;
const PERIOD_LINE = /^k[ỳìỲÌ](?:\s+báo\s+cáo)?\s*[:：]\s*(.*)$/iu;
const AT_UNIT = /(?:^|\s)tại\s+(.+)$/iu;
/** A line that is nothing but a period: "6 tháng đầu năm 2021", "Quý I/2024", "Năm 2023", "(9 tháng năm 2024)". */
const PERIOD_ONLY =
  /^\(?\s*((?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm\s+(?:19|20)\d\d)|(?:quý\s+(?:i{1,3}|iv|[1-4])\s*(?:\/|-|năm)\s*(?:19|20)\d\d)|(?:năm\s+(?:19|20)\d\d))\s*\)?$/iu;

/**
 * Unit and period from the title block (rows `1..lastRow`), as people write them: "Đơn vị báo cáo: X",
 * "Đơn vị: X", "Kỳ báo cáo: Y", "Kỳ: Y" (the value in the same cell or the next one), a title line
 * "... TẠI <UNIT>", a line that is only a period. `templateLines` are the template's own title lines
 * (normalised): Bình Định titles read "THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC ...", which names no unit.
 */
export function readTitleBlock(sheet: SheetText, lastRow: number, templateLines: readonly string[]): Found {
  const found: Found = {};
  let atUnit: string | undefined;
  let periodLine: string | undefined;
  for (let r = 1; r <= Math.min(lastRow, sheet.rowCount); r++) {
    let previous = "";
    for (let c = 1; c <= sheet.colCount; c++) {
      const text = clean(sheet.text(r, c).normalize("NFC"));
      // Merged cells read through ExcelJS repeat their text in every cell of the merge.
      if (!text || text === previous) continue;
      previous = text;
      // "Đơn vị báo cáo:" | "Sở Y tế": the value in the next cell, unless that cell is another label.
      const next = () => {
        for (let d = c + 1; d <= sheet.colCount; d++) {
          const t = clean(sheet.text(r, d).normalize("NFC"));
          if (t && t !== text) return UNIT_LINE.test(t) || PERIOD_LINE.test(t) ? undefined : t;
        }
        return undefined;
      };
      const unit = UNIT_LINE.exec(text);
      if (unit) {
        found.unit ??= valueOf(unit[1]) ?? valueOf(next());
        continue;
      }
      const period = PERIOD_LINE.exec(text);
      if (period) {
        found.period ??= valueOf(period[1]) ?? valueOf(next());
        continue;
      }
      const only = PERIOD_ONLY.exec(text);
      if (only) {
        periodLine ??= clean(only[1]);
        continue;
      }
      const at = AT_UNIT.exec(text);
      if (at && !text.startsWith("(") && !templateLines.includes(normalizeLabel(text))) {
        const unitText = valueOf(at[1].replace(/[.;,]+$/u, ""));
        if (unitText && !normalizeLabel(unitText).startsWith("lĩnh vực")) atUnit ??= unitText;
      }
    }
  }
  found.unit ??= atUnit;
  found.period ??= periodLine;
  return found;
}

/** Strips diacritics one character at a time, so that positions in the result are positions in the input. */
function foldKeepingPositions(s: string): string {
  return [...s]
    .map((ch) => {
      const base = ch.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
      return base.length === 1 ? base : "?";
    })
    .join("");
}

const ROMAN_QUARTER = ["", "I", "II", "III", "IV"];

/**
 * Unit and period from a file name as units name their files: "UBND_huyen_Cam_Lam_Quy1_2024.xlsx" gives the
 * unit "UBND huyen Cam Lam" and the period "Quý I/2024". Only a period with its word (quý, tháng, năm) is
 * taken: a bare number may be anything.
 */
export function readFileName(fileName: string): Found {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[A-Za-z0-9]{1,5}$/, "").normalize("NFC");
  const chars = [...base];
  const folded = foldKeepingPositions(base);
  const sep = "[\\s_\\-.]*";
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      new RegExp(`(?<![a-z])quy${sep}(iv|i{1,3}|[1-4])${sep}(?:nam${sep})?((?:19|20)\\d\\d)(?!\\d)`),
      (m) => `Quý ${/\d/.test(m[1]) ? ROMAN_QUARTER[Number(m[1])] : m[1].toUpperCase()}/${m[2]}`,
    ],
    [
      new RegExp(`(?<![\\da-z])(\\d{1,2})${sep}thang${sep}(?:(dau|cuoi)${sep})?(?:nam${sep})?((?:19|20)\\d\\d)(?!\\d)`),
      (m) => `${Number(m[1])} tháng ${m[2] === "dau" ? "đầu " : m[2] === "cuoi" ? "cuối " : ""}năm ${m[3]}`,
    ],
    [new RegExp(`(?<![a-z])nam${sep}((?:19|20)\\d\\d)(?!\\d)`), (m) => `Năm ${m[1]}`],
  ];
  let period: string | undefined;
  let rest = chars;
  for (const [re, format] of patterns) {
    const m = re.exec(folded);
    if (!m) continue;
    period = format(m);
    rest = [...chars.slice(0, m.index), " ", ...chars.slice(m.index + m[0].length)];
    break;
  }
  const unit = clean(
    rest
      .join("")
      .replace(/[_-]+/g, " ")
      .replace(/\s*\.\s*$/, ""),
  );
  return { unit: unit || undefined, period };
}
