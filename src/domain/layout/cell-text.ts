import { formatNumberVi } from "../numbers/format";
import { EXCEL_LIMITS } from "./excel-limits";

/** The note that ends a cut text; its length is reserved inside the limit. */
const cutNote = (cut: number) =>
  ` … [đã cắt ${formatNumberVi(cut)} ký tự: một ô Excel chứa tối đa ${formatNumberVi(EXCEL_LIMITS.cellChars)} ký tự]`;

/**
 * Text as one cell can hold it (EXCEL_LIMITS), the writers' last guard whatever the layout put there: line
 * feeds past the limit join their lines with "; " (nothing is lost), and text past the character limit is cut,
 * never inside a surrogate pair, with a visible note of how many characters were cut. Text within the limits
 * comes back unchanged.
 */
export function fitCellText(text: string): string {
  let s = text;
  let feeds = 0;
  for (let i = s.indexOf("\n"); i >= 0 && feeds <= EXCEL_LIMITS.cellLineFeeds; i = s.indexOf("\n", i + 1)) feeds++;
  if (feeds > EXCEL_LIMITS.cellLineFeeds) {
    const lines = s.split("\n");
    s = [...lines.slice(0, EXCEL_LIMITS.cellLineFeeds), lines.slice(EXCEL_LIMITS.cellLineFeeds).join("; ")].join("\n");
  }
  if (s.length <= EXCEL_LIMITS.cellChars) return s;
  let keep = EXCEL_LIMITS.cellChars - cutNote(s.length).length;
  const c = s.charCodeAt(keep - 1);
  if (c >= 0xd800 && c <= 0xdbff) keep--;
  return s.slice(0, keep) + cutNote(s.length - keep);
}

/** A cell value with its text fitted; numbers and blanks as they are. */
export function fitCellValue<T extends string | number | boolean | Date | null | undefined>(value: T): T {
  return (typeof value === "string" ? fitCellText(value) : value) as T;
}
