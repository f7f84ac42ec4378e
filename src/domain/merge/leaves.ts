import { cellAddress } from "../address";
import type { Locale } from "../rules/finding";
import type { TypedValue } from "../rules/check-cell";
import { describe, type Excluded } from "./consolidate";
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
  values: Map<string, TypedValue>;
  excluded: Map<string, Excluded>;
  entries: LeafEntry[];
  errors: number;
  warnings: number;
}

/** The leaves an included sheet brings: a unit's own sheet is one. */
export function leavesOf(s: Submission, locale: Locale): Leaf[] {
  const report = s.report;
  const byAddress = new Map([...report.cells.values()].map((c) => [cellAddress(c.row, c.col), c]));
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
  const values = new Map<string, TypedValue>();
  for (const c of report.cells.values()) if (c.value && !excluded.has(c.ref)) values.set(c.ref, c.value);

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
  return [
    {
      unit: s.unit,
      unitKey: s.unitKey,
      file: s.file,
      sheet: report.sheet,
      period: report.recognition.period.value,
      input: s,
      values,
      excluded,
      entries,
      errors,
      warnings: report.findings.length - errors,
    },
  ];
}
