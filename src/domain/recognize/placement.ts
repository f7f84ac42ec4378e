import type { Template } from "../catalog/schema";
import type { SheetText } from "./sheet-text";

/** Where a template's rows and columns are in a sheet: the part of a Recognition that depends on the mode. */
export interface Placement {
  rows: Map<string, number>;
  columns: Map<string, number>;
  unplaced: { row: number; label: string }[];
  missing: string[];
  duplicates: { id: string; rows: number[] }[];
  body: { firstRow: number; lastRow: number };
  /** Last row of the title block (where the unit and period are written). */
  titleEnd: number;
}

const INPUT_ROLES = new Set(["value", "note"]);

/**
 * Sheet columns that hold inputs: the mapped value and note columns; when none was mapped, every column but
 * `exclude` (the id or label column) and the mapped fixed columns, so that a number typed anywhere still counts.
 */
export function inputColumns(
  sheet: SheetText,
  template: Template,
  columns: Map<string, number>,
  exclude: number,
): Set<number> {
  const roleOf = new Map(template.columns.map((c) => [c.key, c.role]));
  const isInput = (key: string) => INPUT_ROLES.has(roleOf.get(key) ?? "");
  const inputs = [...columns].filter(([k]) => isInput(k)).map(([, col]) => col);
  if (inputs.length > 0) return new Set(inputs.filter((c) => c !== exclude));
  const fixed = new Set([exclude, ...[...columns].filter(([k]) => !isInput(k)).map(([, c]) => c)]);
  const all = new Set<number>();
  for (let c = 1; c <= sheet.colCount; c++) if (!fixed.has(c)) all.add(c);
  return all;
}

/** What a row says it is: its label, else its first text. */
export function rowLabel(sheet: SheetText, row: number, labelCol: number | undefined, firstCol = 1): string {
  if (labelCol !== undefined && sheet.text(row, labelCol)) return sheet.text(row, labelCol);
  for (let c = firstCol; c <= sheet.colCount; c++) if (/\p{L}/u.test(sheet.text(row, c))) return sheet.text(row, c);
  return "";
}

export function hasInput(sheet: SheetText, row: number, cols: ReadonlySet<number>): boolean {
  for (const c of cols) if (sheet.filled(row, c)) return true;
  return false;
}

export function labelColumnOf(template: Template, columns: Map<string, number>): number | undefined {
  const key = template.columns.find((c) => c.role === "label")?.key;
  return key === undefined ? undefined : columns.get(key);
}

export function missingIndicators(template: Template, rows: Map<string, number>): string[] {
  return template.rows.flatMap((r) => (r.type === "indicator" && !rows.has(r.id) ? [r.id] : []));
}
