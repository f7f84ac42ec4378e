/**
 * How much room a cell's text takes, in the font every table is set in (Times New Roman, see styles.ts): the
 * advance widths of its characters, word-wrapped the way a spreadsheet wraps a cell, and the row height the
 * wrapped lines need. Heights computed here are what keep a printed table as short as its text allows.
 *
 * Widths are Times New Roman's (identical to Liberation Serif, its metric-compatible twin on Linux), in
 * thousandths of the em, for ASCII 32-126; other characters are read through their base letter (Vietnamese
 * vowels with tone marks keep their base letter's width), with the few that differ listed in WIDER.
 */

/* prettier-ignore */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
  722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
  444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
  200, 480, 541,
];
/* prettier-ignore */
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
  722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556,
  444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394,
  220, 394, 520,
];

/** Characters whose width is not their base letter's: [regular, bold]. */
const WIDER: Record<string, [number, number]> = {
  ơ: [529, 554],
  Ơ: [722, 778],
  ư: [542, 600],
  Ư: [776, 796],
  đ: [500, 556],
  Đ: [722, 722],
  "–": [500, 500],
  "—": [1000, 1000],
  "…": [1000, 1000],
  "“": [444, 500],
  "”": [444, 500],
  "‘": [333, 333],
  "’": [333, 333],
  "≤": [549, 549],
  "≥": [549, 549],
  "\u00a0": [250, 250],
};

export interface FontSpec {
  /** Points. */
  size: number;
  bold?: boolean;
}

/**
 * A column width in the spreadsheet's unit (characters of the workbook's default font, Calibri 11: 7 pixels
 * at 96 dpi) in points.
 */
export const POINTS_PER_WIDTH_UNIT = 5.25;
/** Room a cell keeps free inside its borders, left and right together, in points. */
export const CELL_PADDING = 5;
/** One indentation step of a cell's text, in points. */
const INDENT_STEP = 7.5;
/**
 * Line height for a font size. Times New Roman's ascent and descent are 1.107 em (LibreOffice draws its lines that
 * far apart); Windows rounds each to whole pixels and adds the font's line gap, so Excel spaces 11-point lines
 * 18 pixels (13.5 points) apart at 96 dpi. Rows are sized for Excel's spacing: never too short there, and within
 * a fraction of a line in LibreOffice.
 */
const LINE_EM = 13.5 / 11;
/** Free room above and below the lines of a row, in points. */
const ROW_PADDING = 1.5;
/** Excel's own height of a one-line row of an 11-point font: no row is printed lower. */
const MIN_ROW_HEIGHT = 15;
/** Excel's highest row. */
const MAX_ROW_HEIGHT = 409;

/** Widths of the characters outside ASCII met so far: [regular, bold] (their decomposition is slow to redo). */
const seen = new Map<string, [number, number]>();

function charWidth(ch: string, bold: boolean): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32];
  let known = seen.get(ch);
  if (!known) {
    const base = ch.normalize("NFD").charCodeAt(0);
    known =
      WIDER[ch] ??
      (base >= 32 && base <= 126
        ? [REGULAR[base - 32], BOLD[base - 32]]
        : // Anything else (a symbol we do not list) is taken as wide as a capital, so that it never overflows.
          [722, 722]);
    if (seen.size < 4096) seen.set(ch, known);
  }
  return known[bold ? 1 : 0];
}

/** Width of a text on one line, in points. */
export function textWidth(text: string, font: FontSpec): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) em += charWidth(ch, font.bold === true);
  return (em / 1000) * font.size;
}

/** A text measured once: the widths of its words, paragraph by paragraph, and of a space, in points. */
export interface MeasuredText {
  paragraphs: number[][];
  space: number;
}

export function measureText(text: string, font: FontSpec): MeasuredText {
  return {
    paragraphs: text.split("\n").map((p) =>
      p
        .split(" ")
        .filter((w) => w !== "")
        .map((w) => textWidth(w, font)),
    ),
    space: textWidth(" ", font),
  };
}

/**
 * Lines a measured text takes in a cell whose text area is `width` points wide: each paragraph wrapped at
 * spaces, a word longer than a line broken where it no longer fits.
 */
export function linesAt(text: MeasuredText, width: number): number {
  let lines = 0;
  for (const words of text.paragraphs) {
    lines++;
    let used = 0;
    for (let w of words) {
      if (used > 0 && used + text.space + w <= width) {
        used += text.space + w;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the line runs over as many lines as it needs.
      while (w > width) {
        lines++;
        w -= width;
      }
      used = w;
    }
  }
  return lines;
}

/** Lines a text takes in a cell whose text area is `width` points wide. */
export function wrappedLines(text: string, width: number, font: FontSpec): number {
  return linesAt(measureText(text, font), width);
}

/** Text area of a cell: its column width less the cell's padding and its indentation. */
export function cellTextWidth(columnWidth: number, indent = 0): number {
  return Math.max(10, columnWidth * POINTS_PER_WIDTH_UNIT - CELL_PADDING - indent * INDENT_STEP);
}

/** The row height, in points, that shows `lines` lines of a font size and no more. */
export function rowHeightFor(lines: number, size: number): number {
  const h = Math.ceil((lines * LINE_EM * size + ROW_PADDING) * 4) / 4;
  return Math.min(MAX_ROW_HEIGHT, Math.max(MIN_ROW_HEIGHT, h));
}
