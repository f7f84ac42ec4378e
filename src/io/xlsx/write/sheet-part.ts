import { cellAddress, columnLetter, rangeAddress } from "../../../domain/address";
import { fitCellValue } from "../../../domain/layout/cell-text";
import type { NativeValidation } from "../../../domain/layout/input-format";
import type { LayoutCell, SheetLayout } from "../../../domain/layout/model";
import type { StyleName } from "../../../domain/layout/styles";
import { tableStyles } from "../../../domain/layout/table-layout";
import type { StyleTable } from "./styles-part";
import { xmlAttr } from "./xml-text";

/** The spreadsheet's paper size codes (ECMA-376 §18.18.55). */
const PAPER_SIZE = { A4: 9 } as const;
/** Excel's serial date: days since 1899-12-30. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Where a sheet's strings go: one table for the workbook, each text once. */
export interface StringTable {
  index(text: string): number;
}

/** What a part is written into: text appended in order (see ./workbook.ts). */
export interface Sink {
  write(text: string): void;
}

/** Column positions within a row's key: Excel's 16,384 columns. */
const COLUMNS = 16_384;
const keyOf = (row: number, col: number) => row * COLUMNS + (col - 1);

function cellXml(row: number, col: number, xf: number, value: LayoutCell["value"], strings: StringTable): string {
  const ref = `${columnLetter(col)}${row}`;
  const s = xf ? ` s="${xf}"` : "";
  const v = fitCellValue(value);
  if (typeof v === "string")
    return v === "" ? `<c r="${ref}"${s}/>` : `<c r="${ref}"${s} t="s"><v>${strings.index(v)}</v></c>`;
  // A number that is not finite cannot be written as one (the domain never makes one): the cell stays empty.
  if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

/**
 * The layout's cells in the order a sheet holds them (row, then column; of two at one place the later), and the
 * hidden cells of each merged range, given its first cell's format (as Excel draws a merged range: borders and
 * fill over all of it) and no value. Index arrays, not an object per cell: a consolidation of thousands of units
 * writes a million cells.
 */
function cellOrder(layout: SheetLayout, styles: StyleTable) {
  const cells = layout.cells;
  const keys = new Float64Array(cells.length);
  cells.forEach((c, i) => (keys[i] = keyOf(c.row, c.col)));
  const order = Uint32Array.from(cells.keys()).sort((a, b) => keys[a] - keys[b] || a - b);
  // The last cell written at a key, found by binary search in the sorted order.
  const at = (key: number): LayoutCell | undefined => {
    let lo = 0;
    let hi = order.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[order[mid]];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else {
        found = order[mid];
        lo = mid + 1;
      }
    }
    return found === undefined ? undefined : cells[found];
  };
  /** Hidden cells of merged ranges: key -> the range's format. */
  const hidden = new Map<number, number>();
  for (const m of layout.merges) {
    const master = at(keyOf(m.top, m.left));
    const xf = master ? styles.of(master) : 0;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.set(keyOf(r, c), xf);
  }
  const alone = [...hidden.keys()].filter((k) => !at(k)).sort((a, b) => a - b);
  return { cells, keys, order, hidden, alone };
}
/** The number a validation bound is written as: dates as Excel serials. */
const formula = (f: number | string | Date) =>
  f instanceof Date ? String((f.getTime() - EXCEL_EPOCH) / 86_400_000) : String(f);

function validationXml(v: NativeValidation, sqref: string): string {
  const formulae = v.type === "list" ? [`"${v.formulae.join(",")}"`] : v.formulae.map(formula);
  const operator = v.type !== "list" && v.operator !== "between" ? ` operator="${v.operator}"` : "";
  return (
    `<dataValidation type="${v.type}"${operator} allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
    ` errorStyle="stop" promptTitle="${xmlAttr(v.promptTitle)}" prompt="${xmlAttr(v.prompt)}"` +
    ` errorTitle="${xmlAttr(v.errorTitle)}" error="${xmlAttr(v.error)}" sqref="${sqref}">` +
    formulae.map((f, i) => `<formula${i + 1}>${xmlAttr(f)}</formula${i + 1}>`).join("") +
    `</dataValidation>`
  );
}

/**
 * The sheet's validations, alike ones together: each rule once, over the cells it covers written as column runs
 * ("E11:E20 E22"), so that a table of a thousand inputs carries a few dozen rules, not a thousand.
 */
function validationsXml(cells: readonly LayoutCell[]): string {
  const groups = new Map<string, { v: NativeValidation; at: LayoutCell[] }>();
  for (const c of cells) {
    if (!c.validation) continue;
    const key = JSON.stringify(c.validation);
    const g = groups.get(key);
    if (g) g.at.push(c);
    else groups.set(key, { v: c.validation, at: [c] });
  }
  if (groups.size === 0) return "";
  const out: string[] = [];
  for (const { v, at } of groups.values()) {
    const sorted = [...at].sort((a, b) => a.col - b.col || a.row - b.row);
    const runs: string[] = [];
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1)
        j++;
      const from = cellAddress(sorted[i].row, sorted[i].col);
      runs.push(j === i ? from : `${from}:${cellAddress(sorted[j].row, sorted[j].col)}`);
      i = j + 1;
    }
    out.push(validationXml(v, runs.join(" ")));
  }
  return `<dataValidations count="${out.length}">${out.join("")}</dataValidations>`;
}

/** The frozen rows and columns, and where the view below and right of them starts. */
function viewXml(layout: SheetLayout): string {
  const xSplit = layout.freeze.col - 1;
  const ySplit = layout.freeze.row - 1;
  if (xSplit <= 0 && ySplit <= 0) return `<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>`;
  const pane = xSplit > 0 && ySplit > 0 ? "bottomRight" : xSplit > 0 ? "topRight" : "bottomLeft";
  return (
    `<sheetViews><sheetView workbookViewId="0" showGridLines="0"><pane` +
    `${xSplit > 0 ? ` xSplit="${xSplit}"` : ""}${ySplit > 0 ? ` ySplit="${ySplit}"` : ""}` +
    ` topLeftCell="${cellAddress(ySplit + 1, xSplit + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** Labels are locked against accidental edits; no password, so an officer can still unprotect the sheet. */
const PROTECTION =
  `<sheetProtection sheet="1" formatCells="0" formatColumns="0" formatRows="0" insertRows="0" deleteRows="0"` +
  ` sort="0" autoFilter="0"/>`;

/**
 * A layout as a worksheet part, written row by row into `sink`: cells, merges, widths, heights, hidden rows and
 * columns, frozen panes, validations, protection and page setup. Text goes to the workbook's string table, fitted
 * to a cell's limits first.
 */
export function writeSheet(layout: SheetLayout, styles: StyleTable, strings: StringTable, sink: Sink): void {
  const { cells, keys, order, hidden, alone } = cellOrder(layout, styles);
  const heights = new Map(layout.rows.map((r) => [r.row, r]));
  const rowsOnly = [...heights.keys()].sort((a, b) => a - b);
  let lastCol = 1;
  let lastRow = rowsOnly.at(-1) ?? 1;
  for (const c of cells) {
    lastCol = Math.max(lastCol, c.col);
    lastRow = Math.max(lastRow, c.row);
  }
  for (const k of alone) {
    lastCol = Math.max(lastCol, (k % COLUMNS) + 1);
    lastRow = Math.max(lastRow, Math.floor(k / COLUMNS));
  }
  const table = layout.table;
  if (table && table.values.length > 0) {
    lastRow = Math.max(lastRow, layout.body.firstRow + table.values.length - 1);
    for (const values of table.values) lastCol = Math.max(lastCol, values.length);
  }
  const page = layout.print.page;

  sink.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` +
      ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${cellAddress(lastRow, lastCol)}"/>` +
      `${viewXml(layout)}<sheetFormatPr defaultRowHeight="15"/>`,
  );
  if (layout.columns.length > 0)
    sink.write(
      `<cols>${[...layout.columns]
        .sort((a, b) => a.col - b.col)
        .map(
          (c) =>
            `<col min="${c.col}" max="${c.col}" width="${c.width}"${c.hidden ? ` hidden="1"` : ""} customWidth="1"/>`,
        )
        .join("")}</cols>`,
    );
  sink.write("<sheetData>");
  let chunk = "";
  let row = 0;
  const rowStart = (n: number) => {
    const info = heights.get(n);
    return `<row r="${n}"${info?.height ? ` ht="${info.height}" customHeight="1"` : ""}${info?.hidden ? ` hidden="1"` : ""}`;
  };
  let nextOnly = 0;
  /** Rows before `upTo` that hold no cell but a height or hidden flag. */
  const rowsWithoutCells = (upTo: number) => {
    for (; nextOnly < rowsOnly.length && rowsOnly[nextOnly] < upTo; nextOnly++)
      if (rowsOnly[nextOnly] !== row) chunk += `${rowStart(rowsOnly[nextOnly])}/>`;
  };
  const emit = (key: number, xf: number, value: LayoutCell["value"]) => {
    const r = Math.floor(key / COLUMNS);
    if (r !== row) {
      if (row) chunk += "</row>";
      rowsWithoutCells(r);
      if (rowsOnly[nextOnly] === r) nextOnly++;
      row = r;
      chunk += `${rowStart(r)}>`;
    }
    chunk += cellXml(r, (key % COLUMNS) + 1, xf, value, strings);
    if (chunk.length > 1 << 16) {
      sink.write(chunk);
      chunk = "";
    }
  };
  // Two sorted streams: the layout's cells, and the hidden cells of merged ranges that no layout cell fills.
  let a = 0;
  let b = 0;
  while (a < order.length || b < alone.length) {
    const ka = a < order.length ? keys[order[a]] : Infinity;
    if (b < alone.length && alone[b] < ka) {
      emit(alone[b], hidden.get(alone[b])!, null);
      b++;
      continue;
    }
    // Of two cells at one place, the later in the layout counts.
    if (a + 1 < order.length && keys[order[a + 1]] === ka) {
      a++;
      continue;
    }
    const c = cells[order[a++]];
    const merged = hidden.get(ka);
    if (merged !== undefined) emit(ka, merged, null);
    else emit(ka, styles.of(c), c.value);
  }
  if (table) {
    // The table's body, cell by cell from its rows of values: below every cell above, merged with none.
    const style = tableStyles(table);
    const xfs = table.numFmts.map(() => new Map<StyleName, number>());
    table.values.forEach((values, r) => {
      const at = (layout.body.firstRow + r) * COLUMNS;
      values.forEach((value, i) => {
        const look = style(r, i);
        let xf = xfs[i].get(look);
        if (xf === undefined)
          xfs[i].set(
            look,
            (xf = styles.of({ row: 0, col: 0, value: null, style: look, numFmt: table.numFmts[i], locked: true })),
          );
        emit(at + i, xf, value);
      });
    });
  }
  if (row) chunk += "</row>";
  rowsWithoutCells(Infinity);
  sink.write(`${chunk}</sheetData>`);
  if (layout.protect) sink.write(PROTECTION);
  if (layout.merges.length > 0)
    sink.write(
      `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>`,
    );
  sink.write(validationsXml(layout.cells));
  const m = page.margins;
  sink.write(
    `<printOptions horizontalCentered="1"/>` +
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      `<pageSetup paperSize="${PAPER_SIZE[page.paper]}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>` +
      `<headerFooter><oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter></headerFooter></worksheet>`,
  );
}

/** A plain sheet of rows of text (the very-hidden index of the workbook's appendices). */
export function writePlainSheet(rows: readonly (readonly string[])[], strings: StringTable, sink: Sink): void {
  const width = Math.max(1, ...rows.map((r) => r.length));
  sink.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<dimension ref="A1:${cellAddress(Math.max(1, rows.length), width)}"/><sheetData>` +
      rows
        .map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cellXml(i + 1, c + 1, 0, v, strings)).join("")}</row>`)
        .join("") +
      `</sheetData></worksheet>`,
  );
}
