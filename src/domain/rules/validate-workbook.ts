import type { Catalog } from "../catalog/catalog";
import type { Grid, GridSource } from "../grid";
import { INDEX_SHEET } from "../layout/identity";
import { mergeOutputKind } from "../recognize/consolidation";
import { recognizeSheet } from "../recognize/recognize";
import { validateSheet, type SheetReport, type ValidateOptions } from "./validate-sheet";

export interface WorkbookReport {
  sheets: SheetReport[];
  /** Visible sheets that hold no appendix of the catalog. */
  unrecognized: string[];
  /** Hidden sheets, not looked at (the tool's own very-hidden index is not listed). */
  hidden?: string[];
  /** A consolidation's own Chi tiết, Nguồn and Kiểm tra: its figures again, not reports of their own. */
  companions?: string[];
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

/** Recognises every visible sheet of a workbook and validates those that are appendices. */
export function validateWorkbook(
  source: GridSource,
  cat: Catalog,
  opts: ValidateOptions & { fileName?: string },
): WorkbookReport {
  const sheets: SheetReport[] = [];
  const unrecognized: string[] = [];
  const hidden: string[] = [];
  const companions: string[] = [];
  for (const name of source.sheetNames()) {
    if (name === INDEX_SHEET) continue;
    const grid = source.grid(name);
    if (grid.hidden) {
      hidden.push(name);
      continue;
    }
    if (mergeOutputKind(grid)) {
      companions.push(name);
      continue;
    }
    const report = validateGrid(grid, cat, opts);
    if (report) sheets.push(report);
    else unrecognized.push(name);
  }
  return { sheets, unrecognized, hidden, companions };
}
