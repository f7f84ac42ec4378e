import { columnLetter, rangeAddress } from "../../domain/address";
import { fitCellText } from "../../domain/layout/cell-text";
import { INDEX_SHEET } from "../../domain/layout/identity";
import type { NativeValidation } from "../../domain/layout/input-format";
import type { CellRange, LayoutCell, SheetLayout } from "../../domain/layout/model";
import { FONT_NAME, STYLES, type CellStyle } from "../../domain/layout/styles";
import { freeSheetName } from "../port";
import { groupBy, rectangles, runs } from "./blocks";
import { officeCall, toOfficeError } from "./errors";

/**
 * Writes sheet layouts into the open workbook through Office.js: the same sheet as the ExcelJS adapter
 * (src/io/xlsx/write-layout.ts) writes into a file. Everything is queued and sent in two context.sync() calls
 * (one to learn the sheet names, one for the whole write), however many rows the layouts have.
 */

const INDEX_HEADER = ["sheet", "template", "version", "unit", "period"];
const POINTS_PER_INCH = 72;
type BorderLine = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/**
 * Column width in points for a width in characters as the layout (and ExcelJS, which writes it unchanged into
 * the file) gives it: an OOXML width counts the maximum digit width of the workbook's default font (7 px for
 * Calibri 11 and Aptos Narrow 11) padding included, and ECMA-376 Part 1, 18.3.1.13 turns it into pixels as
 * Truncate(((256 * width + Truncate(128 / 7)) / 256) * 7); a pixel is 3/4 of a point.
 */
export function columnWidthPoints(chars: number): number {
  const digit = 7;
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / digit)) / 256) * digit);
  return pixels * 0.75;
}

/**
 * A layout value as Office.js must receive it to keep it as written. Excel parses a value set through the API
 * as if typed: text that does not start with a letter may become a number, a date, a formula or an error
 * ("1.1", "12/15", "=A1", "#N/A"), as may TRUE/FALSE and English month names ("May 21"); a leading apostrophe
 * keeps such text as text and is not part of the value.
 */
export function cellInput(value: LayoutCell["value"]): string | number | null {
  if (typeof value !== "string") return value;
  value = fitCellText(value); // Excel's cell limits, whatever the layout holds.
  const parsedByExcel =
    !/^\p{L}/u.test(value) ||
    /^(true|false)$/i.test(value.trim()) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s./-]*\d/i.test(value);
  return parsedByExcel ? `'${value}` : value;
}

const hex = (argb: string) => `#${argb.slice(-6)}`;

function applyStyle(range: Excel.Range, style: CellStyle, indent: number, rect: CellRange): void {
  const format = range.format;
  format.font.name = FONT_NAME;
  format.font.size = style.size;
  format.font.bold = style.bold === true;
  format.font.italic = style.italic === true;
  format.horizontalAlignment =
    style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  format.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
  format.wrapText = style.wrap;
  if (indent > 0) format.indentLevel = indent;
  if (style.fill) format.fill.color = hex(style.fill);
  if (style.border) {
    // Every cell of the rectangle gets its own thin frame, as in the .xlsx: edges plus the inside lines.
    const lines: BorderLine[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (rect.bottom > rect.top) lines.push("InsideHorizontal");
    if (rect.right > rect.left) lines.push("InsideVertical");
    for (const line of lines) {
      const border = format.borders.getItem(line);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}

/** The layout's native validation as Office.js data validation (the same rule the .xlsx carries). */
function validationRule(v: NativeValidation): Excel.DataValidationRule {
  const operator = (
    { between: "Between", greaterThanOrEqual: "GreaterThanOrEqualTo", lessThanOrEqual: "LessThanOrEqualTo" } as const
  )[v.operator];
  // Dates go as ISO 8601 text, which DateTimeDataValidation accepts; the time zone cannot shift them a day.
  const [formula1, formula2] = v.formulae.map((f) => (f instanceof Date ? f.toISOString().slice(0, 10) : f));
  const bounds = operator === "Between" ? { formula1, formula2 } : { formula1 };
  switch (v.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.formulae.map(String).join(",") } };
    case "whole":
      return { wholeNumber: { operator, ...bounds } };
    case "decimal":
      return { decimal: { operator, ...bounds } };
    case "textLength":
      return { textLength: { operator, ...bounds } };
    case "date":
      return {
        date: {
          operator,
          formula1: String(formula1),
          ...(formula2 === undefined ? {} : { formula2: String(formula2) }),
        },
      };
  }
}

/** Queues one layout into a new, empty worksheet. */
function queueLayout(ws: Excel.Worksheet, layout: SheetLayout): void {
  ws.showGridlines = false;

  for (const c of layout.columns) {
    const letter = columnLetter(c.col);
    const column = ws.getRange(`${letter}:${letter}`);
    column.format.columnWidth = columnWidthPoints(c.width);
    if (c.hidden) column.columnHidden = true;
  }
  const heights = layout.rows.flatMap((r) => (r.height ? [{ at: r.row, value: r.height }] : []));
  for (const run of runs(heights)) ws.getRange(`${run.from}:${run.to}`).format.rowHeight = run.value;
  const hidden = layout.rows.flatMap((r) => (r.hidden ? [{ at: r.row, value: true }] : []));
  for (const run of runs(hidden)) ws.getRange(`${run.from}:${run.to}`).rowHidden = true;

  // Values and number formats as one 2-D block per band of consecutive rows; null leaves a cell untouched.
  const byRow = groupBy(layout.cells, (c) => String(c.row));
  const rowNumbers = [...byRow.keys()].map(Number);
  for (const band of runs(rowNumbers.map((at) => ({ at, value: true })))) {
    const cells = rowNumbers.filter((r) => r >= band.from && r <= band.to).flatMap((r) => byRow.get(String(r))!);
    const left = Math.min(...cells.map((c) => c.col));
    const right = Math.max(...cells.map((c) => c.col));
    const blank = () => Array.from({ length: band.to - band.from + 1 }, () => Array(right - left + 1).fill(null));
    const values: (string | number | null)[][] = blank();
    const formats: (string | null)[][] = blank();
    for (const c of cells) {
      values[c.row - band.from][c.col - left] = cellInput(c.value);
      if (c.numFmt) formats[c.row - band.from][c.col - left] = c.numFmt;
    }
    const range = ws.getRangeByIndexes(band.from - 1, left - 1, band.to - band.from + 1, right - left + 1);
    // Formats first, so that a value lands in a cell already typed (text, percent, date).
    if (cells.some((c) => c.numFmt)) range.numberFormat = formats;
    range.values = values;
  }

  for (const cells of groupBy(layout.cells, (c) => `${c.style}|${c.indent ?? 0}`).values()) {
    const { style, indent = 0 } = cells[0];
    for (const rect of rectangles(cells)) applyStyle(ws.getRange(rangeAddress(rect)), STYLES[style], indent, rect);
  }
  for (const m of layout.merges) ws.getRange(rangeAddress(m)).merge(false);

  const validated = layout.cells.filter((c) => c.validation);
  for (const cells of groupBy(validated, (c) => JSON.stringify(c.validation)).values()) {
    const v = cells[0].validation!;
    for (const rect of rectangles(cells)) {
      const dv = ws.getRange(rangeAddress(rect)).dataValidation;
      dv.rule = validationRule(v);
      dv.ignoreBlanks = true;
      dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
      dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
    }
  }
  for (const rect of rectangles(layout.cells.filter((c) => !c.locked)))
    ws.getRange(rangeAddress(rect)).format.protection.locked = false;

  const frozenRows = layout.freeze.row - 1;
  const frozenCols = layout.freeze.col - 1;
  if (frozenRows > 0 && frozenCols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, frozenRows, frozenCols));
  else if (frozenRows > 0) ws.freezePanes.freezeRows(frozenRows);
  else if (frozenCols > 0) ws.freezePanes.freezeColumns(frozenCols);

  const page = ws.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1 };
  page.centerHorizontally = true;
  page.leftMargin = page.rightMargin = 0.4 * POINTS_PER_INCH;
  page.topMargin = page.bottomMargin = 0.5 * POINTS_PER_INCH;
  page.headerMargin = page.footerMargin = 0.3 * POINTS_PER_INCH;
  page.setPrintArea(ws.getRange(rangeAddress(layout.print.area)));
  page.setPrintTitleRows(ws.getRange(`${layout.print.titleRows[0]}:${layout.print.titleRows[1]}`));
  page.headersFooters.defaultForAllPages.centerFooter = "Trang &P / &N";

  // Labels are locked against accidental edits; no password, so an officer can still unprotect the sheet.
  if (layout.protect)
    ws.protection.protect({
      allowFormatCells: true,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertRows: true,
      allowDeleteRows: true,
      allowSort: true,
      allowAutoFilter: true,
      selectionMode: "Normal",
    });
}

/**
 * Writes layouts as new worksheets under free names (never over an existing sheet), records the appendix sheets
 * in the very-hidden index sheet like the .xlsx adapter, activates the first new sheet, and returns the names.
 */
export function writeLayouts(context: Excel.RequestContext, layouts: readonly SheetLayout[]): Promise<string[]> {
  return officeCall(async () => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const taken = sheets.items.map((s) => s.name);
    const hasIndex = taken.some((n) => n.toLocaleLowerCase("vi") === INDEX_SHEET);
    if (!hasIndex) taken.push(INDEX_SHEET);
    const names: string[] = [];
    try {
      const added = layouts.map((layout) => {
        const name = freeSheetName(layout.sheetName, taken);
        taken.push(name);
        names.push(name);
        const ws = sheets.add(name);
        queueLayout(ws, layout);
        if (layout.visibility) ws.visibility = "VeryHidden";
        return ws;
      });
      const entries = layouts.flatMap((l, i) =>
        l.identity ? [[names[i], l.identity.templateId, l.identity.version, l.identity.unit, l.identity.period]] : [],
      );
      if (!hasIndex) {
        const index = sheets.add(INDEX_SHEET);
        index.getRangeByIndexes(0, 0, 1 + entries.length, INDEX_HEADER.length).values = [INDEX_HEADER, ...entries].map(
          (row) => row.map(cellInput),
        );
        index.visibility = "VeryHidden";
      } else if (entries.length > 0) {
        // Appended under the index's last used row, found by Excel itself: no read, no extra sync.
        sheets
          .getItem(INDEX_SHEET)
          .getUsedRange(true)
          .getLastRow()
          .getCell(0, 0)
          .getOffsetRange(1, 0)
          .getResizedRange(entries.length - 1, INDEX_HEADER.length - 1).values = entries.map((row) =>
          row.map(cellInput),
        );
      }
      added[0]?.activate();
      await context.sync();
    } catch (e) {
      // Removes what this batch added, unless a name was taken meanwhile: that sheet is someone else's.
      if (toOfficeError(e).kind !== "nameTaken")
        await removeSheets(context, hasIndex ? names : [...names, INDEX_SHEET]);
      throw e;
    }
    return names;
  });
}

/** Best effort: a write that failed half-way (Excel runs a batch up to its first failure) leaves no sheet behind. */
async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const existing = new Set(sheets.items.map((s) => s.name));
    const leftovers = names.filter((n) => existing.has(n));
    if (leftovers.length === 0) return;
    for (const name of leftovers) sheets.getItem(name).delete();
    await context.sync();
  } catch {
    // The original error is the one to report.
  }
}

/** Writes one layout as a new worksheet; returns the name it got. */
export async function writeLayout(context: Excel.RequestContext, layout: SheetLayout): Promise<string> {
  const [name] = await writeLayouts(context, [layout]);
  return name;
}
