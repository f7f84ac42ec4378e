import { sniffWorkbook, type UnreadableReason } from "../../domain/files/unreadable";
import type { GridSource } from "../../domain/grid";
import { readXlsx, XlsxReadError } from "./fast/read-xlsx";

export type OpenResult =
  { ok: true; source: GridSource; modified?: Date } | { ok: false; reason: UnreadableReason; detail?: string };

/**
 * Opens workbook bytes for reading, classifying every failure instead of throwing. Reading goes through the
 * fast reader (src/io/xlsx/fast), not ExcelJS: the domain needs values, formulas and formats only.
 * A zip holding no workbook (a .docx renamed, a plain archive) is "notXlsx", one past the reader's budgets
 * "tooLarge", one built as bombs are (sizes that lie, entries that overlap) "malformed"; any other failure is
 * "corrupt".
 */
export async function openWorkbook(bytes: Uint8Array): Promise<OpenResult> {
  const kind = sniffWorkbook(bytes);
  if (kind !== "zip") return { ok: false, reason: kind };
  try {
    const { source, modified } = await readXlsx(bytes);
    return { ok: true, source, modified };
  } catch (e) {
    const reason = e instanceof XlsxReadError ? e.reason : "corrupt";
    return { ok: false, reason, detail: e instanceof Error ? e.message : String(e) };
  }
}
