import type { Catalog } from "../../domain/catalog/catalog";
import { unreadableMessage, type UnreadableReason } from "../../domain/files/unreadable";
import { emptyCellsBySection, type EmptyGroup } from "../../domain/rules/completeness";
import type { Finding, Locale } from "../../domain/rules/finding";
import { resultsSheet, type CheckedSheet, type UncheckedNote } from "../../domain/rules/results-sheet";
import type { SheetReport } from "../../domain/rules/validate-sheet";
import { uncheckedNote, type WorkbookReport } from "../../domain/rules/validate-workbook";
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
  /** The earlier report it was compared with ("So với kỳ trước…"), by its file or sheet name. */
  comparedWith?: string;
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
  /** Sheets past what one check may cost (CHECK_LIMITS), left unchecked. */
  unchecked: string[];
  /** The earlier report asked for could not be read: the sheets were checked without comparison. */
  previousUnreadable?: { file: string; reason: UnreadableReason };
}

export function sheetCheck(
  report: SheetReport,
  cat: Catalog,
  t: Messages,
  opts: { file?: string; comparedWith?: string } = {},
): SheetCheck {
  const { recognition } = report;
  const findings = report.findings.filter((f) => f.code !== "completeness.missing");
  const { errors, warnings } = bySeverity(findings);
  const empty = emptyCellsBySection(recognition.entry.template, report.findings);
  return {
    ...(opts.file === undefined ? {} : { file: opts.file }),
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
    ...(opts.comparedWith === undefined ? {} : { comparedWith: opts.comparedWith }),
  };
}

/** A workbook's report as the tab shows it; `first` names the sheet to list first (Excel's active sheet). */
export function fileCheck(
  report: WorkbookReport,
  cat: Catalog,
  t: Messages,
  opts: { file?: string; first?: string; comparedWith?: string } = {},
): FileCheck {
  const sheets = report.sheets.map((s) => sheetCheck(s, cat, t, { file: opts.file, comparedWith: opts.comparedWith }));
  const rank = (s: SheetCheck) => (s.sheet === opts.first ? 0 : 1);
  return {
    ...(opts.file === undefined ? {} : { file: opts.file }),
    sheets: sheets
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
      .map((x) => x.s),
    unrecognized: report.unrecognized,
    unchecked: report.unchecked ?? [],
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

/** The sheets a file's check left unchecked (too large to check whole), said as the CLI says it. */
export function uncheckedText(c: FileCheck, locale: Locale): string | undefined {
  const note = uncheckedNote({ sheets: [], unrecognized: [], unchecked: c.unchecked }, locale);
  return note && `${note.charAt(0).toUpperCase()}${note.slice(1)}`;
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
    const unchecked = uncheckedText(c, locale);
    return [
      ...(problem
        ? [{ file: c.file, text: problem }]
        : c.unrecognized.map((sheet) => ({ file: c.file, sheet, text: t.notAppendixSheet }))),
      ...(unchecked ? [{ file: c.file, text: unchecked }] : []),
    ];
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
