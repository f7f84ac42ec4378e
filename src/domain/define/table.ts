import type { Column } from "../catalog/schema";
import type { Grid } from "../grid";
import { INPUT_LEGEND } from "../layout/build-layout";
import { COLUMN_KEYS_TAG, ID_COLUMN, parseIdentity } from "../layout/identity";
import { readSheet, type SheetText } from "../recognize/sheet-text";
import { foldWord } from "../text/fold";

/**
 * A table laid out as the official appendices are, read from a grid: the lines above it (title, "Kèm theo ..."),
 * one to three header rows (upper headers spanning the columns they group), the body, and the notes under it.
 * Merged cells arrive as their top-left value only, so spans are read from the empty cells beside a header.
 */

export type ColumnRole = Column["role"];

export interface TableColumn {
  /** 1-based sheet column. */
  col: number;
  header: string;
  /** The upper header over this one ("Kết quả thống kê"). */
  group?: string;
  role: ColumnRole;
}

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  stt: string;
  label: string;
  unit: string;
  reporter: string;
  /** The number of an "Điểm tối đa" column. */
  max?: number;
  /** Text of info columns, by sheet column. */
  info: Map<number, string>;
  /** Some value cell holds something (a filled report). */
  filled: boolean;
}

export interface Table {
  /** Text lines above the header, top first. */
  lines: { row: number; text: string }[];
  headerRows: number[];
  columns: TableColumn[];
  rows: TableRow[];
  /** Lines printed under the table. */
  notes: string[];
}

export type TableFailure = "noHeader" | "noLabelColumn" | "noRows";

/** How far down a header is looked for: title blocks are a handful of lines. */
const HEADER_SEARCH = 60;

/** Header texts that name a column's role, normalised without diacritics. */
const ROLE_HEADERS: [ColumnRole, RegExp][] = [
  ["stt", /^(?:stt|tt|so tt|so thu tu)$/],
  ["unit", /^(?:don vi tinh|dvt)(?: |$)/],
  ["note", /^ghi chu(?: |$)/],
  ["max", /^diem toi da(?: |$)/],
  [
    "reporter",
    /^(?:don vi (?:bao cao|tong hop|thuc hien|chu tri)|co quan (?:chu tri|thuc hien|bao cao)|chu tri|tinh thanh pho)(?: |$)/,
  ],
  [
    "label",
    /^(?:chi tieu|noi dung|ten chi tieu|linh vuc|nhiem vu|ten nhiem vu|giai doan|cac muc tieu|tieu chi|danh muc|hang muc)(?: |\/|$)/,
  ],
];
const VALUE_HEADER = /^(?:nam (?:19|20)\d\d|so lieu|ket qua|gia tri|thuc hien|ke hoach|muc tieu|diem)(?: |$)/;

/** Header text as compared: no diacritics, no punctuation but "/", single spaces. */
function headerKey(text: string): string {
  return foldWord(text)
    .replace(/[^a-z0-9/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function roleOfHeader(header: string): ColumnRole | undefined {
  const key = headerKey(header);
  return ROLE_HEADERS.find(([, re]) => re.test(key))?.[0];
}

const HAS_LETTERS = /\p{L}.*\p{L}/u;
const MOTTO = /cong hoa xa hoi chu nghia|doc lap tu do/;
/** "Đơn vị báo cáo: ...", "Kỳ báo cáo: ...": a label and a value, a line of the title block. */
const META_LINE = /^[^:]{1,40}:\s*\S/u;

/** A numbering row under the header: "(1) (2) (3)", "1 2 3", "A B 1". */
const NUMBERING_CELL = /^\(?(?:\d{1,2}|[A-Z])\)?(?:\s*[=+*-]\s*\(?(?:\d{1,2}|[A-Z])\)?)*$/;

/** An STT as printed: "1", "1.2.", "I", "II.", "a)", "-", "+". */
export const STT_LIKE = /^(?:\(?\d+(?:\.\d+)*\.?\)?|[IVXLC]+\.?|[a-zđ][.)]|[-–—+•*])$/iu;

/** A line under the table, even when typed in the label column: "Ghi chú: ...", "Lưu ý: ...". */
const NOTE_LINE = /^(?:ghi chú|lưu ý|chú thích|chú giải|nguồn số liệu)\s*:/iu;

/** Answers typed into value cells: they do not make a column one of fixed text. */
const ANSWERS = new Set(["co", "khong", "dat", "khong dat", "x", "chua", "dung han", "qua han", "hoan thanh"]);

function nonEmpty(sheet: SheetText, row: number): number[] {
  const cols: number[] = [];
  for (let c = 1; c <= sheet.colCount; c++) if (sheet.text(row, c)) cols.push(c);
  return cols;
}

function isHeaderRow(sheet: SheetText, row: number): boolean {
  const cols = nonEmpty(sheet, row);
  const texts = cols.map((c) => sheet.text(row, c)).filter((t) => HAS_LETTERS.test(t));
  if (texts.length < 2) return false;
  if (texts.some((t) => MOTTO.test(headerKey(t)) || META_LINE.test(t))) return false;
  const known = texts.some((t) => roleOfHeader(t) !== undefined || VALUE_HEADER.test(headerKey(t)));
  return known || texts.length >= 3;
}

function isNumberingRow(sheet: SheetText, row: number): boolean {
  const cols = nonEmpty(sheet, row);
  return cols.length >= 2 && cols.every((c) => NUMBERING_CELL.test(sheet.text(row, c)));
}

/** Header rows from `top` down: a row belongs to the header while it fills columns the rows above left empty. */
function headerRows(sheet: SheetText, top: number): number[] {
  const rows = [top];
  for (let r = top + 1; r <= Math.min(sheet.rowCount, top + 3); r++) {
    const cols = nonEmpty(sheet, r);
    if (cols.length === 0 || cols.some((c) => !HAS_LETTERS.test(sheet.text(r, c)) && !/^\d{4}$/.test(sheet.text(r, c))))
      break;
    const fillsGap = cols.some((c) => rows.every((h) => !sheet.text(h, c)));
    if (!fillsGap) break;
    rows.push(r);
  }
  return rows;
}

/** Each header column: its own (lowest) header text, and the upper header spanning it, if any. */
function headerColumns(sheet: SheetText, rows: number[]): { col: number; header: string; group?: string }[] {
  const filled = rows.flatMap((r) => nonEmpty(sheet, r));
  const left = Math.min(...filled);
  const right = Math.max(...filled);
  const lowest = new Map<number, number>();
  for (let c = left; c <= right; c++) {
    const at = [...rows].reverse().find((r) => sheet.text(r, c));
    if (at !== undefined) lowest.set(c, at);
  }
  const out: { col: number; header: string; group?: string }[] = [];
  for (let c = left; c <= right; c++) {
    const at = lowest.get(c);
    if (at === undefined) continue;
    let group: string | undefined;
    const above = rows[rows.indexOf(at) - 1];
    if (above !== undefined)
      for (let g = c; g >= left; g--) {
        if ((lowest.get(g) ?? Infinity) < at) break;
        if (sheet.text(above, g)) {
          group = sheet.text(above, g);
          break;
        }
      }
    out.push({ col: c, header: sheet.text(at, c), ...(group ? { group } : {}) });
  }
  return out;
}

const number = (text: string): number | undefined => {
  const n = Number(text.replace(/\s/g, "").replace(",", "."));
  return text !== "" && Number.isFinite(n) ? n : undefined;
};

/**
 * The sheet as the user sees it: a sheet injected by this tool (last year's template, say) keeps its hidden id
 * column and row of column keys, which are no part of the table.
 */
function visibleText(grid: Grid): SheetText {
  const sheet = readSheet(grid);
  const ids: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) ids.push(sheet.text(r, ID_COLUMN));
  if (!parseIdentity(ids)) return sheet;
  const keyRow = ids.indexOf(COLUMN_KEYS_TAG) + 1;
  const hidden = (row: number, col: number) => col === ID_COLUMN || row === keyRow;
  return {
    ...sheet,
    text: (row, col) => (hidden(row, col) ? "" : sheet.text(row, col)),
    filled: (row, col) => !hidden(row, col) && sheet.filled(row, col),
    norm: (row, col) => (hidden(row, col) ? "" : sheet.norm(row, col)),
    loose: (row, col) => (hidden(row, col) ? "" : sheet.loose(row, col)),
    blankRow: (row, skip) => row === keyRow || sheet.blankRow(row, new Set([...(skip ?? []), ID_COLUMN])),
  };
}

/** Reads the table of a grid, or says why there is none. */
export function readTable(grid: Grid): Table | TableFailure {
  const sheet = visibleText(grid);
  let top: number | undefined;
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH); r++)
    if (isHeaderRow(sheet, r)) {
      top = r;
      break;
    }
  if (top === undefined) return "noHeader";
  const hRows = headerRows(sheet, top);
  const heads = headerColumns(sheet, hRows);
  let first = hRows[hRows.length - 1] + 1;
  if (isNumberingRow(sheet, first)) first++;

  const lines: Table["lines"] = [];
  for (let r = 1; r < top; r++) {
    const texts = nonEmpty(sheet, r).map((c) => sheet.text(r, c));
    for (const text of texts) lines.push({ row: r, text });
  }

  const roles = new Map<number, ColumnRole>();
  for (const h of heads) {
    const role = roleOfHeader(h.header);
    if (role && ![...roles.values()].includes(role)) roles.set(h.col, role);
  }
  const headerCols = new Set(heads.map((h) => h.col));
  const bodyRows: number[] = [];
  for (let r = first; r <= sheet.rowCount; r++) if (nonEmpty(sheet, r).some((c) => headerCols.has(c))) bodyRows.push(r);

  const letterCount = (c: number) => bodyRows.filter((r) => HAS_LETTERS.test(sheet.text(r, c))).length;
  if (![...roles.values()].includes("label")) {
    const candidates = heads.filter((h) => !roles.has(h.col));
    const best = candidates.reduce<{ col: number; n: number } | undefined>((b, h) => {
      const n = letterCount(h.col);
      return n > (b?.n ?? 0) ? { col: h.col, n } : b;
    }, undefined);
    if (!best) return "noLabelColumn";
    roles.set(best.col, "label");
  }
  const labelCol = [...roles].find(([, r]) => r === "label")![0];
  if (![...roles.values()].includes("stt")) {
    const stt = heads.find(
      (h) =>
        h.col < labelCol &&
        !roles.has(h.col) &&
        bodyRows.some((r) => sheet.text(r, h.col)) &&
        bodyRows.every((r) => !sheet.text(r, h.col) || STT_LIKE.test(sheet.text(r, h.col))),
    );
    if (stt) roles.set(stt.col, "stt");
  }

  // The body ends where a line stands alone outside the label column (a note, the input legend).
  const notes: string[] = [];
  const body: number[] = [];
  for (const r of bodyRows) {
    const cols = nonEmpty(sheet, r);
    const lone =
      cols.length === 1 &&
      ((cols[0] !== labelCol && roles.get(cols[0]) !== "stt") || NOTE_LINE.test(sheet.text(r, cols[0])));
    const sttOnly = cols.length === 1 && roles.get(cols[0]) === "stt" && !STT_LIKE.test(sheet.text(r, cols[0]));
    if (notes.length > 0 || ((lone || sttOnly) && HAS_LETTERS.test(sheet.text(r, cols[0])))) {
      const text = cols.map((c) => sheet.text(r, c)).join(" ");
      if (text !== INPUT_LEGEND) notes.push(text);
      continue;
    }
    body.push(r);
  }
  for (let r = (body[body.length - 1] ?? first) + 1; r <= sheet.rowCount; r++) {
    if (bodyRows.includes(r)) continue;
    const text = nonEmpty(sheet, r)
      .map((c) => sheet.text(r, c))
      .join(" ");
    if (text && text !== INPUT_LEGEND && !notes.includes(text)) notes.push(text);
  }

  const labelled = body.filter((r) => sheet.text(r, labelCol));
  for (const h of heads) {
    if (roles.has(h.col)) continue;
    // Fixed text in most rows (Sản phẩm, Yêu cầu chất lượng): an info column; empty or figures: a value column.
    const texts = labelled.filter((r) => {
      const t = sheet.text(r, h.col);
      return HAS_LETTERS.test(t) && !ANSWERS.has(headerKey(t));
    }).length;
    roles.set(h.col, texts >= Math.max(2, labelled.length * 0.3) ? "info" : "value");
  }
  const columns: TableColumn[] = heads.map((h) => ({ ...h, role: roles.get(h.col)! }));
  const colOf = (role: ColumnRole) => columns.find((c) => c.role === role)?.col;
  const sttCol = colOf("stt");
  const unitCol = colOf("unit");
  const reporterCol = colOf("reporter");
  const maxCol = colOf("max");
  const valueCols = columns.filter((c) => c.role === "value").map((c) => c.col);
  const infoCols = columns.filter((c) => c.role === "info").map((c) => c.col);

  const rows: TableRow[] = body.map((r) => {
    const text = (c: number | undefined) => (c === undefined ? "" : sheet.text(r, c));
    return {
      row: r,
      stt: text(sttCol),
      label: text(labelCol),
      unit: text(unitCol),
      reporter: text(reporterCol),
      ...(maxCol !== undefined && number(text(maxCol)) !== undefined ? { max: number(text(maxCol)) } : {}),
      info: new Map(infoCols.filter((c) => text(c)).map((c) => [c, text(c)])),
      filled: valueCols.some((c) => sheet.filled(r, c)),
    };
  });
  if (!rows.some((r) => r.label)) return "noRows";
  return { lines, headerRows: hRows, columns, rows, notes };
}
