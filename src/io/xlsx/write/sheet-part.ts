import { cellAddress, columnLetter, rangeAddress } from "../../../domain/address";
import { fitCellValue } from "../../../domain/layout/cell-text";
import type { NativeValidation } from "../../../domain/layout/input-format";
import type { LayoutCell, SheetLayout } from "../../../domain/layout/model";
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

/** One cell to write: its format, and its value unless it is the hidden part of a merged range. */
interface Out {
  col: number;
  xf: number;
  value: LayoutCell["value"];
}

/**
 * The rows of a layout as they are written: cells in column order, each merged range's hidden cells given its
 * first cell's format (as Excel draws a merged range: borders and fill over all of it) and no value.
 */
function rowsOf(layout: SheetLayout, styles: StyleTable): Map<number, Map<number, Out>> {
  const rows = new Map<number, Map<number, Out>>();
  const put = (row: number, o: Out) => {
    let r = rows.get(row);
    if (!r) rows.set(row, (r = new Map()));
    r.set(o.col, o);
  };
  for (const c of layout.cells) put(c.row, { col: c.col, xf: styles.of(c), value: c.value });
  for (const m of layout.merges) {
    const master = rows.get(m.top)?.get(m.left);
    const xf = master?.xf ?? 0;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) put(r, { col: c, xf, value: null });
  }
  return rows;
}

function cellXml(row: number, o: Out, strings: StringTable): string {
  const ref = `${columnLetter(o.col)}${row}`;
  const s = o.xf ? ` s="${o.xf}"` : "";
  const v = fitCellValue(o.value);
  if (typeof v === "string")
    return v === "" ? `<c r="${ref}"${s}/>` : `<c r="${ref}"${s} t="s"><v>${strings.index(v)}</v></c>`;
  // A number that is not finite cannot be written as one (the domain never makes one): the cell stays empty.
  if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  return `<c r="${ref}"${s}/>`;
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
  const rows = rowsOf(layout, styles);
  const heights = new Map(layout.rows.map((r) => [r.row, r]));
  const numbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  let lastCol = 1;
  for (const r of rows.values()) for (const c of r.keys()) lastCol = Math.max(lastCol, c);
  const lastRow = numbers.at(-1) ?? 1;
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
  for (const n of numbers) {
    const info = heights.get(n);
    const attrs = `${info?.height ? ` ht="${info.height}" customHeight="1"` : ""}${info?.hidden ? ` hidden="1"` : ""}`;
    const cells = rows.get(n);
    if (!cells) chunk += `<row r="${n}"${attrs}/>`;
    else {
      chunk += `<row r="${n}"${attrs}>`;
      for (const col of [...cells.keys()].sort((a, b) => a - b)) chunk += cellXml(n, cells.get(col)!, strings);
      chunk += "</row>";
    }
    if (chunk.length > 1 << 16) {
      sink.write(chunk);
      chunk = "";
    }
  }
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
        .map(
          (r, i) =>
            `<row r="${i + 1}">${r.map((v, c) => cellXml(i + 1, { col: c + 1, xf: 0, value: v }, strings)).join("")}</row>`,
        )
        .join("") +
      `</sheetData></worksheet>`,
  );
}
