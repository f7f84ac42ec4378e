import { cellFilled, EMPTY_CELL, type RawCell } from "../../../domain/grid";
import type { SharedStrings } from "./shared-strings";
import type { CellStyles } from "./styles";
import {
  decode,
  detached,
  isElement,
  prefixOf,
  rootName,
  rootStart,
  stringItem,
  stringItemFilled,
  TagReader,
  visibleText,
} from "./xml";

/** What every sheet of a workbook is read against. */
export interface SheetContext {
  strings: SharedStrings;
  styles: CellStyles;
  date1904: boolean;
}

const DAY_MS = 24 * 3600 * 1000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** An Excel serial date as ExcelJS converts it: midnight UTC of the day, rounded to the millisecond. */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** An ISO date cell (t="d"): a date without a zone is the wall-clock time, kept in UTC as serial dates are. */
function isoDate(text: string): Date | string {
  const zoned = !text.includes("T") || /(Z|[+-]\d\d:?\d\d)$/i.test(text);
  const d = new Date(zoned ? text : `${text}Z`);
  return Number.isNaN(d.getTime()) ? text : d;
}

const isBooleanTrue = (v: string): boolean => /^\s*(1|true)\s*$/i.test(v);

/** What a cell's t attribute says its value is (anything else is a number, as with ExcelJS). */
const enum Kind {
  Number,
  Shared,
  Inline,
  Str,
  Bool,
  Error,
  Date,
}

function kindOf(tag: TagReader, k: number): Kind {
  if (tag.valueIs(k, "s")) return Kind.Shared;
  if (tag.valueIs(k, "inlineStr")) return Kind.Inline;
  if (tag.valueIs(k, "str")) return Kind.Str;
  if (tag.valueIs(k, "b")) return Kind.Bool;
  if (tag.valueIs(k, "e")) return Kind.Error;
  if (tag.valueIs(k, "d")) return Kind.Date;
  return Kind.Number;
}

/** A non-negative integer written as plain digits, or -1 when the text is anything else (empty included). */
function digitsAt(xml: string, start: number, end: number): number {
  if (start >= end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The column of a reference ("BC12" -> 55): its letters, case-insensitive; 0 when it starts with none. */
function columnAt(xml: string, start: number, end: number): number {
  let col = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}

/**
 * A worksheet's cells, held as spans of the part's text: each cell is a few numbers (its kind, style and where its
 * value lies), and becomes a RawCell only when asked for, decoded then. Cells nobody asks for cost no object and
 * no decoding. rowCount and colCount are the largest row and column holding a <c>.
 */
export class SheetCells {
  rowCount = 0;
  colCount = 0;
  /** <c> elements read, inside Excel's grid or not. */
  cells = 0;
  /** The part holds more than the `maxCells` it was parsed with: what was read is not the whole sheet. */
  overBudget = false;

  /** rows[row - 1][col - 1]: the cell's record number. A row's array is made by its first cell. */
  private readonly rows: (number[] | undefined)[] = [];
  private kinds: Uint8Array;
  /** Style index; -1 where the s attribute is no index. */
  private styles: Int32Array;
  /** The value's span: <v>'s text, or <is>'s content for inline strings; -1 where there is none. */
  private starts: Int32Array;
  private ends: Int32Array;
  private records = 0;
  private readonly formulas = new Map<number, string>();
  /** One empty cell per style: styled blank cells are common and alike. */
  private readonly blanks: RawCell[] = [];
  private readonly tag = new TagReader();

  constructor(
    private readonly xml: string,
    private readonly ctx: SheetContext,
    private readonly prefix: string,
    capacity: number,
  ) {
    this.kinds = new Uint8Array(capacity);
    this.styles = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Records a cell read at (row, col); cells outside Excel's grid are damage and are dropped. */
  add(row: number, col: number, kind: Kind, style: number, start: number, end: number, formula?: string): void {
    // Outside Excel's grid is damage: a cell there would make the domain scan a billion empty cells.
    if (!(col > 0 && row > 0 && col <= MAX_COLUMNS && row <= MAX_ROWS)) return;
    const i = this.records++;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = kind;
    this.styles[i] = style;
    this.starts[i] = start;
    this.ends[i] = end;
    if (formula !== undefined) this.formulas.set(i, formula);
    (this.rows[row - 1] ??= [])[col - 1] = i;
    if (col > this.colCount) this.colCount = col;
    if (row > this.rowCount) this.rowCount = row;
  }

  private grow(): void {
    const size = Math.max(64, this.kinds.length * 2);
    const more = <T extends Uint8Array | Int32Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.kinds = more(this.kinds, Uint8Array);
    this.styles = more(this.styles, Int32Array);
    this.starts = more(this.starts, Int32Array);
    this.ends = more(this.ends, Int32Array);
  }

  private recordAt(row: number, col: number): number | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  cell(row: number, col: number): RawCell {
    const i = this.recordAt(row, col);
    return i === undefined ? EMPTY_CELL : this.build(i);
  }

  /** cellFilled() of the cell, told from its text without building it wherever the text shows it. */
  filled(row: number, col: number): boolean {
    const i = this.recordAt(row, col);
    if (i === undefined) return false;
    const start = this.starts[i];
    const end = this.ends[i];
    if (start < 0) return false;
    let known: boolean | undefined;
    switch (this.kinds[i] as Kind) {
      case Kind.Bool:
      case Kind.Error:
        known = start < end;
        break;
      case Kind.Shared:
        known = start < end ? (this.ctx.strings.filled(this.sharedIndex(start, end)) ?? false) : false;
        break;
      case Kind.Inline:
        known = stringItemFilled(this.xml, start, end, this.prefix, this.tag);
        break;
      default:
        // A number, a str result, an ISO date: filled exactly when its text is more than white space.
        known = visibleText(this.xml, start, end);
    }
    return known ?? cellFilled(this.build(i));
  }

  /** A shared string's index as parseInt reads the cell's text. */
  private sharedIndex(start: number, end: number): number {
    const n = digitsAt(this.xml, start, end);
    return n >= 0 ? n : parseInt(this.xml.slice(start, end), 10);
  }

  private build(i: number): RawCell {
    const { xml, ctx } = this;
    const style = this.styles[i];
    // Style 0 is the default style, General in every writer seen; like ExcelJS, it gives no numFmt.
    const numFmt = style > 0 ? ctx.styles.numFmt[style] : undefined;
    const start = this.starts[i];
    const end = this.ends[i];
    const formula = this.formulas.get(i);
    if (start < 0 && formula === undefined)
      return (this.blanks[style + 1] ??= numFmt === undefined ? { value: null } : { value: null, numFmt });
    const cell: RawCell = { value: null };
    const kind = this.kinds[i] as Kind;
    // Every text given out is detached from the part: a report may outlive the sheet by a whole merge.
    if (kind === Kind.Inline) {
      const inline = start < 0 ? "" : stringItem(xml, start, end, this.prefix, this.tag);
      if (inline) cell.value = detached(inline);
    } else if (start < end) {
      const v = xml.slice(start, end);
      if (kind === Kind.Shared) {
        const str = ctx.strings.get(this.sharedIndex(start, end));
        if (str !== undefined) cell.value = str;
      } else if (kind === Kind.Str) cell.value = detached(decode(v));
      else if (kind === Kind.Bool) cell.value = isBooleanTrue(v);
      else if (kind === Kind.Error) cell.error = detached(decode(v));
      else if (kind === Kind.Date) {
        const d = isoDate(decode(v).trim());
        cell.value = typeof d === "string" ? detached(d) : d;
      } else {
        const n = parseFloat(v);
        // Not a number after all (a damaged or hand-made file): the text says more than NaN would.
        if (Number.isNaN(n)) cell.value = detached(decode(v));
        else
          cell.value = style > 0 && ctx.styles.isDate[style] && Number.isFinite(n) ? excelToDate(n, ctx.date1904) : n;
      }
    }
    if (formula !== undefined) cell.formula = detached(formula);
    if (numFmt !== undefined) cell.numFmt = numFmt;
    return cell;
  }
}

/**
 * Parses <sheetData> only: rows, cells, values, formulas, inline strings; it stops past `maxCells` <c> elements
 * (the reading's budget: see overBudget). It never throws: a damaged part yields the cells read up to the damage.
 */
export function parseWorksheet(xml: string, ctx: SheetContext, maxCells = Infinity): SheetCells {
  const p = prefixOf(rootName(xml));
  // One record per 60 characters of the part is about what real sheets hold; the arrays grow past it.
  const cells = new SheetCells(xml, ctx, p, Math.min(1 << 16, Math.ceil(xml.length / 60) + 16));
  try {
    readSheetData(xml, p, cells, maxCells);
  } catch {
    // Keep what was read: see above.
  }
  return cells;
}

function readSheetData(xml: string, p: string, out: SheetCells, maxCells: number): void {
  const tag = new TagReader();
  const sheetData = `${p}sheetData`;
  let start = xml.indexOf(`<${sheetData}`, rootStart(xml));
  while (start >= 0 && !isElement(xml, start, sheetData)) start = xml.indexOf(`<${sheetData}`, start + 1);
  if (start < 0 || !tag.read(xml, start + 1 + sheetData.length) || tag.selfClosing) return;
  let end = xml.indexOf(`</${sheetData}>`, tag.end);
  if (end < 0) end = xml.length;

  const rowName = `${p}row`;
  const cName = `${p}c`;
  const cClose = `</${cName}>`;
  const vName = `${p}v`;
  const vClose = `</${vName}>`;
  const fName = `${p}f`;
  const fClose = `</${fName}>`;
  const isName = `${p}is`;
  const isClose = `</${isName}>`;
  const shared = new Map<string, string>();

  let rowNumber = 0;
  let col = 0;
  let pos = tag.end;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= end) return;
    if (isElement(xml, lt, cName)) {
      if (++out.cells > maxCells) {
        out.overBudget = true;
        return;
      }
      if (!tag.read(xml, lt + 1 + cName.length)) return;
      // The last of each attribute counts, as when they are read one after another.
      const r = tag.lastIndexOf("r");
      const s = tag.lastIndexOf("s");
      const t = tag.lastIndexOf("t");
      if (r >= 0) col = columnAt(xml, tag.valueStart[r], tag.valueEnd[r]) || col + 1;
      else col++;
      const kind = t < 0 ? Kind.Number : kindOf(tag, t);
      let style = 0;
      if (s >= 0) {
        style = digitsAt(xml, tag.valueStart[s], tag.valueEnd[s]);
        if (style < 0) {
          // Not plain digits: read as Number() reads it; what is no index names no style.
          const n = Number(tag.value(s));
          style = Number.isInteger(n) && n >= 0 ? n : -1;
        }
        if (style > 0x7fffffff) style = -1;
      }

      let vStart = -1;
      let vEnd = -1;
      let isStart = -1;
      let isEnd = -1;
      let formula: string | undefined;
      if (tag.selfClosing) pos = tag.end;
      else {
        const close = xml.indexOf(cClose, tag.end);
        if (close < 0) return;
        // The cell's children: <f>, <v>, <is> (and extensions, skipped).
        let q = tag.end;
        for (;;) {
          const clt = xml.indexOf("<", q);
          if (clt < 0 || clt >= close) break;
          if (isElement(xml, clt, vName)) {
            if (!tag.read(xml, clt + 1 + vName.length)) return;
            if (tag.selfClosing) q = tag.end;
            else {
              const ve = xml.indexOf(vClose, tag.end);
              if (ve < 0 || ve > close) return;
              vStart = tag.end;
              vEnd = ve;
              q = ve + vClose.length;
            }
          } else if (isElement(xml, clt, fName)) {
            if (!tag.read(xml, clt + 1 + fName.length)) return;
            const si = tag.get("t") === "shared" ? tag.get("si") : undefined;
            let text = "";
            if (tag.selfClosing) q = tag.end;
            else {
              const fe = xml.indexOf(fClose, tag.end);
              if (fe < 0 || fe > close) return;
              text = decode(xml.slice(tag.end, fe));
              q = fe + fClose.length;
            }
            // A shared formula's master holds the text; the others refer to it by si. The domain asks only
            // whether there is a formula and what it refers to, so the master's text stands for all.
            if (si !== undefined) {
              if (text) shared.set(si, text);
              else text = shared.get(si) ?? "";
            }
            if (text) formula = text;
          } else if (isElement(xml, clt, isName)) {
            if (!tag.read(xml, clt + 1 + isName.length)) return;
            if (tag.selfClosing) q = tag.end;
            else {
              const ie = xml.indexOf(isClose, tag.end);
              if (ie < 0 || ie > close) return;
              isStart = tag.end;
              isEnd = ie;
              q = ie + isClose.length;
            }
          } else q = clt + 1;
        }
        pos = close + cClose.length;
      }
      // An inline string's value is its <is>; every other kind's is its <v>.
      if (kind === Kind.Inline) out.add(rowNumber, col, kind, style, isStart, isEnd, formula);
      else out.add(rowNumber, col, kind, style, vStart, vEnd, formula);
    } else if (isElement(xml, lt, rowName)) {
      if (!tag.read(xml, lt + 1 + rowName.length)) return;
      const r = tag.indexOf("r");
      const n = r < 0 ? -1 : digitsAt(xml, tag.valueStart[r], tag.valueEnd[r]);
      // Not plain digits: read as parseInt reads it.
      const number = n >= 0 ? n : r < 0 ? NaN : parseInt(tag.value(r), 10);
      rowNumber = number || rowNumber + 1;
      col = 0;
      pos = tag.end;
    } else pos = lt + 1;
  }
}
