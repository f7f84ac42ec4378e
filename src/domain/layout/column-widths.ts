import type { Column, Row, Template } from "../catalog/schema";
import { STYLES, type StyleName } from "./styles";
import {
  CELL_PADDING,
  POINTS_PER_WIDTH_UNIT,
  cellTextWidth,
  linesAt,
  measureText,
  rowHeightFor,
  textWidth,
  wrappedLines,
} from "./text-metrics";

/**
 * Column widths of an official table, in the spreadsheet's width units. Each column first gets what its role and
 * content need; then, when the table is narrower than the printed page, the room left is given to the columns
 * whose text wraps, a few units at a time, wherever it saves the most height: the table fills the width of an A4
 * landscape page and prints on as few pages as its text allows.
 */

/** A4 landscape (297 mm) less the 0.4-inch side margins the writers set, in width units. */
export const PRINT_WIDTH_UNITS = Math.floor((841.89 - 2 * 0.4 * 72) / POINTS_PER_WIDTH_UNIT);

type TextRow = Exclude<Row, { type: "entries" }>;

/** The styles a body row's text cells print in: its STT, its label (and indentation), its other text. */
export function rowStyles(row: TextRow): { stt: StyleName; label: StyleName; text: StyleName; indent: number } {
  const heading = row.type === "section" && row.level === 0;
  return {
    // A top-level heading is shaded across; its STT and label are bold (its STT centred, as every STT is),
    // its other cells plain text, as printed.
    stt: heading ? "sectionStt" : "stt",
    // Top-level rows print bold as in the sources; a PAR Index field is an indicator and still a heading.
    label: row.level === 0 ? (heading ? "section" : "strong") : "label",
    text: heading ? "sectionText" : "fixed",
    indent: Math.max(0, row.level - 1),
  };
}

/** The text a body row prints in a column, if any (input cells hold only what a template prefills). */
function printedText(row: TextRow, col: Column): string | undefined {
  const v =
    col.role === "stt"
      ? row.stt
      : col.role === "label"
        ? row.label
        : col.role === "unit"
          ? row.unit
          : col.role === "reporter"
            ? row.reporter
            : row.cells?.[col.key];
  return v === undefined ? undefined : String(v);
}

/** The height, in points, a cell's text needs in its style at a column width. */
export function heightFor(text: string, width: number, style: StyleName, indent = 0): number {
  const s = STYLES[style];
  const font = { size: s.size, bold: s.bold };
  const lines = s.wrap ? wrappedLines(text, cellTextWidth(width, indent), font) : text.split("\n").length;
  return rowHeightFor(lines, s.size);
}

/** The width, in units, that shows a text on one line in a style. */
function oneLine(text: string, style: StyleName): number {
  const s = STYLES[style];
  return Math.ceil((textWidth(text, { size: s.size, bold: s.bold }) + CELL_PADDING) / POINTS_PER_WIDTH_UNIT);
}

/** What a column needs before the page's spare width is shared out. */
function naturalWidth(col: Column, rows: readonly TextRow[]): number {
  const headerWord = Math.max(...col.header.split(/\s+/).map((w) => oneLine(w, "header")));
  const longest = (values: (string | undefined)[]) =>
    Math.max(0, ...values.map((v) => (v === undefined ? 0 : v.length)));
  const clamp = (n: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, n)));
  const texts = rows.map((r) => printedText(r, col));
  switch (col.role) {
    case "stt":
      return clamp(Math.max(oneLine(col.header, "header"), ...texts.map((t) => (t ? oneLine(t, "stt") : 0))), 5, 10);
    case "label":
      return clamp(longest(texts) * 0.6, 36, 62);
    case "unit":
      return clamp(Math.max(headerWord, longest(texts) * 0.6), 10, 18);
    case "reporter":
      return clamp(Math.max(headerWord, longest(texts) * 0.5), 14, 30);
    case "info":
      return clamp(Math.max(headerWord, longest(texts) * 0.5), 12, 36);
    case "max":
      // The whole header on one line: "Điểm tối đa" never breaks as "Điểm tối / đa".
      return clamp(oneLine(col.header, "header"), 8, 14);
    case "note":
      return 18;
    case "value":
      return clamp(Math.max(headerWord, col.header.length / 3, col.rule?.kind === "text" ? 24 : 0), 10, 24);
  }
}

const WRAPPING: ReadonlySet<Column["role"]> = new Set(["label", "unit", "reporter", "info"]);

/**
 * Shares `spare` units among the wrapping columns: each time to the column, and by the few units, that save the
 * most body height per unit, until nothing more is saved or nothing is left.
 */
function shareSpare(widths: number[], template: Template, rows: readonly TextRow[], spare: number): number[] {
  const cols = template.columns;
  const candidates = cols.flatMap((c, i) => (WRAPPING.has(c.role) && !c.width ? [i] : []));
  // need[i][w][r]: the height row r needs for column i's text at width widths[i] + w (each text measured once).
  const need = new Map<number, number[][]>();
  for (const i of candidates) {
    const col = cols[i];
    const texts = rows.map((row) => {
      const text = printedText(row, col);
      if (!text) return undefined;
      const st = rowStyles(row);
      const s = STYLES[col.role === "label" ? st.label : st.text];
      return {
        m: measureText(text, { size: s.size, bold: s.bold }),
        size: s.size,
        indent: col.role === "label" ? st.indent : 0,
      };
    });
    need.set(
      i,
      Array.from({ length: spare + 1 }, (_, w) =>
        texts.map((t) => (t ? rowHeightFor(linesAt(t.m, cellTextWidth(widths[i] + w, t.indent)), t.size) : 0)),
      ),
    );
  }
  // Heights of the columns that do not take spare units, per row.
  const fixed = rows.map((row) =>
    Math.max(
      0,
      ...cols.flatMap((col, i) => {
        if (need.has(i)) return [];
        const text = printedText(row, col);
        return text ? [heightFor(text, widths[i], col.role === "stt" ? rowStyles(row).stt : "fixed")] : [];
      }),
    ),
  );
  const added = new Map(candidates.map((i) => [i, 0]));
  const heightAt = (i: number, r: number, extra = 0) => need.get(i)![added.get(i)! + extra][r];
  let current = rows.reduce((sum, _, r) => sum + Math.max(fixed[r], ...candidates.map((i) => heightAt(i, r))), 0);
  let left = spare;
  while (left > 0) {
    let best: { i: number; by: number; perUnit: number; total: number } | undefined;
    for (const i of candidates) {
      // What every row needs from the other columns, as they are now.
      const others = rows.map((_, r) => Math.max(fixed[r], ...candidates.map((j) => (j === i ? 0 : heightAt(j, r)))));
      for (let by = 1; by <= left; by++) {
        const t = others.reduce((sum, o, r) => sum + Math.max(o, heightAt(i, r, by)), 0);
        const perUnit = (current - t) / by;
        if (perUnit > 0) {
          if (!best || perUnit > best.perUnit) best = { i, by, perUnit, total: t };
          break;
        }
      }
    }
    if (!best) break;
    added.set(best.i, added.get(best.i)! + best.by);
    left -= best.by;
    current = best.total;
  }
  return widths.map((w, i) => w + (added.get(i) ?? 0));
}

const cache = new WeakMap<Template, number[]>();

/** The width of each column of the template, in units (memoised: widths depend on the template alone). */
export function columnWidths(template: Template): number[] {
  const known = cache.get(template);
  if (known) return known;
  const rows = template.rows.filter((r): r is TextRow => r.type !== "entries");
  const natural = template.columns.map((c) => c.width ?? naturalWidth(c, rows));
  const spare = PRINT_WIDTH_UNITS - natural.reduce((a, b) => a + b, 0);
  const widths = spare > 0 ? shareSpare(natural, template, rows, spare) : natural;
  cache.set(template, widths);
  return widths;
}
