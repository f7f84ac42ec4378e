import type { UnreadableReason } from "../../domain/files/unreadable";
import { parseRosterRows, parseRosterText } from "../../domain/merge/roster";
import { openWorkbook } from "./open-workbook";

/** Columns of a roster sheet looked at: a list of units has an STT, a name and a few notes. */
const ROSTER_COLUMNS = 50;

export type RosterRead = { ok: true; units: string[] } | { ok: false; reason: UnreadableReason | "tooLong" };

/**
 * A roster file's units (DESIGN.md section 7): an .xlsx by its first sheet, a .csv by its separator, anything else
 * as text, one unit a line; "tooLong" past `maxRows` lines (rows with content). The CLI and the task pane both come
 * here; the CLI bounds the file's size before.
 */
export async function readRoster(bytes: Uint8Array, fileName: string, maxRows = Infinity): Promise<RosterRead> {
  if (!/\.xlsx$/i.test(fileName)) {
    const text = new TextDecoder("utf-8").decode(bytes);
    if (text.split(/\r\n|\r|\n/).length > maxRows) return { ok: false, reason: "tooLong" };
    return { ok: true, units: parseRosterText(text, /\.csv$/i.test(fileName) ? "csv" : "txt") };
  }
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const first = opened.source.sheetNames()[0];
  if (first === undefined) return { ok: true, units: [] };
  const grid = opened.source.grid(first);
  const rows: (string | number | boolean | Date | null)[][] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const row = [];
    for (let c = 1; c <= Math.min(grid.colCount, ROSTER_COLUMNS); c++) row.push(grid.cell(r, c).value);
    if (row.every((v) => v === null)) continue;
    if (rows.length === maxRows) return { ok: false, reason: "tooLong" };
    rows.push(row);
  }
  return { ok: true, units: parseRosterRows(rows) };
}
