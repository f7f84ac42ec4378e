import type { Catalog, CatalogEntry } from "../catalog/catalog";
import type { Grid } from "../grid";
import { ID_COLUMN, parseIdentity } from "../layout/identity";
import { recognizeByLabels } from "./by-labels";
import { placeByMetadata } from "./by-metadata";
import { catalogIndex, titleLinesOf } from "./catalog-index";
import { isConsolidation, readConsolidation, type Consolidation } from "./consolidation";
import type { Placement } from "./placement";
import { MAX_FILLED, readSheet } from "./sheet-text";
import { readFileName, readTitleBlock, type Found } from "./title-block";

/** Where the unit or the period was read: the hidden carriers, the title block, the file name, nowhere. */
export type Source = "metadata" | "title" | "fileName" | "none";

/** What a sheet is (DESIGN.md section 6): which template, unit and period, and which row is which indicator. */
export interface Recognition {
  /** The template and its document. */
  entry: CatalogEntry;
  /** The version the sheet carries (metadata), or the catalog's (labels). */
  version: string;
  recognizedBy: "metadata" | "labels";
  unit: { value: string; source: Source };
  period: { value: string; source: Source };
  /** Indicator id (and entries row id: `<entriesId>.<n>`, or `<entriesId>.r<row>` for added rows) -> 1-based sheet row. */
  rows: Map<string, number>;
  /** Template column key -> 1-based sheet column, for the columns found. */
  columns: Map<string, number>;
  /** Body rows that look like data rows (a value in an input column) but were not placed. */
  unplaced: { row: number; label: string }[];
  /** Indicator ids of the template not found in the sheet. */
  missing: string[];
  /** An id carried by several rows (copied rows): the first one is kept in `rows`. */
  duplicates: { id: string; rows: number[] }[];
  body: { firstRow: number; lastRow: number };
  /** Set when the sheet is a consolidation (a merge's Tổng hợp): what it carries for the next level. */
  consolidation?: Consolidation;
}

/** Filled cells recognition may still read, shared by the sheets of one workbook and spent as they are read. */
export interface CellBudget {
  cells: number;
}

/**
 * Recognises a sheet: by its hidden carriers when it was injected (rows and columns found by id wherever they
 * moved), else by matching its labels to the catalog. Undefined when the sheet is no appendix of the catalog,
 * or when it could be several equally well: a wrong match is worse than none.
 */
export function recognizeSheet(
  grid: Grid,
  cat: Catalog,
  opts: { fileName?: string; budget?: CellBudget } = {},
): Recognition | undefined {
  const sheet = readSheet(grid, Math.min(MAX_FILLED, opts.budget?.cells ?? MAX_FILLED));
  if (opts.budget) opts.budget.cells -= sheet.filledCount;
  const idColumn: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) idColumn.push(sheet.text(r, ID_COLUMN));
  const identity = parseIdentity(idColumn);
  const carried = identity && cat.get(identity.templateId);

  let entry: CatalogEntry;
  let placement: Placement;
  let recognizedBy: Recognition["recognizedBy"];
  let version: string;
  if (identity && carried) {
    entry = carried;
    placement = placeByMetadata(sheet, entry.template);
    recognizedBy = "metadata";
    version = identity.version;
  } else {
    // No carriers, or a template this catalog does not know: read the labels.
    // The label index of the whole catalog is built only here: a sheet with carriers never needs it.
    const byLabels = recognizeByLabels(sheet, catalogIndex(cat));
    if (!byLabels) return undefined;
    entry = byLabels.ti.entry;
    placement = byLabels.placement;
    recognizedBy = "labels";
    version = entry.template.version;
  }

  let title: Found | undefined;
  let file: Found | undefined;
  // Carriers first; an injected sheet left without a unit may have it typed in its title block afterwards.
  const pick = (which: "unit" | "period", carriedValue: string | undefined) => {
    if (carriedValue) return { value: carriedValue, source: "metadata" as const };
    title ??= readTitleBlock(sheet, placement.titleEnd, titleLinesOf(entry.template));
    if (title[which]) return { value: title[which]!, source: "title" as const };
    file ??= opts.fileName ? readFileName(opts.fileName) : {};
    if (file[which]) return { value: file[which]!, source: "fileName" as const };
    return { value: "", source: "none" as const };
  };
  const unit = pick("unit", recognizedBy === "metadata" ? identity?.unit.trim() : undefined);
  const period = pick("period", recognizedBy === "metadata" ? identity?.period.trim() : undefined);

  return {
    entry,
    version,
    recognizedBy,
    unit,
    period,
    rows: placement.rows,
    columns: placement.columns,
    unplaced: placement.unplaced,
    missing: placement.missing,
    duplicates: placement.duplicates,
    body: placement.body,
    consolidation:
      recognizedBy === "metadata" && isConsolidation(idColumn)
        ? readConsolidation(grid, idColumn, entry.template, placement.rows)
        : undefined,
  };
}
