/**
 * Sheets for the recognition tests, always built from real templates of the catalog: an injected sheet (the
 * layout as a grid), edits a user makes to it, and a sheet "laid out by hand" from the official document with
 * no carriers at all.
 */
import { catalog, type Template } from "../../../src/domain/catalog";
import { gridFromRows, type Grid, type RawCell } from "../../../src/domain/grid";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import type { SheetLayout } from "../../../src/domain/layout/model";

export type Cell = RawCell["value"];
export type Rows = Cell[][];

export const template = (id: string): Template => {
  const e = catalog().get(id);
  if (!e) throw new Error(`no template ${id}`);
  return e.template;
};

/**
 * The layout's cells as rows of values. With `repeatMerged`, every cell of a merge shows the merge's value, as
 * ExcelJS reads merged cells; without, only the top-left cell does, as Office.js reads them.
 */
export function layoutRows(layout: SheetLayout, opts: { repeatMerged?: boolean } = {}): Rows {
  const rows: Rows = [];
  const set = (r: number, c: number, v: Cell) => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1];
    while (row.length < c) row.push(null);
    row[c - 1] = v;
  };
  for (const cell of layout.cells) set(cell.row, cell.col, cell.value);
  if (opts.repeatMerged)
    for (const m of layout.merges) {
      const v = rows[m.top - 1]?.[m.left - 1] ?? null;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) set(r, c, v);
    }
  return rows;
}

export const injected = (id: string, unit = "UBND huyện Cam Lâm", period = "Năm 2020") =>
  buildLayout(template(id), { unit, period });

export const toGrid = (rows: Rows, name = "Sheet1"): Grid => gridFromRows(name, rows);

/** Inserts an empty row so that it becomes row `at` (1-based). */
export function insertRow(rows: Rows, at: number, values: Cell[] = []): void {
  rows.splice(at - 1, 0, values);
}

/** Moves row `from` so that it becomes row `to` (1-based, counted after removal). */
export function moveRow(rows: Rows, from: number, to: number): void {
  const [row] = rows.splice(from - 1, 1);
  rows.splice(to - 1, 0, row);
}

/** Inserts an empty column so that it becomes column `at` (1-based). */
export function insertColumn(rows: Rows, at: number): void {
  for (const row of rows) {
    while (row.length < at - 1) row.push(null);
    row.splice(at - 1, 0, null);
  }
}

/** Where each id of column 1 now is. */
export function idRows(rows: Rows): Map<string, number> {
  const at = new Map<string, number>();
  rows.forEach((row, i) => {
    const v = row[0];
    if (typeof v === "string" && !v.startsWith("#") && !v.startsWith("cchc-") && !at.has(v)) at.set(v, i + 1);
  });
  return at;
}

/** "thủ tục hành chính" <-> "TTHC" etc., as officers retype labels. */
export function abbreviate(label: string): string {
  return label
    .replace(/thủ tục hành chính/gi, "TTHC")
    .replace(/Ủy ban nhân dân/g, "UBND")
    .replace(/\bTTĐT\b/g, "Thông tin điện tử")
    .replace(/văn bản quy phạm pháp luật/gi, "VBQPPL")
    .replace(/cán bộ, công chức, viên chức/g, "CBCCVC");
}

/** The old tone placement ("hoà", "uỷ", "thuỷ", "khoẻ") that many documents still use. */
export function oldTones(label: string): string {
  const words: [string, string][] = [
    ["hóa", "hoá"],
    ["Hóa", "Hoá"],
    ["hòa", "hoà"],
    ["Hòa", "Hoà"],
    ["HÓA", "HOÁ"],
    ["ủy", "uỷ"],
    ["Ủy", "Uỷ"],
    ["thủy", "thuỷ"],
    ["khỏe", "khoẻ"],
    ["thỏa", "thoả"],
  ];
  return words.reduce((s, [from, to]) => s.replace(new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, "gu"), to), label);
}

export interface HandMadeOptions {
  unit?: string;
  period?: string;
  /** Extra lines above the table (after the official title). */
  extraTitle?: string[];
  /** Omit the official title and headings. */
  noTitle?: boolean;
  /** Column keys in the order of the sheet (default: the template's order with the label column last). */
  order?: string[];
  /** Header text per column key, where it differs from the template's. */
  headers?: Record<string, string>;
  /** Rewrites the label of these indicator/section ids (abbreviation, old tones, ...). */
  relabel?: Record<string, (label: string) => string>;
  /** Rows left out (ids). */
  omit?: string[];
  /** A blank row after every n-th body row. */
  blankEvery?: number;
  /** A row the template does not have, with a value, after the row of this id. */
  junkAfter?: string;
  /** Labels of entries typed under each block of entries. */
  entries?: Record<string, string[]>;
}

export interface HandMade {
  rows: Rows;
  /** Sheet row of every indicator (and entries row) as the builder placed it. */
  at: Map<string, number>;
  /** Sheet column of every template column key. */
  col: Map<string, number>;
  junkRow?: number;
  headerRow: number;
}

/**
 * A sheet typed from the official document: title lines, "Đơn vị báo cáo: ...", "Kỳ báo cáo: ...", one header
 * row, then the rows (STT, label, unit of measure, reporter, values) with the columns in another order, some
 * blank rows, and no hidden ids.
 */
export function handMade(t: Template, opts: HandMadeOptions = {}): HandMade {
  const labelKey = t.columns.find((c) => c.role === "label")!.key;
  const order = opts.order ?? [...t.columns.map((c) => c.key).filter((k) => k !== labelKey), labelKey];
  const col = new Map(order.map((k, i) => [k, i + 1]));
  const rows: Rows = [];
  if (!opts.noTitle) {
    rows.push([t.table ? `${t.appendix} - Bảng ${t.table}` : t.appendix]);
    for (const line of [...t.title, ...t.headings])
      rows.push([line.replace("{unit}", (opts.unit ?? "").toLocaleUpperCase("vi"))]);
  }
  for (const line of opts.extraTitle ?? []) rows.push([line]);
  if (opts.unit !== undefined) rows.push([`Đơn vị báo cáo: ${opts.unit}`]);
  if (opts.period !== undefined) rows.push([`Kỳ báo cáo: ${opts.period}`]);
  rows.push([]);
  rows.push(order.map((k) => opts.headers?.[k] ?? t.columns.find((c) => c.key === k)!.header));
  const headerRow = rows.length;

  const at = new Map<string, number>();
  let body = 0;
  let junkRow: number | undefined;
  const push = (cells: Record<string, Cell>): number => {
    rows.push(order.map((k) => cells[k] ?? null));
    const row = rows.length;
    body++;
    if (opts.blankEvery && body % opts.blankEvery === 0) rows.push([]);
    return row;
  };
  for (const r of t.rows) {
    if (r.type === "entries") {
      (opts.entries?.[r.id] ?? []).forEach((label, i) => {
        at.set(`${r.id}.${i + 1}`, push({ [labelKey]: label, ...valueCells(t, i + 1) }));
      });
      continue;
    }
    if (r.id && opts.omit?.includes(r.id)) continue;
    const label = r.id && opts.relabel?.[r.id] ? opts.relabel[r.id](r.label) : r.label;
    const cells: Record<string, Cell> = { [labelKey]: label };
    for (const c of t.columns) {
      if (c.role === "stt") cells[c.key] = r.stt ?? null;
      if (c.role === "unit") cells[c.key] = r.unit ?? null;
      if (c.role === "reporter") cells[c.key] = r.reporter ?? null;
    }
    if (r.type === "indicator") Object.assign(cells, valueCells(t, 1));
    const row = push(cells);
    if (r.type === "indicator") at.set(r.id, row);
    if (r.id && r.id === opts.junkAfter) {
      rows.splice(
        row,
        0,
        order.map((k) => (k === labelKey ? "Chi phí mua văn phòng phẩm" : null)),
      );
      junkRow = row + 1;
      const firstValue = t.columns.find((c) => c.role === "value")!.key;
      rows[junkRow - 1][col.get(firstValue)! - 1] = 1234;
    }
  }
  rows.push([]);
  rows.push(["Người lập biểu", null, "Thủ trưởng đơn vị"]);
  return { rows, at, col, junkRow, headerRow };
}

function valueCells(t: Template, v: number): Record<string, Cell> {
  return Object.fromEntries(t.columns.filter((c) => c.role === "value").map((c) => [c.key, v]));
}
