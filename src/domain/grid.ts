/**
 * A sheet as the domain sees it, whatever holds it (an .xlsx file through ExcelJS, or the open workbook
 * through Office.js): cells by 1-based row and column.
 */

/** One cell as read: its value (cached value for formulas), number format and formula text. */
export interface RawCell {
  value: string | number | boolean | Date | null;
  /** Excel error value such as "#DIV/0!", when the cell holds one. */
  error?: string;
  formula?: string;
  numFmt?: string;
}

export interface Grid {
  sheetName: string;
  rowCount: number;
  colCount: number;
  hidden: boolean;
  cell(row: number, col: number): RawCell;
  /**
   * cellFilled(cell(row, col)), where the grid can tell it without building the cell (a reader that keeps cells
   * undecoded): recognition asks it of every cell, and reads the text of few. Absent: told from cell().
   */
  filled?(row: number, col: number): boolean;
}

export const EMPTY_CELL: RawCell = { value: null };

/** A cell holds something: a value other than blank text (white space only), or an Excel error. */
export function cellFilled(cell: RawCell): boolean {
  const v = cell.value;
  return cell.error !== undefined || (typeof v === "string" ? v.trim() !== "" : v !== null);
}

/** A grid over plain rows of values: tests and in-memory sheets. */
export function gridFromRows(sheetName: string, rows: readonly (readonly (RawCell["value"] | RawCell)[])[]): Grid {
  const toCell = (v: RawCell["value"] | RawCell | undefined): RawCell =>
    v === undefined || v === null ? EMPTY_CELL : typeof v === "object" && !(v instanceof Date) ? v : { value: v };
  return {
    sheetName,
    rowCount: rows.length,
    // Array.from visits holes too: sparse rows (a blank spacer row) must not make the width NaN.
    colCount: Math.max(0, ...Array.from(rows, (r) => r?.length ?? 0)),
    hidden: false,
    cell: (row, col) => toCell(rows[row - 1]?.[col - 1]),
  };
}

/** The sheets of a workbook, however it is held. */
export interface GridSource {
  sheetNames(): string[];
  grid(sheetName: string): Grid;
}
