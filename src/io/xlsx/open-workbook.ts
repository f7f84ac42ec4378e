import { sniffWorkbook, type UnreadableReason } from "../../domain/files/unreadable";
import type { GridSource } from "../../domain/grid";
import { readWorkbook } from "./read-workbook";

export type OpenResult =
  { ok: true; source: GridSource; modified?: Date } | { ok: false; reason: UnreadableReason; detail?: string };

/** Opens workbook bytes for reading, classifying every failure instead of throwing. */
export async function openWorkbook(bytes: Uint8Array): Promise<OpenResult> {
  const kind = sniffWorkbook(bytes);
  if (kind !== "zip") return { ok: false, reason: kind };
  try {
    const { workbook, source } = await readWorkbook(bytes);
    return { ok: true, source, modified: workbook.modified instanceof Date ? workbook.modified : undefined };
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: e instanceof Error ? e.message : String(e) };
  }
}
