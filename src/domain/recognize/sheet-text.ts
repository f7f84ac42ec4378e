import { cellFilled, type Grid } from "../grid";
import { looseLabel, normalizeLabel } from "./normalize-label";

/**
 * Bounds on what is read of a sheet: every appendix fits well within them, and a sheet whose used range was
 * stretched by formatting (a million empty rows) must not stall recognition.
 */
export const MAX_ROWS = 10000;
export const MAX_COLS = 100;
/**
 * The window read grows with what it finds: it reaches this many rows and columns past the last cell found
 * (blank rows between a title and its table, an empty column inside one), so two cells at A1 and CV10000 cost
 * a few thousand reads, not a million.
 */
const ROW_SLACK = 100;
const COL_SLACK = 20;
/**
 * Cells spread thinly to stretch the window (one every 99 rows and 19 columns) stop stretching it: beyond
 * BASE_AREA cells, the box of the cells found grows only while at least one cell in AREA_PER_CELL is filled.
 * The largest templates (dl-pl2: 128 rows of 10 columns; kh-dinhky-pl2: 172 of 6) are far inside either bound.
 */
const BASE_AREA = 20_000;
const AREA_PER_CELL = 10;
/**
 * Filled cells read of one sheet, at most: fifteen times the largest template. Telling a label costs
 * microseconds, and a sheet of a million distinct texts is no appendix.
 */
export const MAX_FILLED = 20_000;

/** A grid read once as text, with normalised labels computed on demand (a grid's cell() may be slow). */
export interface SheetText {
  readonly rowCount: number;
  readonly colCount: number;
  /** Filled cells read: what recognising the sheet costs. */
  readonly filledCount: number;
  /** The cell as text ("" when empty; numbers as written by String). */
  text(row: number, col: number): string;
  /** The cell holds something: a value or an Excel error. */
  filled(row: number, col: number): boolean;
  /** normalizeLabel of a text cell that holds letters, else "". */
  norm(row: number, col: number): string;
  /** looseLabel of the same, else "". */
  loose(row: number, col: number): string;
  /** No cell of the row holds anything, except those in `skip`. */
  blankRow(row: number, skip?: ReadonlySet<number>): boolean;
}

const HAS_LETTER = /\p{L}/u;

/** Windows-1252 characters of bytes 0x80-0x9F (the rest of 0x00-0xFF is Latin-1). */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const MOJIBAKE_HINT = /[ÃÄÅÆá]/u;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * UTF-8 text read as Windows-1252 ("Sá»‘ lÆ°á»£ng" for "Số lượng"): what a CSV typed in UTF-8 becomes when
 * Excel or LibreOffice opens it with the wrong encoding. Undone only when every character maps back to one
 * byte and the bytes are valid UTF-8 with some multi-byte character: real Vietnamese text has characters
 * beyond Latin-1 and is never changed, nor is Latin-1 text such as "Café".
 */
export function repairMojibake(s: string): string {
  if (!MOJIBAKE_HINT.test(s)) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const special = CP1252.indexOf(s[i]);
    if (special >= 0) bytes[i] = 0x80 + special;
    else if (code <= 0xff) bytes[i] = code;
    // LibreOffice reads the bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as U+F1xx.
    else if (code >= 0xf180 && code <= 0xf19f) bytes[i] = code - 0xf100;
    else return s;
  }
  try {
    const text = utf8.decode(bytes);
    return /[\u0080-\uffff]/.test(text) ? text : s;
  } catch {
    return s;
  }
}

/**
 * The sheet's window as text, of at most `maxFilled` filled cells (the rows after the one that reaches it unread).
 * The window is found from which cells are filled (the grid tells it without building cells where it can); a cell's
 * text is read when first asked for.
 */
export function readSheet(grid: Grid, maxFilled = MAX_FILLED): SheetText {
  const maxRows = Math.min(grid.rowCount, MAX_ROWS);
  const maxCols = Math.min(grid.colCount, MAX_COLS);
  const isFilled = grid.filled ? grid.filled.bind(grid) : (r: number, c: number) => cellFilled(grid.cell(r, c));
  const filled: boolean[][] = [];
  // The box of the cells found so far, and how many were found.
  let lastRow = 0;
  let lastCol = 0;
  let found = 0;
  const read = (r: number, c: number) => {
    const f = isFilled(r, c);
    filled[r - 1][c - 1] = f;
    if (!f) return;
    found++;
    const rows = Math.max(lastRow, r);
    const cols = Math.max(lastCol, c);
    if (rows * cols <= Math.max(BASE_AREA, AREA_PER_CELL * found)) {
      lastRow = rows;
      lastCol = cols;
    }
  };
  let width = Math.min(maxCols, COL_SLACK);
  for (let r = 1; r <= maxRows && r <= lastRow + ROW_SLACK && found < maxFilled; r++) {
    filled.push([]);
    for (let c = 1; c <= width; c++) read(r, c);
    // The box grew to the right: the new columns are read for every row so far, which may grow it again.
    for (let wider = Math.min(maxCols, lastCol + COL_SLACK); wider > width;) {
      for (let rr = 1; rr <= r; rr++) for (let c = width + 1; c <= wider; c++) read(rr, c);
      width = wider;
      wider = Math.min(maxCols, lastCol + COL_SLACK);
    }
  }
  const rowCount = filled.length;
  const colCount = width;
  const textCache = new Map<number, string>();
  const normCache = new Map<number, string>();
  const looseCache = new Map<number, string>();
  const text = (row: number, col: number) => {
    if (!(filled[row - 1]?.[col - 1] ?? false)) return "";
    const key = row * (MAX_COLS + 1) + col;
    let s = textCache.get(key);
    if (s === undefined) {
      const v = grid.cell(row, col).value;
      s = typeof v === "string" ? repairMojibake(v).trim() : typeof v === "number" ? String(v) : "";
      textCache.set(key, s);
    }
    return s;
  };
  const cached = (cache: Map<number, string>, f: (s: string) => string) => (row: number, col: number) => {
    const key = row * (MAX_COLS + 1) + col;
    let v = cache.get(key);
    if (v === undefined) {
      const s = text(row, col);
      v = HAS_LETTER.test(s) ? f(s) : "";
      cache.set(key, v);
    }
    return v;
  };
  const norm = cached(normCache, normalizeLabel);
  const looseOf = cached(looseCache, looseLabel);
  return {
    rowCount,
    colCount,
    filledCount: found,
    text,
    filled: (row, col) => filled[row - 1]?.[col - 1] ?? false,
    norm,
    // Without parentheses the loose key is the label's own key: skip the second normalisation.
    loose: (row, col) => (text(row, col).includes("(") ? looseOf(row, col) : norm(row, col)),
    blankRow: (row, skip) => !(filled[row - 1] ?? []).some((f, i) => f && !skip?.has(i + 1)),
  };
}
