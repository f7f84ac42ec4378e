import path from "node:path";
import { catalog } from "../domain/catalog";
import type { ReceivedFile } from "../domain/merge/select";
import { validateWorkbook } from "../domain/rules/validate-workbook";
import { openWorkbook } from "../io/xlsx/open-workbook";
import { readUserFile } from "./input-file";

/** Reads and validates one received file, as the merge needs it. */
export async function receiveFile(file: string): Promise<ReceivedFile> {
  const bytes = readUserFile(file);
  if (typeof bytes === "string") return { file, outcome: { ok: false, reason: bytes } };
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { file, outcome: { ok: false, reason: opened.reason } };
  const report = validateWorkbook(opened.source, catalog(), { locale: "vi", fileName: path.basename(file) });
  return { file, modified: opened.modified, outcome: { ok: true, report } };
}
