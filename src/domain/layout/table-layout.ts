import { A4_ONE_PAGE_WIDE, type LayoutCell, type SheetLayout } from "./model";
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

/** A plain bordered table with a title and a frozen header: the merge's detail, sources and checks sheets. */
export function tableLayout(spec: TableSpec): SheetLayout {
  const cells: LayoutCell[] = [];
  const last = spec.columns.length;
  const put = (row: number, col: number, value: LayoutCell["value"], style: StyleName, numFmt?: string) =>
    cells.push({ row, col, value, style, locked: true, numFmt });
  put(1, 1, spec.title, "sheetTitle");
  if (spec.subtitle) put(2, 1, spec.subtitle, "legend");
  const headerRow = spec.subtitle ? 4 : 3;
  spec.columns.forEach((c, i) => put(headerRow, i + 1, c.header, "header"));
  const rows: SheetLayout["rows"] = [];
  const marks = new Map((spec.marks ?? []).map((m) => [`${m.row}:${m.col}`, m.style]));
  spec.rows.forEach((values, r) => {
    const row = headerRow + 1 + r;
    let height = 0;
    values.forEach((v, i) => {
      const col = spec.columns[i];
      const plain = typeof v === "number" ? "fixedNumber" : spec.strongRows?.includes(r) ? "strong" : "fixed";
      const style = marks.get(`${r}:${i}`) ?? plain;
      put(row, i + 1, v, style, col.numFmt);
      if (typeof v === "string" && col.wrap) height = Math.max(height, heightFor(v, col.width, style));
    });
    // Rows whose wrapped text needs more than one line get the height it needs; others keep the default.
    if (height > rowHeightFor(1, STYLES.fixed.size)) rows.push({ row, height });
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
