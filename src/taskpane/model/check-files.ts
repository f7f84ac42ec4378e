import { catalog } from "../../domain/catalog";
import type { UnreadableReason } from "../../domain/files/unreadable";
import type { Locale } from "../../domain/rules/finding";
import { validateWorkbook, type WorkbookReport } from "../../domain/rules/validate-workbook";
import { openWorkbook } from "../../io/xlsx/open-workbook";
import { MESSAGES } from "../i18n";
import { fileCheck, type FileCheck } from "./findings";
import { withPrevious, type Previous } from "./previous";
import type { PickedFile } from "./read-files";

export type ReadReport = { ok: true; report: WorkbookReport } | { ok: false; reason: UnreadableReason };

/** A chosen file read and validated, every appendix sheet of it, or why it cannot be read. */
export async function readReport(file: PickedFile, locale: Locale, completeness: boolean): Promise<ReadReport> {
  // A file moved or changed on disk since it was chosen cannot be read any more.
  const bytes = await file.arrayBuffer().then(
    (b) => new Uint8Array(b),
    () => undefined,
  );
  if (!bytes) return { ok: false, reason: "notFound" };
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  return {
    ok: true,
    report: validateWorkbook(opened.source, catalog(), { locale, fileName: file.name, completeness }),
  };
}

/**
 * Reads and validates one chosen file in the language asked for, compared with an earlier report when one is
 * given; a file that cannot be read says why instead. The worker runs this (src/taskpane/worker), the page
 * only shows what it returns.
 */
export async function checkFile(
  file: PickedFile,
  locale: Locale,
  completeness: boolean,
  previous?: Previous,
): Promise<FileCheck> {
  const read = await readReport(file, locale, completeness);
  if (!read.ok) return { file: file.name, unreadable: read.reason, sheets: [], unrecognized: [], unchecked: [] };
  const report = previous ? withPrevious(read.report, previous, locale) : read.report;
  return fileCheck(report, catalog(), MESSAGES[locale], { file: file.name, comparedWith: previous?.name });
}
