import type { LayoutCell, SheetLayout } from "./model";
import type { StyleName } from "./styles";

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

const LINE_HEIGHT = 15;

/** A plain bordered table with a title and a frozen header: the merge's detail, sources and checks sheets. */
export function tableLayout(spec: TableSpec): SheetLayout {
  const cells: LayoutCell[] = [];
  const last = spec.columns.length;
  const put = (row: number, col: number, value: LayoutCell["value"], style: StyleName, numFmt?: string) =>
    cells.push({ row, col, value, style, locked: true, numFmt });
  put(1, 1, spec.title, "heading");
  if (spec.subtitle) put(2, 1, spec.subtitle, "legend");
  const headerRow = spec.subtitle ? 4 : 3;
  spec.columns.forEach((c, i) => put(headerRow, i + 1, c.header, "header"));
  const rows: SheetLayout["rows"] = [];
  const marks = new Map((spec.marks ?? []).map((m) => [`${m.row}:${m.col}`, m.style]));
  spec.rows.forEach((values, r) => {
    const row = headerRow + 1 + r;
    let lines = 1;
    values.forEach((v, i) => {
      const col = spec.columns[i];
      const strong = spec.strongRows?.includes(r);
      const style = marks.get(`${r}:${i}`) ?? (typeof v === "number" ? "fixedNumber" : strong ? "strong" : "fixed");
      put(row, i + 1, v, style, col.numFmt);
      if (typeof v === "string" && col.wrap)
        lines = Math.max(
          lines,
          v.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / (col.width - 1))), 0),
        );
    });
    if (lines > 1) rows.push({ row, height: Math.min(409, lines * LINE_HEIGHT) });
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
    },
    headerRows: [headerRow, headerRow],
    body: { firstRow: headerRow + 1, lastRow },
    inputs: [],
    protect: false,
  };
}
