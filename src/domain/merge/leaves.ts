import { cellAddress } from "../address";
import type { Locale } from "../rules/finding";
import type { TypedValue } from "../rules/check-cell";
import { CheckedCells } from "../rules/checked-cells";
import type { CheckedCell } from "../rules/validate-sheet";
import { describe, type Excluded } from "./consolidate";
import type { Consolidation } from "../recognize/consolidation";
import { unitKey } from "../text/names";
import type { Submission } from "./select";

/** One row of a list appendix (Sơn La Phụ lục I) as a unit filled it. */
export interface LeafEntry {
  block: string;
  values: Map<string, string | number>;
}

/**
 * A reporting unit's figures as they count toward a consolidation: its valid values by cell ref ("<rowId>@<column>"),
 * and the values left out because an error finding points at them (DESIGN.md section 7: never in a total, never
 * dropped silently). A unit's own sheet is one leaf.
 */
export interface Leaf {
  unit: string;
  unitKey: string;
  file: string;
  sheet: string;
  period: string;
  /** The input (file and sheet) that brought this unit's figures. */
  input: Submission;
  /** The consolidations this unit's figures came through, nearest the unit first: none for its own file. */
  via: string[];
  /** Its place among the units its input covers (0 for a unit's own sheet). */
  position: number;
  values: ReadonlyMap<string, TypedValue>;
  excluded: Map<string, Excluded>;
  entries: LeafEntry[];
  errors: number;
  warnings: number;
}

/**
 * The leaves an included sheet brings: a unit's own sheet is one; a consolidation brings every unit it covers, with
 * their values and exclusions as it carries them (src/domain/layout/carriers.ts).
 */
export function leavesOf(s: Submission, locale: Locale): Leaf[] {
  const c = s.report.recognition.consolidation;
  return c?.ok ? carriedLeaves(s, c) : [ownLeaf(s, locale)];
}

function carriedLeaves(s: Submission, c: Extract<Consolidation, { ok: true }>): Leaf[] {
  const values = c.coverage.leaves.map(() => new Map<string, TypedValue>());
  const leaves: Leaf[] = c.coverage.leaves.map((l, position) => ({
    unit: l.unit,
    unitKey: unitKey(l.unit),
    file: l.file,
    sheet: l.sheet,
    period: l.period,
    input: s,
    via: [...l.via, s.unit],
    position,
    values: values[position],
    excluded: new Map(),
    entries: [],
    errors: l.errors,
    warnings: l.warnings,
  }));
  const template = s.report.recognition.entry.template;
  const blocks = new Set(template.rows.filter((r) => r.type === "entries").map((r) => r.id));
  const entries = new Map<string, { leaf: Leaf; entry: LeafEntry }>();
  for (const [ref, cell] of c.cells) {
    const [rowId, key] = ref.split("@");
    const block = rowId.slice(0, rowId.lastIndexOf("."));
    for (const [i, value] of cell.values) {
      if (blocks.has(block) && !template.rows.some((r) => r.id === rowId)) {
        // A row of a list appendix: one leaf's entry, its cells in the carrier's columns.
        const e = entries.get(rowId) ?? { leaf: leaves[i], entry: { block, values: new Map() } };
        e.entry.values.set(key, value.type === "number" ? value.value : value.type === "text" ? value.text : "");
        entries.set(rowId, e);
      } else values[i].set(ref, value);
    }
    for (const [i, cellAt, value, reason] of cell.excluded) {
      const l = leaves[i];
      l.excluded.set(ref, { unit: l.unit, file: l.file, sheet: l.sheet, cell: cellAt, value, reason });
    }
  }
  const rowOf = s.report.recognition.rows;
  for (const [, e] of [...entries].sort((a, b) => (rowOf.get(a[0]) ?? 0) - (rowOf.get(b[0]) ?? 0)))
    e.leaf.entries.push(e.entry);
  return leaves;
}

/**
 * A unit's valid values, read through its sheet's own cells: a merge of thousands of units copies none of them
 * (the sheet's cells are kept compactly already: src/domain/rules/checked-cells.ts).
 */
class ValidValues implements ReadonlyMap<string, TypedValue> {
  private count: number | undefined;

  constructor(
    private readonly cells: ReadonlyMap<string, CheckedCell>,
    private readonly excluded: ReadonlyMap<string, Excluded>,
  ) {}

  get(ref: string): TypedValue | undefined {
    if (this.excluded.has(ref)) return undefined;
    return this.cells instanceof CheckedCells ? this.cells.valueOf(ref) : this.cells.get(ref)?.value;
  }

  has(ref: string): boolean {
    return this.get(ref) !== undefined;
  }

  get size(): number {
    this.count ??= [...this.entries()].length;
    return this.count;
  }

  *entries(): MapIterator<[string, TypedValue]> {
    for (const c of this.cells.values()) if (c.value && !this.excluded.has(c.ref)) yield [c.ref, c.value];
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<TypedValue> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, TypedValue]> {
    return this.entries();
  }

  forEach(f: (value: TypedValue, key: string, map: ReadonlyMap<string, TypedValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) f.call(thisArg, v, k, this);
  }
}

function ownLeaf(s: Submission, locale: Locale): Leaf {
  const report = s.report;
  // Most sheets have no error: their cells are then not gone through.
  const hasError = report.findings.some((f) => f.severity === "error" && f.cell);
  const byAddress = new Map(hasError ? [...report.cells.values()].map((c) => [cellAddress(c.row, c.col), c]) : []);
  const excluded = new Map<string, Excluded>();
  for (const f of report.findings) {
    if (f.severity !== "error" || !f.cell) continue;
    const cell = byAddress.get(f.cell);
    if (!cell || excluded.has(cell.ref)) continue;
    excluded.set(cell.ref, {
      unit: s.unit,
      file: s.file,
      sheet: report.sheet,
      cell: f.cell,
      value: cell.display,
      reason: f.message,
    });
  }
  const values = new ValidValues(report.cells, excluded);

  // Rows of list appendices, block by block in sheet order, with the values that passed.
  const template = report.recognition.entry.template;
  const entries: LeafEntry[] = [];
  for (const block of template.rows.filter((r) => r.type === "entries").map((r) => r.id)) {
    const rows = new Map<string, { row: number; values: Map<string, string | number> }>();
    for (const c of report.cells.values()) {
      const v = values.get(c.ref);
      if (!c.rowId.startsWith(`${block}.`) || !v) continue;
      const entry = rows.get(c.rowId) ?? { row: c.row, values: new Map() };
      entry.values.set(c.columnKey, describe(v, locale, c.rule));
      rows.set(c.rowId, entry);
    }
    for (const { values: v } of [...rows.values()].sort((a, b) => a.row - b.row)) entries.push({ block, values: v });
  }
  const errors = report.findings.filter((f) => f.severity === "error").length;
  return {
    unit: s.unit,
    unitKey: s.unitKey,
    file: s.file,
    sheet: report.sheet,
    period: report.recognition.period.value,
    input: s,
    via: [],
    position: 0,
    values,
    excluded,
    entries,
    errors,
    warnings: report.findings.length - errors,
  };
}
