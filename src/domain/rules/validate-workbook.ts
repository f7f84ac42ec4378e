import { workbookCatalog } from "../catalog/carried";
import type { Catalog } from "../catalog/catalog";
import type { Grid, GridSource } from "../grid";
import { INDEX_SHEET, isDefinitionSheet } from "../layout/identity";
import { formatNumberVi } from "../numbers/format";
import { mergeOutputKind } from "../recognize/consolidation";
import { recognizeSheet, type CellBudget } from "../recognize/recognize";
import type { Locale } from "./finding";
import { validateSheet, type SheetReport, type ValidateOptions } from "./validate-sheet";

/**
 * What one workbook's check may cost: sheets with content recognised, and filled cells read to recognise them.
 * Every real workbook is far inside: Khánh Hòa Phụ lục 2 has ten tables, all 25 templates in one file are 25
 * sheets and 20,000 cells, a consolidation of all of them 52 sheets. A file past them (thousands of sheets, a
 * million cells of text) would cost minutes; the sheets left are listed as unchecked instead.
 */
export const CHECK_LIMITS = { sheets: 100, cells: 200_000 } as const;

export interface WorkbookReport {
  sheets: SheetReport[];
  /** Visible sheets that hold no appendix of the catalog. */
  unrecognized: string[];
  /** Visible sheets with content past the CHECK_LIMITS: not checked at all (absent: every sheet was). */
  unchecked?: string[];
  /** Hidden sheets, not looked at (the tool's own very-hidden index is not listed). */
  hidden?: string[];
  /** A consolidation's own Chi tiết, Nguồn and Kiểm tra: its figures again, not reports of their own. */
  companions?: string[];
}

/** Recognises one sheet and validates it; undefined when it is no appendix of the catalog. */
export function validateGrid(
  grid: Grid,
  cat: Catalog,
  opts: ValidateOptions & { fileName?: string; budget?: CellBudget },
): SheetReport | undefined {
  const recognition = recognizeSheet(grid, cat, { fileName: opts.fileName, budget: opts.budget });
  return recognition && validateSheet(grid, recognition, opts);
}

/**
 * Recognises the visible sheets of a workbook and validates those that are appendices, with the templates of
 * `cat` and those the workbook carries (DESIGN.md section 3), within CHECK_LIMITS (an empty sheet is no
 * appendix and costs nothing to tell).
 */
export function validateWorkbook(
  source: GridSource,
  base: Catalog,
  opts: ValidateOptions & { fileName?: string },
): WorkbookReport {
  const cat = workbookCatalog(source, base);
  const sheets: SheetReport[] = [];
  const unrecognized: string[] = [];
  const unchecked: string[] = [];
  const hidden: string[] = [];
  const companions: string[] = [];
  let examined = 0;
  const budget: CellBudget = { cells: CHECK_LIMITS.cells };
  for (const name of source.sheetNames()) {
    // The tool's own very-hidden sheets: the index, and the definitions a workbook carries.
    if (name === INDEX_SHEET || isDefinitionSheet(name)) continue;
    const grid = source.grid(name);
    if (grid.hidden) {
      hidden.push(name);
      continue;
    }
    const empty = grid.rowCount === 0 || grid.colCount === 0;
    if (!empty && (examined === CHECK_LIMITS.sheets || budget.cells <= 0)) {
      unchecked.push(name);
      continue;
    }
    if (!empty && mergeOutputKind(grid)) {
      companions.push(name);
      continue;
    }
    if (!empty) examined++;
    const report = empty ? undefined : validateGrid(grid, cat, { ...opts, budget });
    if (report) sheets.push(report);
    else unrecognized.push(name);
  }
  return { sheets, unrecognized, unchecked, hidden, companions };
}

/** The note a report gives of the sheets it did not check, or undefined when it checked every one. */
export function uncheckedNote(report: WorkbookReport, locale: Locale): string | undefined {
  const n = report.unchecked?.length ?? 0;
  if (n === 0) return undefined;
  const { sheets, cells } = CHECK_LIMITS;
  return locale === "vi"
    ? `không kiểm tra ${formatNumberVi(n)} trang tính còn lại: tệp quá lớn để kiểm tra hết (tối đa ${sheets} trang tính, ${formatNumberVi(cells)} ô có nội dung); hãy tách các phụ lục ra tệp riêng.`
    : `${n} more sheets not checked: the file is too large to check whole (at most ${sheets} sheets, ${cells.toLocaleString("en")} filled cells); put the appendices in files of their own.`;
}
