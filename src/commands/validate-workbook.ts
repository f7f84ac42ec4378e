import { catalog } from "../domain/catalog";
import type { Locale } from "../domain/rules/finding";
import { markBatches } from "../domain/rules/marks";
import type { SheetReport } from "../domain/rules/validate-sheet";
import { validateGrid } from "../domain/rules/validate-workbook";
import { clearMarks, markCells, readGrid } from "../io/office";
import type { CheckSummary } from "./summary-codec";

/** Findings listed in the dialog; the task pane shows them all. The dialog's URL carries them, so few and short. */
const LISTED = 3;
const LINE_LENGTH = 140;

const TEXT = {
  vi: {
    title: (sheet: string) => `Kiểm tra trang «${sheet}»`,
    failed: "Không kiểm tra được",
    unknown: [
      "Trang tính này không khớp mẫu phụ lục CCHC nào trong danh mục.",
      "Hãy mở đúng trang báo cáo, hoặc chèn mẫu bằng Mở CCHC > Mẫu biểu.",
    ],
    clean: "Không phát hiện lỗi.",
    counts: (errors: number, warnings: number) => `${errors} lỗi (ô tô đỏ), ${warnings} cảnh báo (ô tô vàng).`,
    filled: (filled: number, expected: number) => `Đã nhập ${filled}/${expected} ô số liệu.`,
    byLabels: "Trang tính không có mã ẩn của mẫu: đã nhận dạng theo nhãn các dòng.",
    more: "Mở CCHC > Kiểm tra để xem toàn bộ danh sách, chuyển đến từng ô và bỏ tô màu.",
    close: "Đóng",
  },
  en: {
    title: (sheet: string) => `Validation of “${sheet}”`,
    failed: "Validation failed",
    unknown: [
      "This sheet matches no CCHC appendix of the catalog.",
      "Open the report's sheet, or insert a template with Open CCHC > Mẫu biểu.",
    ],
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

function summarize(report: SheetReport, locale: Locale): CheckSummary {
  const t = TEXT[locale];
  const errors = report.findings.filter((f) => f.severity === "error");
  const warnings = report.findings.filter((f) => f.severity === "warning");
  const listed = [...errors, ...warnings]
    .slice(0, LISTED)
    .map((f) => clip(f.cell ? `${f.cell}: ${f.message}` : f.message));
  return {
    title: t.title(report.sheet),
    lines: [
      report.findings.length === 0 ? t.clean : t.counts(errors.length, warnings.length),
      t.filled(report.filled, report.expected),
      ...(report.recognition.recognizedBy === "labels" ? [t.byLabels] : []),
      ...listed,
      ...(report.findings.length > 0 ? [t.more] : []),
    ],
    close: t.close,
  };
}

/**
 * Validates the active sheet and marks its invalid cells (errors red, warnings amber; a cell with both is red),
 * replacing the marks of an earlier run. Seven syncs at most, however many rows and invalid cells.
 */
export async function checkActiveSheet(
  context: Excel.RequestContext,
  locale: Locale,
  fileName?: string,
): Promise<CheckSummary> {
  const grid = await readGrid(context);
  // The file name is where a hand-made sheet's unit or period is read when its title block does not say.
  const report = validateGrid(grid, catalog(), { locale, fileName });
  if (!report)
    return { title: TEXT[locale].title(grid.sheetName), lines: [...TEXT[locale].unknown], close: TEXT[locale].close };
  await clearMarks(context, grid.sheetName);
  for (const batch of markBatches(report.findings)) await markCells(context, batch.sheet, batch.cells, batch.severity);
  return summarize(report, locale);
}

/** What the dialog shows when Excel refused (protected sheet, edit mode...). */
export function failureSummary(message: string, locale: Locale): CheckSummary {
  return { title: TEXT[locale].failed, lines: [message], close: TEXT[locale].close };
}
