import path from "node:path";
import type { Catalog } from "../domain/catalog/catalog";
import { unreadableMessage } from "../domain/files/unreadable";
import { uncheckedNote, validateWorkbook, type WorkbookReport } from "../domain/rules/validate-workbook";
import { openWorkbook } from "../io/xlsx/open-workbook";
import { readUserFile } from "./input-file";

/** A file read and validated, or why it could not be: the files to check and the earlier report alike. */
export async function readReport(
  file: string,
  completeness: boolean,
  cat: Catalog,
): Promise<{ ok: true; report: WorkbookReport } | { ok: false; error: string }> {
  const bytes = readUserFile(file);
  const opened = typeof bytes === "string" ? ({ ok: false, reason: bytes } as const) : await openWorkbook(bytes);
  if (!opened.ok) return { ok: false, error: unreadableMessage(opened.reason, "vi") };
  const report = validateWorkbook(opened.source, cat, {
    locale: "vi",
    completeness,
    fileName: path.basename(file),
  });
  if (report.sheets.length === 0) {
    const note = uncheckedNote(report, "vi");
    return { ok: false, error: `${unreadableMessage("noAppendix", "vi")}${note ? ` Ngoài ra, ${note}` : ""}` };
  }
  return { ok: true, report };
}
