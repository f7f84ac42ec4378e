import { execFileSync } from "node:child_process";

/** A word of a PDF page as poppler's pdftotext -bbox gives it, in points from the page's top left. */
export interface PdfWord {
  page: number;
  x: number;
  y: number;
  right: number;
  bottom: number;
  text: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every word of a PDF, page by page (poppler-utils' pdftotext). */
export function pdfWords(pdf: string): PdfWord[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of xml.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = line.match(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/);
    if (m) words.push({ page, x: +m[1], y: +m[2], right: +m[3], bottom: +m[4], text: unescape(m[5]) });
  }
  return words;
}

/** One printed body row: its STT, the words printed in its band, and where its text ends and the next row starts. */
export interface PrintedRow {
  page: number;
  stt: string;
  top: number;
  words: string[];
  textBottom: number;
  /** The next row's first line on the same page; undefined for the last row of a page. */
  nextTop?: number;
}

/**
 * The body rows of a printed table whose every row prints an STT, in order, found by their STT words: centred in
 * the STT column as the "STT" header repeated above them on every page. A row's band runs from its STT down to the
 * next row's; a line that does not fit its row is drawn past that and lands in the next band.
 */
export function printedRows(words: PdfWord[]): PrintedRow[] {
  const rows: PrintedRow[] = [];
  const center = (w: PdfWord) => (w.x + w.right) / 2;
  for (const page of [...new Set(words.map((w) => w.page))]) {
    const on = words.filter((w) => w.page === page);
    const header = on.find((w) => w.text === "STT");
    if (!header) continue;
    // The header's lower row starts above the bottom of "STT" (centred over both rows): the body starts below it.
    const bodyTop = Math.max(...on.filter((w) => w.y < header.bottom).map((w) => w.bottom));
    const body = on.filter((w) => w.y > bodyTop);
    // An STT is centred under the header and is the first word of its line (a note under the table is not).
    const first = (w: PdfWord) => !body.some((o) => o !== w && Math.abs(o.y - w.y) < 1 && o.x < w.x);
    const stts = body.filter((w) => Math.abs(center(w) - center(header)) < 6 && first(w)).sort((a, b) => a.y - b.y);
    stts.forEach((stt, i) => {
      const nextTop = stts[i + 1]?.y;
      const inRow = body
        .filter((w) => w.y >= stt.y - 0.5 && (nextTop === undefined || w.y < nextTop - 0.5) && w !== stt)
        .sort((a, b) => a.y - b.y || a.x - b.x);
      rows.push({
        page,
        stt: stt.text,
        top: stt.y,
        words: inRow.map((w) => w.text),
        textBottom: Math.max(stt.bottom, ...inRow.map((w) => w.bottom)),
        nextTop,
      });
    });
  }
  return rows;
}
