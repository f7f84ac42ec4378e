import type { GridSource } from "../grid";
import { isDefinitionSheet, parseDefinitionCells } from "../layout/identity";
import type { Catalog } from "./catalog";
import type { UserDefinition } from "./definitions";

/**
 * The schema's code (zod) costs a command about 60 ms of CPU to load: it is loaded only when a workbook carries a
 * definition to check, which few do.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const definitions = (): typeof import("./definitions") => require("./definitions");

/** Bounds on what is read of a carrier sheet: a handful of definitions of a few hundred kilobytes at most. */
const MAX_ROWS = 100;
const MAX_CELLS = 130;

/** The user definitions a workbook carries (those that pass the schema; a damaged one is left out). */
export function carriedDefinitions(source: GridSource): UserDefinition[] {
  const found: UserDefinition[] = [];
  for (const name of source.sheetNames()) {
    if (!isDefinitionSheet(name)) continue;
    const grid = source.grid(name);
    for (let r = 1; r <= Math.min(grid.rowCount, MAX_ROWS); r++) {
      const cells: unknown[] = [];
      for (let c = 1; c <= Math.min(grid.colCount, MAX_CELLS); c++) cells.push(grid.cell(r, c).value);
      const carried = parseDefinitionCells(cells);
      if (!carried) continue;
      const parsed = definitions().parseDefinitionText(carried.json);
      if (parsed.ok) found.push(...parsed.definitions.filter((d) => d.template.id === carried.templateId));
    }
  }
  return found;
}

/**
 * The catalog a workbook is read with: `base` (the built-in templates, and the definitions the user gave) plus
 * the definitions the workbook carries, which win for this workbook over a given one of the same id: its sheets
 * were made from them.
 */
export function workbookCatalog(source: GridSource, base: Catalog): Catalog {
  const carried = carriedDefinitions(source);
  return carried.length === 0 ? base : definitions().withDefinitions(base, carried, "later").catalog;
}
