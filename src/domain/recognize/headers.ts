import type { Column, Template } from "../catalog/schema";
import { looseLabel, normalizeLabel } from "./normalize-label";
import type { SheetText } from "./sheet-text";

/** What the header rows above a table say about its columns. */
export interface HeaderMatch {
  /** Template column key -> sheet column, for the headers recognised without doubt. */
  columns: Map<string, number>;
  /** Header rows found, top first (empty when none). */
  rows: number[];
  /** Non-empty header cells that name no column or group of the template. */
  unmatched: number;
}

/** How far above the first body row a header may sit (a numbering row "(1) (2) ..." may come between). */
const HEADER_SEARCH = 6;

interface HeaderKeys {
  col: Column;
  key: string;
  loose: string;
  group: string;
  years: string[];
}

const YEAR_ONLY = /^(?:năm )?((?:19|20)\d\d)$/;

function headerKeys(template: Template): HeaderKeys[] {
  return template.columns.map((col) => ({
    col,
    key: normalizeLabel(col.header),
    loose: looseLabel(col.header),
    group: col.group ? normalizeLabel(col.group) : "",
    years: col.header.match(/(?:19|20)\d\d/g) ?? [],
  }));
}

/** Template columns a header cell can name: exactly, without its parenthesis, or by its year ("Năm 2023"). */
function candidates(keys: HeaderKeys[], norm: string, loose: string): HeaderKeys[] {
  const exact = keys.filter((k) => k.key === norm);
  if (exact.length > 0) return exact;
  const looser = keys.filter((k) => k.loose !== "" && (k.loose === loose || k.loose === norm || k.key === loose));
  if (looser.length > 0) return looser;
  const year = (YEAR_ONLY.exec(norm) ?? YEAR_ONLY.exec(loose))?.[1];
  if (year) {
    const byYear = keys.filter((k) => k.col.role === "value" && k.years.includes(year));
    if (byYear.length === 1) return byYear;
  }
  return [];
}

/**
 * Reads the header rows just above `bodyTop` and maps each header cell to a template column. Columns may be
 * in any order. A header that names several columns (Bình Định Phụ lục 4 III repeats "Thuộc UBND cấp tỉnh"
 * under four groups) is resolved by the group above it, else by order when the sheet repeats it exactly as
 * often as the template does; otherwise it stays unmapped: no guess.
 */
export function matchHeaders(sheet: SheetText, template: Template, bodyTop: number): HeaderMatch {
  const keys = headerKeys(template);
  const groups = new Set(keys.map((k) => k.group).filter((g) => g));
  const found: { row: number; col: number; norm: string; cands: HeaderKeys[] }[] = [];
  const rows: number[] = [];
  let unmatched = 0;
  for (let r = bodyTop - 1; r >= Math.max(1, bodyTop - HEADER_SEARCH); r--) {
    let hits = 0;
    let missed = 0;
    const inRow: typeof found = [];
    for (let c = 1; c <= sheet.colCount; c++) {
      const text = sheet.text(r, c);
      const norm = sheet.norm(r, c) || (/^(?:19|20)\d\d$/.test(text) ? text : "");
      if (!norm) continue;
      const cands = candidates(keys, norm, sheet.loose(r, c));
      if (cands.length > 0) {
        inRow.push({ row: r, col: c, norm, cands });
        hits++;
      } else if (groups.has(norm)) hits++;
      else missed++;
    }
    // A header row names mostly columns of the template; a row of other words is not one.
    if (hits === 0 || hits < missed) {
      if (rows.length > 0) break;
      continue;
    }
    rows.unshift(r);
    unmatched += missed;
    found.push(...inRow);
  }

  const columns = new Map<string, number>();
  const usedCols = new Set<number>();
  const assign = (k: HeaderKeys, col: number) => {
    if (columns.has(k.col.key) || usedCols.has(col)) return;
    columns.set(k.col.key, col);
    usedCols.add(col);
  };
  for (const f of found) {
    if (f.cands.length === 1) {
      assign(f.cands[0], f.col);
      continue;
    }
    const group = groupAbove(sheet, f.row, f.col, rows);
    const byGroup = f.cands.filter((k) => k.group !== "" && k.group === group);
    if (byGroup.length === 1) {
      assign(byGroup[0], f.col);
      continue;
    }
    const same = found.filter((g) => g.row === f.row && g.norm === f.norm);
    if (same.length === f.cands.length) assign(f.cands[same.indexOf(f)], f.col);
  }
  return { columns, rows, unmatched };
}

/** The group header over a cell: the nearest text at or left of it in a header row above (merged cells). */
function groupAbove(sheet: SheetText, row: number, col: number, headerRows: number[]): string {
  for (const r of headerRows.filter((h) => h < row).reverse())
    for (let c = col; c >= 1; c--) {
      const n = sheet.norm(r, c);
      if (n) return n;
    }
  return "";
}
