import type { Catalog } from "../../domain/catalog/catalog";
import { unreadableMessage, type UnreadableReason } from "../../domain/files/unreadable";
import { emptyCellsBySection, type EmptyGroup } from "../../domain/rules/completeness";
import type { Finding, Locale } from "../../domain/rules/finding";
import { resultsSheet, type CheckedSheet, type UncheckedNote } from "../../domain/rules/results-sheet";
import type { SheetReport } from "../../domain/rules/validate-sheet";
import type { WorkbookReport } from "../../domain/rules/validate-workbook";
import type { Messages } from "../i18n";
import { safeFileTitle, templateName } from "./templates";

export interface FindingGroups {
  errors: Finding[];
  warnings: Finding[];
}

/** Findings split by severity, each group in the report's order (cell order, sheet-level findings first). */
export function bySeverity(findings: readonly Finding[]): FindingGroups {
  return {
    errors: findings.filter((f) => f.severity === "error"),
    warnings: findings.filter((f) => f.severity === "warning"),
  };
}

/**
 * What the "Kiểm tra" tab shows of one validated sheet: plain data (it crosses from the worker to the page), the
 * empty cells apart from the findings, as one compact list per heading of the table.
 */
export interface SheetCheck extends CheckedSheet {
  templateId: string;
  errors: number;
  /** Warnings other than the empty cells. */
  warnings: number;
  emptyCount: number;
  recognizedBy: "metadata" | "labels";
  /** Rows with figures that recognition could not match to an indicator. */
  unplaced: { row: number; label: string }[];
  findings: Finding[];
  empty: EmptyGroup[];
}

/** One file (standalone) or the open workbook (Excel), validated. */
export interface FileCheck {
  /** The file's name; absent for the open workbook. */
  file?: string;
  /** Why the file could not be read at all. */
  unreadable?: UnreadableReason;
  /** Appendix sheets, the active one first in Excel. */
  sheets: SheetCheck[];
  /** Visible sheets that hold no appendix. */
  unrecognized: string[];
}

export function sheetCheck(report: SheetReport, cat: Catalog, t: Messages, file?: string): SheetCheck {
  const { recognition } = report;
  const findings = report.findings.filter((f) => f.code !== "completeness.missing");
  const { errors, warnings } = bySeverity(findings);
  const empty = emptyCellsBySection(recognition.entry.template, report.findings);
  return {
    ...(file === undefined ? {} : { file }),
    sheet: report.sheet,
    templateId: recognition.entry.template.id,
    template: templateName(recognition.entry, cat, t),
    unit: recognition.unit.value,
    period: recognition.period.value,
    filled: report.filled,
    expected: report.expected,
    errors: errors.length,
    warnings: warnings.length,
    emptyCount: empty.reduce((n, g) => n + g.cells.length, 0),
    recognizedBy: recognition.recognizedBy,
    unplaced: recognition.unplaced,
    findings,
    empty,
  };
}

/** A workbook's report as the tab shows it; `first` names the sheet to list first (Excel's active sheet). */
export function fileCheck(
  report: WorkbookReport,
  cat: Catalog,
  t: Messages,
  opts: { file?: string; first?: string } = {},
): FileCheck {
  const sheets = report.sheets.map((s) => sheetCheck(s, cat, t, opts.file));
  const rank = (s: SheetCheck) => (s.sheet === opts.first ? 0 : 1);
  return {
    ...(opts.file === undefined ? {} : { file: opts.file }),
    sheets: sheets
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
      .map((x) => x.s),
    unrecognized: report.unrecognized,
  };
}

/** A file's state in one word, for the list of files: whether it can be sent as it is. */
export type FileStatus =
  { kind: "ready" | "errors"; errors: number; warnings: number } | { kind: "unreadable" | "noAppendix" };

export function fileStatus(c: FileCheck): FileStatus {
  if (c.unreadable) return { kind: "unreadable" };
  if (c.sheets.length === 0) return { kind: "noAppendix" };
  const errors = c.sheets.reduce((n, s) => n + s.errors, 0);
  const warnings = c.sheets.reduce((n, s) => n + s.warnings, 0);
  return { kind: errors === 0 ? "ready" : "errors", errors, warnings };
}

/** What a file's check says besides its sheets, in the user's words: the file unreadable, or no appendix in it. */
export function fileProblem(c: FileCheck, locale: Locale, t: Messages): string | undefined {
  if (c.unreadable) return t.unreadableFile(c.file ?? "", unreadableMessage(c.unreadable, locale));
  if (c.sheets.length > 0) return undefined;
  return c.file !== undefined
    ? t.fileNoAppendix(c.file, unreadableMessage("noAppendix", locale))
    : t.noAppendixInWorkbook(c.unrecognized.join(", "));
}

/**
 * The results on screen as a printable workbook's one sheet, and the file's title: "Kết quả kiểm tra - <file>"
 * for one file, "Kết quả kiểm tra" for the open workbook or several files.
 */
export function resultsLayout(checks: readonly FileCheck[], locale: Locale, t: Messages, now: Date) {
  const notes = checks.flatMap((c): UncheckedNote[] => {
    const problem = fileProblem(c, locale, t);
    if (problem) return [{ file: c.file, text: problem }];
    return c.unrecognized.map((sheet) => ({ file: c.file, sheet, text: t.notAppendixSheet }));
  });
  const layout = resultsSheet(
    checks.flatMap((c) => c.sheets),
    notes,
    locale,
    now,
  );
  const only = checks.length === 1 ? checks[0].file?.replace(/\.[^.]+$/, "") : undefined;
  return { layout, title: safeFileTitle([t.resultsTitle, only ?? ""]) };
}
