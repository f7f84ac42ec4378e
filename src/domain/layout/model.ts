import type { Rule } from "../catalog/schema";
import type { SheetIdentity } from "./identity";
import type { NativeValidation } from "./input-format";
import type { StyleName } from "./styles";

/** A sheet as the official table: everything an adapter needs to write it, nothing about how. */
export interface LayoutCell {
  /** 1-based row and column. */
  row: number;
  col: number;
  value: string | number | null;
  style: StyleName;
  /** Indentation steps of a label (sub-items). */
  indent?: number;
  numFmt?: string;
  validation?: NativeValidation;
  /** Input cells are unlocked; everything else stays locked under sheet protection. */
  locked: boolean;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One input cell: where it is and what it means. */
export interface InputCell {
  row: number;
  col: number;
  rowId: string;
  columnKey: string;
  /** "<rowId>@<columnKey>": the cell's stable identity for validation and merge. */
  ref: string;
  rule: Rule;
  /** Ghi chú cells: optional, not counted in completeness. */
  optional: boolean;
}

/** How a sheet prints, as the writers set it (the names follow the spreadsheet's own page setup). */
export interface PageSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Pages across: a wider table is shrunk to fit them. */
  fitToWidth: number;
  /** Pages down: 0 is as many as the table needs, so a long table is never shrunk to fit a height. */
  fitToHeight: number;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** Every sheet we write: A4 landscape, one page wide and any number of pages tall. */
export const A4_ONE_PAGE_WIDE: PageSetup = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

/**
 * A plain table's body as rows of values rather than an object per cell: the Chi tiết of thousands of units is a
 * million cells. Row i is sheet row `body.firstRow + i`, value j is column j + 1; no cell of `cells` and no merged
 * range lies in these rows. `layoutCells` (./table-layout.ts) gives them as cells to whoever wants cells.
 */
export interface TableRows {
  values: (string | number | null)[][];
  /** Number format by 0-based column. */
  numFmts: (string | undefined)[];
  /** Rows (0-based) printed bold: a totals row. */
  strong: number[];
  /** Cells (0-based row and column) drawn in another style: a value left out. */
  marks: { row: number; col: number; style: StyleName }[];
}

export interface SheetLayout {
  sheetName: string;
  /** Set on appendix sheets (injected or consolidated); absent on plain tables such as the merge's "Nguồn". */
  identity?: SheetIdentity;
  cells: LayoutCell[];
  /** A plain table's body (./table-layout.ts), below every row of `cells`. */
  table?: TableRows;
  merges: CellRange[];
  /** Widths in characters by 1-based column; the id column is hidden. */
  columns: { col: number; width: number; hidden?: boolean }[];
  rows: { row: number; height?: number; hidden?: boolean }[];
  /** Rows above `row` and columns left of `col` stay in view. */
  freeze: { row: number; col: number };
  /** What prints, the header rows repeated on every page, and the page it prints on. */
  print: { area: CellRange; titleRows: [number, number]; page: PageSetup };
  headerRows: [number, number];
  body: { firstRow: number; lastRow: number };
  inputs: InputCell[];
  /** Lock labels with sheet protection (no password); plain tables stay editable. */
  protect: boolean;
  /** A carrier nobody is meant to see (the definitions of user templates): written very hidden. */
  visibility?: "veryHidden";
}
