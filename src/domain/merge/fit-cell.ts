import { EXCEL_LIMITS } from "../layout/excel-limits";

/** Room kept for the closing "… and n more" line. */
const RESERVE = 200;

/** One line cut to `max` characters, with an ellipsis where it was cut. */
const cutLine = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Lines joined into one cell within Excel's limits (32,767 characters, 253 line feeds): as many whole lines as fit,
 * then `more(n)` saying how many were left out and where to find them. Nothing is cut silently.
 */
export function fitLines(lines: readonly string[], more: (n: number) => string): string {
  const kept: string[] = [];
  let chars = 0;
  for (const [i, raw] of lines.entries()) {
    const line = cutLine(raw.replace(/\n+/g, " "), EXCEL_LIMITS.cellChars - RESERVE);
    const rest = lines.length - i - 1;
    const room = rest > 0 ? RESERVE : 0;
    if (
      kept.length + 1 > EXCEL_LIMITS.cellLineFeeds - (rest > 0 ? 1 : 0) ||
      chars + line.length + 1 + room > EXCEL_LIMITS.cellChars
    ) {
      kept.push(more(lines.length - i));
      return kept.join("\n");
    }
    kept.push(line);
    chars += line.length + 1;
  }
  return kept.join("\n");
}

/** A file's name without its folders ("/home/a/xa-1.xlsx", "C:\\bao cao\\xa-1.xlsx" -> "xa-1.xlsx"). */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
