import type { Catalog } from "../catalog/catalog";
import type { Grid, GridSource } from "../grid";
import { INDEX_SHEET } from "../layout/identity";
import { recognizeSheet } from "../recognize/recognize";
import type { Locale } from "./finding";
import { validateSheet, type SheetReport, type ValidateOptions } from "./validate-sheet";

/**
 * Sheets recognised in one workbook, at most. Every real workbook is far inside: Khánh Hòa Phụ lục 2 has ten
 * tables, all 25 templates in one file are 25 sheets, and a consolidation of all of them 52. Past it, a file of
 * thousands of sheets would cost minutes; those sheets are listed as unchecked instead.
 */
export const MAX_CHECKED_SHEETS = 100;

export interface WorkbookReport {
  sheets: SheetReport[];
  /** Visible sheets that hold no appendix of the catalog. */
  unrecognized: string[];
  /** Visible sheets with content past the first MAX_CHECKED_SHEETS: not checked at all. */
  unchecked: string[];
}

/** Recognises one sheet and validates it; undefined when it is no appendix of the catalog. */
export function validateGrid(
  grid: Grid,
  cat: Catalog,
  opts: ValidateOptions & { fileName?: string },
): SheetReport | undefined {
  const recognition = recognizeSheet(grid, cat, { fileName: opts.fileName });
  return recognition && validateSheet(grid, recognition, opts);
}

/**
 * Recognises the visible sheets of a workbook and validates those that are appendices: the first
 * MAX_CHECKED_SHEETS that hold anything (an empty sheet is no appendix and costs nothing to tell).
 */
export function validateWorkbook(
  source: GridSource,
  cat: Catalog,
  opts: ValidateOptions & { fileName?: string },
): WorkbookReport {
  const sheets: SheetReport[] = [];
  const unrecognized: string[] = [];
  const unchecked: string[] = [];
  let examined = 0;
  for (const name of source.sheetNames()) {
    if (name === INDEX_SHEET) continue;
    const grid = source.grid(name);
    if (grid.hidden) continue;
    const empty = grid.rowCount === 0 || grid.colCount === 0;
    if (!empty && examined === MAX_CHECKED_SHEETS) {
      unchecked.push(name);
      continue;
    }
    if (!empty) examined++;
    const report = empty ? undefined : validateGrid(grid, cat, opts);
    if (report) sheets.push(report);
    else unrecognized.push(name);
  }
  return { sheets, unrecognized, unchecked };
}

/** The note a report gives of the sheets it did not check, or undefined when it checked every one. */
export function uncheckedNote(report: WorkbookReport, locale: Locale): string | undefined {
  const n = report.unchecked.length;
  if (n === 0) return undefined;
  return locale === "vi"
    ? `không kiểm tra ${n} trang tính sau ${MAX_CHECKED_SHEETS} trang đầu (tệp có quá nhiều trang tính; hãy tách các phụ lục ra tệp riêng).`
    : `${n} sheets after the first ${MAX_CHECKED_SHEETS} were not checked (too many sheets in the file; put the appendices in files of their own).`;
}
