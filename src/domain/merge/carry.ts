import type { TypedValue } from "../rules/check-cell";
import {
  CARRIER_TAG,
  chunks,
  CONSOLIDATION_TAG,
  COVERAGE_TAG,
  encodeCell,
  encodeCoverage,
  type CarriedCell,
} from "../layout/carriers";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../layout/identity";
import type { SheetLayout } from "../layout/model";
import type { Locale } from "../rules/finding";
import { baseName } from "./fit-cell";
import type { MergedTable } from "./merge";

/** The template columns whose cells a consolidation carries: value columns, and a list's label and notes too. */
function carriedColumns(table: MergedTable): string[] {
  const t = table.entry.template;
  const list = t.rows.some((r) => r.type === "entries");
  return t.columns
    .filter((c) => c.role === "value" || (list && (c.role === "label" || c.role === "note")))
    .map((c) => c.key);
}

/**
 * Adds a consolidation's carriers to its "Tổng hợp" layout (src/domain/layout/carriers.ts): the tag, one hidden
 * carrier column (or more, for long text) per carried template column, and the hidden coverage row. `rowOf` gives
 * the layout row of each row id (indicators, and entry rows `<block>.<n>`).
 */
export function addCarriers(
  layout: SheetLayout,
  table: MergedTable,
  r: { unit: string; period: string },
  locale: Locale,
  entryRows: ReadonlyMap<string, { leaf: number; values: ReadonlyMap<string, string | number> }>,
): void {
  const put = (row: number, col: number, value: string) =>
    layout.cells.push({ row, col, value, style: "id", locked: true });
  const keyRow = layout.cells.find((c) => c.col === ID_COLUMN && c.value === COLUMN_KEYS_TAG)!.row;
  const rowOf = new Map(
    layout.cells.flatMap((c) => (c.col === ID_COLUMN && typeof c.value === "string" ? [[c.value, c.row]] : [])),
  );
  // Row 4 of the id column is free in every title block (template, unit and period take rows 1-3).
  put(4, ID_COLUMN, CONSOLIDATION_TAG);

  const index = new Map(table.leaves.map((l, i) => [l, i]));
  const texts = new Map<string, Map<number, string>>();
  const add = (key: string, row: number | undefined, cell: CarriedCell) => {
    if (row === undefined || (cell.values.length === 0 && cell.excluded.length === 0)) return;
    const byRow = texts.get(key) ?? new Map<number, string>();
    byRow.set(row, encodeCell(cell));
    texts.set(key, byRow);
  };
  for (const c of table.cells) {
    const values: CarriedCell["values"] = [];
    const excluded: CarriedCell["excluded"] = [];
    for (const leaf of table.leaves) {
      const v = leaf.values.get(c.input.ref);
      if (v) values.push([index.get(leaf)!, v]);
      const x = leaf.excluded.get(c.input.ref);
      if (x) excluded.push([index.get(leaf)!, x.cell, x.value, x.reason]);
    }
    add(c.input.columnKey, rowOf.get(c.input.rowId), { values, excluded });
  }
  for (const [rowId, e] of entryRows)
    for (const [key, v] of e.values) {
      const value: TypedValue = typeof v === "number" ? { type: "number", value: v } : { type: "text", text: v };
      add(key, rowOf.get(rowId), { values: [[e.leaf, value]], excluded: [] });
    }

  let col = Math.max(...layout.columns.map((c) => c.col)) + 1;
  for (const key of carriedColumns(table)) {
    const byRow = texts.get(key) ?? new Map<number, string>();
    const split = new Map([...byRow].map(([row, t]) => [row, chunks(t)]));
    const width = Math.max(1, ...[...split.values()].map((c) => c.length));
    for (let k = 0; k < width; k++, col++) {
      put(keyRow, col, `${CARRIER_TAG}${key}${k > 0 ? `#${k + 1}` : ""}`);
      for (const [row, parts] of split) if (parts[k]) put(row, col, parts[k]);
      layout.columns.push({ col, width: 8, hidden: true });
    }
  }

  const coverageRow = layout.print.area.bottom + 2;
  put(coverageRow, ID_COLUMN, COVERAGE_TAG);
  const coverage = encodeCoverage({
    unit: r.unit,
    period: r.period,
    locale,
    leaves: table.leaves.map((l) => ({
      unit: l.unit,
      // The name the unit gave its file: where it lay on this computer means nothing one level up.
      file: baseName(l.file),
      sheet: l.sheet,
      period: l.period,
      via: l.via,
      errors: l.errors,
      warnings: l.warnings,
    })),
  });
  chunks(coverage).forEach((part, i) => put(coverageRow, ID_COLUMN + 1 + i, part));
  layout.rows.push({ row: coverageRow, hidden: true });
}
