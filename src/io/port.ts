import type { GridSource } from "../domain/grid";
import type { SheetLayout } from "../domain/layout/model";

export type { Grid, GridSource, RawCell } from "../domain/grid";

/**
 * The workbook port: what the domain needs from a spreadsheet, whatever holds it (an .xlsx file through
 * ExcelJS, or the open workbook through Office.js).
 */

export type WorkbookSource = GridSource;

export interface LayoutTarget {
  /** Writes the layout as a new sheet and returns the name it got (never overwrites a sheet). */
  writeLayout(layout: SheetLayout): Promise<string>;
}

/** A sheet name not yet taken (Excel compares names case-insensitively; 31 characters at most). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, "-").slice(0, 31) || "Sheet";
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase("vi")));
  if (!lower.has(clean.toLocaleLowerCase("vi"))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLocaleLowerCase("vi"))) return name;
  }
}
