import { catalog } from "../domain/catalog";
import type { Locale } from "../domain/rules/finding";
import { markBatches } from "../domain/rules/marks";
import type { SheetReport } from "../domain/rules/validate-sheet";
import { validateWorkbook } from "../domain/rules/validate-workbook";
import { clearMarks, markCells, readWorkbookGrids } from "../io/office";
import type { CheckSummary } from "./summary-codec";

/** Findings listed in the dialog; the task pane shows them all. The dialog's URL carries them, so few and short. */
const LISTED = 3;
const LINE_LENGTH = 140;

const TEXT = {
  vi: {
    title: (sheet: string) => `Kiểm tra trang «${sheet}»`,
    workbookTitle: (n: number) => `Kiểm tra sổ tính: ${n} trang phụ lục`,
    failed: "Không kiểm tra được",
    unknown: [
      "Không trang tính nào của sổ tính khớp mẫu phụ lục CCHC trong danh mục.",
      "Hãy mở đúng sổ tính báo cáo, hoặc chèn mẫu bằng Mở CCHC > Mẫu biểu.",
    ],
    sheetLine: (sheet: string, errors: number, warnings: number, filled: number, expected: number) =>
      `«${sheet}»: ${errors} lỗi, ${warnings} cảnh báo; đã nhập ${filled}/${expected} ô số liệu.`,
    clean: "Không phát hiện lỗi.",
    counts: (errors: number, warnings: number) => `${errors} lỗi (ô tô đỏ), ${warnings} cảnh báo (ô tô vàng).`,
    filled: (filled: number, expected: number) => `Đã nhập ${filled}/${expected} ô số liệu.`,
    byLabels: "Trang tính không có mã ẩn của mẫu: đã nhận dạng theo nhãn các dòng.",
    more: "Mở CCHC > Kiểm tra để xem toàn bộ danh sách, chuyển đến từng ô và bỏ tô màu.",
    close: "Đóng",
  },
  en: {
    title: (sheet: string) => `Validation of “${sheet}”`,
    workbookTitle: (n: number) => `Validation of the workbook: ${n} appendix sheets`,
    failed: "Validation failed",
    unknown: [
      "No sheet of this workbook matches a CCHC appendix of the catalog.",
      "Open the report's workbook, or insert a template with Open CCHC > Mẫu biểu.",
    ],
    sheetLine: (sheet: string, errors: number, warnings: number, filled: number, expected: number) =>
      `“${sheet}”: ${errors} error(s), ${warnings} warning(s); ${filled}/${expected} input cells filled in.`,
    clean: "No problems found.",
    counts: (errors: number, warnings: number) =>
      `${errors} error(s) (cells in red), ${warnings} warning(s) (cells in amber).`,
    filled: (filled: number, expected: number) => `${filled}/${expected} input cells filled in.`,
    byLabels: "The sheet carries no hidden template ids: it was recognised by its row labels.",
    more: "Open CCHC > Kiểm tra for the full list, to go to each cell and to clear the marks.",
    close: "Close",
  },
} as const;

const clip = (s: string) => (s.length <= LINE_LENGTH ? s : `${s.slice(0, LINE_LENGTH - 1)}…`);

/** The dialog's text for the appendix sheets validated (the active sheet first). */
function summarize(reports: readonly SheetReport[], locale: Locale): CheckSummary {
  const t = TEXT[locale];
  const findings = reports.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  const several = reports.length > 1;
  const listed = [...errors, ...warnings]
    .slice(0, LISTED)
    .map((f) => clip(`${several && f.cell ? `${f.sheet}!` : ""}${f.cell ? `${f.cell}: ` : ""}${f.message}`));
  const count = (r: SheetReport, severity: string) => r.findings.filter((f) => f.severity === severity).length;
  return {
    title: several ? t.workbookTitle(reports.length) : t.title(reports[0].sheet),
    lines: [
      findings.length === 0 ? t.clean : t.counts(errors.length, warnings.length),
      ...(several
        ? reports.map((r) => t.sheetLine(r.sheet, count(r, "error"), count(r, "warning"), r.filled, r.expected))
        : [t.filled(reports[0].filled, reports[0].expected)]),
      ...(reports.some((r) => r.recognition.recognizedBy === "labels") ? [t.byLabels] : []),
      ...listed,
      ...(findings.length > 0 ? [t.more] : []),
    ],
    close: t.close,
  };
}

/**
 * Validates every appendix sheet of the workbook (the active one first) and marks their invalid cells (errors
 * red, warnings amber; a cell with both is red), replacing the marks of an earlier run. The number of syncs grows
 * with the appendix sheets, never with their rows or invalid cells.
 */
export async function checkWorkbook(
  context: Excel.RequestContext,
  locale: Locale,
  fileName?: string,
): Promise<CheckSummary> {
  // Loaded with the sheets' first sync: no request of its own.
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  const source = await readWorkbookGrids(context);
  // The file name is where a hand-made sheet's unit or period is read when its title block does not say.
  const { sheets } = validateWorkbook(source, catalog(), { locale, fileName });
  if (sheets.length === 0)
    return { title: TEXT[locale].failed, lines: [...TEXT[locale].unknown], close: TEXT[locale].close };
  const reports = [...sheets].sort((a, b) => Number(b.sheet === active.name) - Number(a.sheet === active.name));
  for (const r of reports) await clearMarks(context, r.sheet);
  for (const batch of markBatches(reports.flatMap((r) => r.findings)))
    await markCells(context, batch.sheet, batch.cells, batch.severity);
  return summarize(reports, locale);
}

/** What the dialog shows when Excel refused (protected sheet, edit mode...). */
export function failureSummary(message: string, locale: Locale): CheckSummary {
  return { title: TEXT[locale].failed, lines: [message], close: TEXT[locale].close };
}
