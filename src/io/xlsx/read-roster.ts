import { parseRosterText, rosterFromGrid } from "../../domain/merge/roster";
import { openWorkbook } from "./open-workbook";

/**
 * A roster file's units (DESIGN.md section 7): an .xlsx by its first sheet, a .csv by its separator, anything else
 * as text, one unit a line. Undefined when an .xlsx cannot be read. The CLI and the task pane both come here.
 */
export async function readRoster(bytes: Uint8Array, fileName: string): Promise<string[] | undefined> {
  if (/\.xlsx$/i.test(fileName)) {
    const opened = await openWorkbook(bytes);
    if (!opened.ok) return undefined;
    const first = opened.source.sheetNames()[0];
    return first === undefined ? [] : rosterFromGrid(opened.source.grid(first));
  }
  return parseRosterText(new TextDecoder("utf-8").decode(bytes), /\.csv$/i.test(fileName) ? "csv" : "txt");
}
