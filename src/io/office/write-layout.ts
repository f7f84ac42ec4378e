import { columnLetter, rangeAddress } from "../../domain/address";
import { fitCellText } from "../../domain/layout/cell-text";
import { INDEX_SHEET } from "../../domain/layout/identity";
import type { NativeValidation } from "../../domain/layout/input-format";
import type { CellRange, LayoutCell, SheetLayout } from "../../domain/layout/model";
import { FONT_NAME, STYLES, type CellStyle } from "../../domain/layout/styles";
import { layoutCells } from "../../domain/layout/table-layout";
import { freeSheetName } from "../port";
import { groupBy, rectangles, runs } from "./blocks";
import { BLOCK_BYTES, BudgetedBatch, dataBytes, queueWritableCheck } from "./batch";
import { officeCall, toOfficeError } from "./errors";

/**
 * Writes sheet layouts into the open workbook through Office.js: the same sheet as the ExcelJS adapter
 * (src/io/xlsx/write-layout.ts) writes into a file, in requests kept within REQUEST_BUDGET (src/io/office/batch.ts).
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

type CellFormat = Pick<CellStyle, "size" | "horizontal" | "vertical" | "wrap"> & { bold: boolean; italic: boolean };
const FORMAT_KEYS = ["size", "bold", "italic", "horizontal", "vertical", "wrap"] as const;

const formatOf = (cell: LayoutCell): CellFormat => {
  const style = STYLES[cell.style];
  return {
    size: style.size,
    bold: style.bold === true,
    italic: style.italic === true,
    horizontal: style.horizontal,
    vertical: style.vertical,
    wrap: style.wrap,
  };
};

/** Sets one format property on a range as Office.js names it. */
function setFormat(format: Excel.RangeFormat, key: (typeof FORMAT_KEYS)[number], value: CellFormat[typeof key]): void {
  switch (key) {
    case "size":
      format.font.size = value as number;
      break;
    case "bold":
      format.font.bold = value as boolean;
      break;
    case "italic":
      format.font.italic = value as boolean;
      break;
    case "horizontal":
      format.horizontalAlignment = value === "left" ? "Left" : value === "center" ? "Center" : "Right";
      break;
    case "vertical":
      format.verticalAlignment = value === "top" ? "Top" : "Center";
      break;
    case "wrap":
      format.wrapText = value as boolean;
      break;
  }
}

/** The value most cells share (first seen wins a tie). */
function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}

/** Every cell of the rectangle gets its own thin frame, as in the .xlsx: edges plus the inside lines. */
function frame(range: Excel.Range, rect: CellRange): number {
  const lines: BorderLine[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rect.bottom > rect.top) lines.push("InsideHorizontal");
  if (rect.right > rect.left) lines.push("InsideVertical");
  for (const line of lines) {
    const border = range.format.borders.getItem(line);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
  return lines.length * 3;
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

/** A band of consecutive rows cut into chunks whose values and formats stay within BLOCK_BYTES. */
function chunks(rows: readonly LayoutCell[][]): LayoutCell[][][] {
  const out: LayoutCell[][][] = [];
  let current: LayoutCell[][] = [];
  let bytes = 0;
  for (const row of rows) {
    const rowBytes = dataBytes(row.map((c) => [c.value, c.numFmt ?? null]));
    if (current.length > 0 && bytes + rowBytes > BLOCK_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += rowBytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Writes one layout's content into a new, empty worksheet: columns, rows, values and number formats, formats,
 * merges, validation, unlocked inputs. Formats go as the table's shared format once, then only where a cell
 * differs from it, so that a request carries a handful of commands per distinct look rather than per rectangle.
 */
async function writeContent(batch: BudgetedBatch, ws: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const cells = layoutCells(layout);
  ws.showGridlines = false;
  for (const c of layout.columns) {
    const letter = columnLetter(c.col);
    const column = ws.getRange(`${letter}:${letter}`);
    column.format.columnWidth = columnWidthPoints(c.width);
    if (c.hidden) column.columnHidden = true;
    await batch.queued(c.hidden ? 2 : 1);
  }
  for (const run of runs(layout.rows.flatMap((r) => (r.height ? [{ at: r.row, value: r.height }] : [])))) {
    ws.getRange(`${run.from}:${run.to}`).format.rowHeight = run.value;
    await batch.queued(1);
  }
  for (const run of runs(layout.rows.flatMap((r) => (r.hidden ? [{ at: r.row, value: true }] : [])))) {
    ws.getRange(`${run.from}:${run.to}`).rowHidden = true;
    await batch.queued(1);
  }

  // Values and number formats as 2-D blocks per band of consecutive rows, in chunks; null leaves a cell untouched.
  const byRow = groupBy(cells, (c) => String(c.row));
  const rowNumbers = [...byRow.keys()].map(Number);
  for (const band of runs(rowNumbers.map((at) => ({ at, value: true })))) {
    const bandRows = rowNumbers.filter((r) => r >= band.from && r <= band.to).map((r) => byRow.get(String(r))!);
    for (const chunk of chunks(bandRows)) {
      const block = chunk.flat();
      const top = chunk[0][0].row;
      const height = chunk[chunk.length - 1][0].row - top + 1;
      const left = Math.min(...block.map((c) => c.col));
      const right = Math.max(...block.map((c) => c.col));
      const blank = () => Array.from({ length: height }, () => Array(right - left + 1).fill(null));
      const values: (string | number | null)[][] = blank();
      const formats: (string | null)[][] = blank();
      for (const c of block) {
        values[c.row - top][c.col - left] = cellInput(c.value);
        if (c.numFmt) formats[c.row - top][c.col - left] = c.numFmt;
      }
      const range = ws.getRangeByIndexes(top - 1, left - 1, height, right - left + 1);
      // Formats first, so that a value lands in a cell already typed (text, percent, date).
      const typed = block.some((c) => c.numFmt);
      if (typed) range.numberFormat = formats;
      range.values = values;
      await batch.queued(typed ? 2 : 1, dataBytes(values) + (typed ? dataBytes(formats) : 0));
    }
  }

  if (cells.length > 0) {
    // The shared format over the whole table, then each property only where it differs.
    const looks = cells.map(formatOf);
    // Folded, not spread: a table of thousands of units has more cells than a call takes arguments.
    const area = cells.reduce(
      (a, c) => ({
        top: Math.min(a.top, c.row),
        left: Math.min(a.left, c.col),
        bottom: Math.max(a.bottom, c.row),
        right: Math.max(a.right, c.col),
      }),
      { top: Infinity, left: Infinity, bottom: 0, right: 0 },
    );
    const shared = ws.getRange(rangeAddress(area)).format;
    shared.font.name = FONT_NAME;
    for (const key of FORMAT_KEYS) setFormat(shared, key, mostCommon(looks.map((l) => l[key])));
    await batch.queued(1 + FORMAT_KEYS.length);
    for (const key of FORMAT_KEYS) {
      const base = mostCommon(looks.map((l) => l[key]));
      const differing = cells.filter((_, i) => looks[i][key] !== base);
      for (const group of groupBy(differing, (c) => String(formatOf(c)[key])).values()) {
        const value = formatOf(group[0])[key];
        for (const rect of rectangles(group)) {
          setFormat(ws.getRange(rangeAddress(rect)).format, key, value);
          await batch.queued(1);
        }
      }
    }
    const indented = cells.filter((c) => (c.indent ?? 0) > 0);
    for (const group of groupBy(indented, (c) => String(c.indent)).values())
      for (const rect of rectangles(group)) {
        ws.getRange(rangeAddress(rect)).format.indentLevel = group[0].indent!;
        await batch.queued(1);
      }
    const filled = cells.filter((c) => STYLES[c.style].fill);
    for (const group of groupBy(filled, (c) => STYLES[c.style].fill!).values())
      for (const rect of rectangles(group)) {
        ws.getRange(rangeAddress(rect)).format.fill.color = hex(STYLES[group[0].style].fill!);
        await batch.queued(1);
      }
    for (const rect of rectangles(cells.filter((c) => STYLES[c.style].border)))
      await batch.queued(frame(ws.getRange(rangeAddress(rect)), rect));
  }

  for (const m of layout.merges) {
    ws.getRange(rangeAddress(m)).merge(false);
    await batch.queued(1);
  }

  const validated = cells.filter((c) => c.validation);
  for (const group of groupBy(validated, (c) => JSON.stringify(c.validation)).values()) {
    const v = group[0].validation!;
    const rule = validationRule(v);
    const prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
    const errorAlert = { showAlert: true, style: "Stop" as const, title: v.errorTitle, message: v.error };
    for (const rect of rectangles(group)) {
      const dv = ws.getRange(rangeAddress(rect)).dataValidation;
      dv.rule = rule;
      dv.ignoreBlanks = true;
      dv.prompt = prompt;
      dv.errorAlert = errorAlert;
      await batch.queued(4, dataBytes([rule, prompt, errorAlert]));
    }
  }
  for (const rect of rectangles(cells.filter((c) => !c.locked))) {
    ws.getRange(rangeAddress(rect)).format.protection.locked = false;
    await batch.queued(1);
  }
}

/**
 * Queues how a written sheet is seen and printed, and its protection: frozen panes, A4 landscape one page wide and
 * as many tall as it needs, margins, print area and title rows, page numbers, then protection (last: nothing can
 * be written into a protected sheet).
 */
function queueView(ws: Excel.Worksheet, layout: SheetLayout, parts: ReadonlySet<ViewPart> = VIEW_PARTS): void {
  if (parts.has("freeze")) {
    const frozenRows = layout.freeze.row - 1;
    const frozenCols = layout.freeze.col - 1;
    if (frozenRows > 0 && frozenCols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, frozenRows, frozenCols));
    else if (frozenRows > 0) ws.freezePanes.freezeRows(frozenRows);
    else if (frozenCols > 0) ws.freezePanes.freezeColumns(frozenCols);
  }
  if (parts.has("print")) {
    const page = ws.pageLayout;
    page.orientation = "Landscape";
    page.paperSize = "A4";
    // 0 pages tall: as many as the table needs (OOXML fitToHeight="0"), as the .xlsx writer sets it.
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.centerHorizontally = true;
    page.leftMargin = page.rightMargin = 0.4 * POINTS_PER_INCH;
    page.topMargin = page.bottomMargin = 0.5 * POINTS_PER_INCH;
    page.headerMargin = page.footerMargin = 0.3 * POINTS_PER_INCH;
    page.setPrintArea(ws.getRange(rangeAddress(layout.print.area)));
    page.setPrintTitleRows(ws.getRange(`${layout.print.titleRows[0]}:${layout.print.titleRows[1]}`));
    page.headersFooters.defaultForAllPages.centerFooter = "Trang &P / &N";
  }
  // Labels are locked against accidental edits; no password, so an officer can still unprotect the sheet.
  if (parts.has("protect") && layout.protect)
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

type ViewPart = "freeze" | "print" | "protect";
const VIEW_PARTS: ReadonlySet<ViewPart> = new Set(["freeze", "print", "protect"]);

/**
 * The view, print and protection settings of the written sheets, in a step of their own after the data: one
 * request for all of them; if Excel refuses it (a host without page layout, a sheet it will not freeze), each
 * setting is tried alone and the ones Excel refuses are left out. The data is written either way: these settings
 * are a convenience, never worth losing an insertion over.
 */
async function applyViews(context: Excel.RequestContext, written: readonly [Excel.Worksheet, SheetLayout][]) {
  for (const [ws, layout] of written) queueView(ws, layout);
  try {
    await context.sync();
  } catch {
    for (const [ws, layout] of written)
      for (const part of VIEW_PARTS) {
        queueView(ws, layout, new Set([part]));
        await context.sync().catch(() => undefined);
      }
  }
}

/**
 * Writes layouts as new worksheets under free names (never over an existing sheet), records the appendix sheets
 * in the very-hidden index sheet like the .xlsx adapter, activates the first new sheet, and returns the names.
 * The data goes in as few requests as REQUEST_BUDGET allows (two syncs for an appendix, one more per megabyte or
 * so for a large merge), then the view settings in one more.
 */
export function writeLayouts(context: Excel.RequestContext, layouts: readonly SheetLayout[]): Promise<string[]> {
  return officeCall(async () => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const checkWritable = queueWritableCheck(context, true);
    await context.sync();
    checkWritable();

    const taken = sheets.items.map((s) => s.name);
    const hasIndex = taken.some((n) => n.toLocaleLowerCase("vi") === INDEX_SHEET);
    if (!hasIndex) taken.push(INDEX_SHEET);
    const names: string[] = [];
    const written: [Excel.Worksheet, SheetLayout][] = [];
    try {
      const batch = new BudgetedBatch(context);
      for (const layout of layouts) {
        const name = freeSheetName(layout.sheetName, taken);
        taken.push(name);
        names.push(name);
        const ws = sheets.add(name);
        if (layout.visibility) ws.visibility = "VeryHidden";
        written.push([ws, layout]);
        await writeContent(batch, ws, layout);
      }
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
      written[0]?.[0].activate();
      await batch.sync();
    } catch (e) {
      // Removes what this write added, unless a name was taken meanwhile: that sheet is someone else's.
      if (toOfficeError(e).kind !== "nameTaken")
        await removeSheets(context, hasIndex ? names : [...names, INDEX_SHEET]);
      throw e;
    }
    await applyViews(context, written);
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
