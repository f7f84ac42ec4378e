import type { RawCell } from "../../../domain/grid";
import type { CellStyles } from "./styles";
import { decode, isElement, prefixOf, rootName, rootStart, stringItem, TagReader } from "./xml";

/** What every sheet of a workbook is read against. */
export interface SheetContext {
  strings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
}

/** A worksheet's cells: rows[row - 1][col - 1]; counts are the largest row and column holding a <c>. */
export interface SheetCells {
  rows: ((RawCell | undefined)[] | undefined)[];
  rowCount: number;
  colCount: number;
  /** <c> elements read, inside Excel's grid or not. */
  cells: number;
  /** The part holds more than the `maxCells` it was parsed with: what was read is not the whole sheet. */
  overBudget: boolean;
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

/** "BC12" -> column 55 and row 12 in `ref` (index 0 column, 1 row); 0 for a missing part. */
function parseRef(ref: string, out: number[]): void {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  out[0] = col;
  out[1] = row;
}

const isBooleanTrue = (v: string): boolean => /^\s*(1|true)\s*$/i.test(v);

/**
 * Parses <sheetData> only: rows, cells, values, formulas, inline strings; it stops past `maxCells` <c> elements
 * (the reading's budget: see overBudget). It never throws: a damaged part yields the cells read up to the damage.
 */
export function parseWorksheet(xml: string, ctx: SheetContext, maxCells = Infinity): SheetCells {
  const cells: SheetCells = { rows: [], rowCount: 0, colCount: 0, cells: 0, overBudget: false };
  try {
    readSheetData(xml, ctx, cells, maxCells);
  } catch {
    // Keep what was read: see above.
  }
  return cells;
}

function readSheetData(xml: string, ctx: SheetContext, out: SheetCells, maxCells: number): void {
  const p = prefixOf(rootName(xml));
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
  const { strings, date1904 } = ctx;
  const { numFmt: fmtOf, isDate: dateOf } = ctx.styles;
  const shared = new Map<string, string>();
  /** One empty cell per style: styled blank cells are common and alike. */
  const blanks: RawCell[] = [];
  const ref = [0, 0];

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
      let r: string | undefined;
      let s: string | undefined;
      let t: string | undefined;
      for (let k = 0; k < tag.count; k++) {
        const n = tag.names[k];
        if (n === "r") r = tag.values[k];
        else if (n === "s") s = tag.values[k];
        else if (n === "t") t = tag.values[k];
      }
      if (r !== undefined) {
        parseRef(r, ref);
        col = ref[0] || col + 1;
      } else col++;

      let v: string | undefined;
      let inline: string | undefined;
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
              v = xml.slice(tag.end, ve);
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
              inline = stringItem(xml, tag.end, ie, p, tag);
              q = ie + isClose.length;
            }
          } else q = clt + 1;
        }
        pos = close + cClose.length;
      }

      // Style 0 is the default style, General in every writer seen; like ExcelJS, it gives no numFmt.
      const style = s === undefined ? 0 : Number(s);
      const numFmt = style > 0 ? fmtOf[style] : undefined;
      let cell: RawCell;
      if (v === undefined && inline === undefined && formula === undefined) {
        cell = blanks[style] ??= numFmt === undefined ? { value: null } : { value: null, numFmt };
      } else {
        cell = { value: null };
        if (t === "inlineStr") {
          if (inline) cell.value = inline;
        } else if (v !== undefined && v !== "") {
          if (t === "s") {
            const str = strings[parseInt(v, 10)];
            if (str !== undefined) cell.value = str;
          } else if (t === "str") cell.value = decode(v);
          else if (t === "b") cell.value = isBooleanTrue(v);
          else if (t === "e") cell.error = decode(v);
          else if (t === "d") cell.value = isoDate(decode(v).trim());
          else {
            const n = parseFloat(v);
            // Not a number after all (a damaged or hand-made file): the text says more than NaN would.
            if (Number.isNaN(n)) cell.value = decode(v);
            else cell.value = style > 0 && dateOf[style] && Number.isFinite(n) ? excelToDate(n, date1904) : n;
          }
        }
        if (formula !== undefined) cell.formula = formula;
        if (numFmt !== undefined) cell.numFmt = numFmt;
      }
      // Outside Excel's grid is damage: a cell there would make the domain scan a billion empty cells.
      if (col > 0 && rowNumber > 0 && col <= MAX_COLUMNS && rowNumber <= MAX_ROWS) {
        // A row's array is made by its first cell: a million empty <row> elements cost no memory.
        (out.rows[rowNumber - 1] ??= [])[col - 1] = cell;
        if (col > out.colCount) out.colCount = col;
        if (rowNumber > out.rowCount) out.rowCount = rowNumber;
      }
    } else if (isElement(xml, lt, rowName)) {
      if (!tag.read(xml, lt + 1 + rowName.length)) return;
      const r = tag.get("r");
      rowNumber = r !== undefined ? parseInt(r, 10) || rowNumber + 1 : rowNumber + 1;
      col = 0;
      pos = tag.end;
    } else pos = lt + 1;
  }
}
