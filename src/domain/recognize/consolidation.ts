import type { Template } from "../catalog/schema";
import type { Grid } from "../grid";
import {
  CARRIER_TAG,
  CarrierError,
  CONSOLIDATION_TAG,
  COVERAGE_TAG,
  decodeCell,
  decodeCoverage,
  OUTPUT_TAG,
  type CarriedCell,
  type Coverage,
} from "../layout/carriers";
import { EXCEL_LIMITS } from "../layout/excel-limits";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../layout/identity";

/** What a consolidated sheet carries (DESIGN.md section 7), or why it cannot be read back. */
export type Consolidation =
  { ok: true; coverage: Coverage; cells: Map<string, CarriedCell> } | { ok: false; problem: "coverage" | "cells" };

const text = (grid: Grid, row: number, col: number) => {
  const v = grid.cell(row, col).value;
  return typeof v === "string" ? v : "";
};

/** Cells of a row from `from` on, joined until the first empty one: a text split over cells. */
function joined(grid: Grid, row: number, cols: readonly number[]): string {
  let out = "";
  for (const c of cols) {
    const t = text(grid, row, c);
    if (!t) break;
    out += t;
  }
  return out;
}

/**
 * The kind of a merge's own plain sheet ("detail", "sources", "checks"), read from its tag; undefined for any other
 * sheet. Only row 1 is read, however wide the sheet.
 */
export function mergeOutputKind(grid: Grid): string | undefined {
  if (grid.rowCount < 1) return undefined;
  for (let c = 1; c <= Math.min(grid.colCount, EXCEL_LIMITS.columns); c++) {
    const t = text(grid, 1, c);
    if (t.startsWith(OUTPUT_TAG)) return t.slice(OUTPUT_TAG.length);
  }
  return undefined;
}

/** Whether the id column says the sheet is a consolidation. */
export function isConsolidation(idColumn: readonly string[]): boolean {
  return idColumn.includes(CONSOLIDATION_TAG);
}

/**
 * Reads a consolidation's carriers: the coverage row and, for every placed row, the carrier columns named on the key
 * row. `rows` are the sheet rows by row id, as recognition placed them (rows moved by the user are found by id).
 */
export function readConsolidation(
  grid: Grid,
  idColumn: readonly string[],
  template: Template,
  rows: ReadonlyMap<string, number>,
): Consolidation {
  const coverageRow = idColumn.indexOf(COVERAGE_TAG) + 1;
  const keyRow = idColumn.indexOf(COLUMN_KEYS_TAG) + 1;
  if (coverageRow === 0 || keyRow === 0) return { ok: false, problem: "coverage" };
  const width = Math.min(grid.colCount, EXCEL_LIMITS.columns);
  const after = Array.from({ length: Math.max(0, width - ID_COLUMN) }, (_, i) => ID_COLUMN + 1 + i);
  let coverage: Coverage;
  try {
    coverage = decodeCoverage(joined(grid, coverageRow, after));
  } catch (e) {
    if (e instanceof CarrierError) return { ok: false, problem: "coverage" };
    throw e;
  }

  // Carrier columns by template column key, chunks in order ("y2019", "y2019#2", ...).
  const keys = new Set(template.columns.map((c) => c.key));
  const carriers = new Map<string, { chunk: number; col: number }[]>();
  for (const col of after) {
    const tag = text(grid, keyRow, col);
    if (!tag.startsWith(CARRIER_TAG)) continue;
    const [key, chunk = "1"] = tag.slice(CARRIER_TAG.length).split("#");
    if (!keys.has(key)) continue;
    carriers.set(key, [...(carriers.get(key) ?? []), { chunk: Number(chunk), col }]);
  }
  const cells = new Map<string, CarriedCell>();
  try {
    for (const [key, parts] of carriers) {
      const cols = parts.sort((a, b) => a.chunk - b.chunk).map((p) => p.col);
      for (const [rowId, row] of rows) {
        const t = joined(grid, row, cols);
        if (t) cells.set(`${rowId}@${key}`, decodeCell(t, coverage.leaves.length));
      }
    }
  } catch (e) {
    if (e instanceof CarrierError) return { ok: false, problem: "cells" };
    throw e;
  }
  return { ok: true, coverage, cells };
}
