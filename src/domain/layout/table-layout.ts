import { A4_ONE_PAGE_WIDE, type LayoutCell, type SheetLayout, type TableRows } from "./model";
import { heightFor } from "./column-widths";
import { STYLES, type StyleName } from "./styles";
import { rowHeightFor } from "./text-metrics";

export interface TableColumn {
  header: string;
  width: number;
  numFmt?: string;
  /** Long text columns wrap; others stay on one line. */
  wrap?: boolean;
}

export interface TableSpec {
  sheetName: string;
  title: string;
  subtitle?: string;
  columns: TableColumn[];
  rows: (string | number | null)[][];
  /** Rows to print bold (a totals row). */
  strongRows?: number[];
  /** Cells drawn in another style (0-based indexes into `rows` and `columns`): a value left out, marked. */
  marks?: { row: number; col: number; style: StyleName }[];
  /** A tag in a hidden cell right of the title: what the sheet is, for whoever reads the workbook again. */
  tag?: string;
}

/** Excel's columns: a cell's place in a row's key. */
const COLUMNS = 16_384;

/** The style of each cell of a table's body: its mark, else a number's, else bold in a strong row. */
export function tableStyles(t: TableRows): (row: number, col: number) => StyleName {
  const marks = new Map(t.marks.map((m) => [m.row * COLUMNS + m.col, m.style]));
  const strong = new Set(t.strong);
  return (row, col) =>
    marks.get(row * COLUMNS + col) ??
    (typeof t.values[row][col] === "number" ? "fixedNumber" : strong.has(row) ? "strong" : "fixed");
}

/** Every cell of a layout, its table's body as cells too: for writers that take cells one by one. */
export function layoutCells(layout: SheetLayout): LayoutCell[] {
  const t = layout.table;
  if (!t) return layout.cells;
  const style = tableStyles(t);
  const cells = [...layout.cells];
  t.values.forEach((values, r) =>
    values.forEach((value, i) =>
      cells.push({
        row: layout.body.firstRow + r,
        col: i + 1,
        value,
        style: style(r, i),
        numFmt: t.numFmts[i],
        locked: true,
      }),
    ),
  );
  return cells;
}

/** A plain bordered table with a title and a frozen header: the merge's detail, sources and checks sheets. */
export function tableLayout(spec: TableSpec): SheetLayout {
  const cells: LayoutCell[] = [];
  const last = spec.columns.length;
  const put = (row: number, col: number, value: LayoutCell["value"], style: StyleName) =>
    cells.push({ row, col, value, style, locked: true });
  put(1, 1, spec.title, "sheetTitle");
  if (spec.subtitle) put(2, 1, spec.subtitle, "legend");
  const headerRow = spec.subtitle ? 4 : 3;
  spec.columns.forEach((c, i) => put(headerRow, i + 1, c.header, "header"));
  const table: TableRows = {
    values: spec.rows,
    numFmts: spec.columns.map((c) => c.numFmt),
    strong: spec.strongRows ?? [],
    marks: spec.marks ?? [],
  };
  const style = tableStyles(table);
  const wrapped = spec.columns.flatMap((c, i) => (c.wrap ? [i] : []));
  const rows: SheetLayout["rows"] = [];
  spec.rows.forEach((values, r) => {
    let height = 0;
    for (const i of wrapped) {
      const v = values[i];
      if (typeof v === "string") height = Math.max(height, heightFor(v, spec.columns[i].width, style(r, i)));
    }
    // Rows whose wrapped text needs more than one line get the height it needs; others keep the default.
    if (height > rowHeightFor(1, STYLES.fixed.size)) rows.push({ row: headerRow + 1 + r, height });
  });
  const lastRow = headerRow + spec.rows.length;
  const columns: SheetLayout["columns"] = spec.columns.map((c, i) => ({ col: i + 1, width: c.width }));
  if (spec.tag) {
    put(1, last + 1, spec.tag, "id");
    columns.push({ col: last + 1, width: 8, hidden: true });
  }
  return {
    sheetName: spec.sheetName,
    cells,
    table,
    merges: [],
    columns,
    rows,
    freeze: { row: headerRow + 1, col: 1 },
    print: {
      area: { top: 1, left: 1, bottom: Math.max(lastRow, headerRow), right: last },
      titleRows: [headerRow, headerRow],
      page: A4_ONE_PAGE_WIDE,
    },
    headerRows: [headerRow, headerRow],
    body: { firstRow: headerRow + 1, lastRow },
    inputs: [],
    protect: false,
  };
}
