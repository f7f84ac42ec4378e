import { catalog } from "../../domain/catalog";
import { validateWorkbook } from "../../domain/rules/validate-workbook";
import type { Locale } from "../../domain/rules/finding";
import { openWorkbook } from "../../io/xlsx/open-workbook";
import { MESSAGES } from "../i18n";
import { fileCheck, type FileCheck } from "./findings";
import type { PickedFile } from "./read-files";

/**
 * Reads and validates one chosen file, every appendix sheet of it, in the language asked for; a file that cannot
 * be read says why instead. The worker runs this (src/taskpane/worker), the page only shows what it returns.
 */
export async function checkFile(file: PickedFile, locale: Locale, completeness: boolean): Promise<FileCheck> {
  const unreadable = (reason: FileCheck["unreadable"]): FileCheck => ({
    file: file.name,
    unreadable: reason,
    sheets: [],
    unrecognized: [],
  });
  // A file moved or changed on disk since it was chosen cannot be read any more.
  const bytes = await file.arrayBuffer().then(
    (b) => new Uint8Array(b),
    () => undefined,
  );
  if (!bytes) return unreadable("notFound");
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return unreadable(opened.reason);
  const report = validateWorkbook(opened.source, catalog(), { locale, fileName: file.name, completeness });
  return fileCheck(report, catalog(), MESSAGES[locale], { file: file.name });
}
