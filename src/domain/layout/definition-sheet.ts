import type { CatalogEntry } from "../catalog/catalog";
import { DEFINITION_SHEET, definitionCells } from "./identity";
import { A4_ONE_PAGE_WIDE, type LayoutCell, type SheetLayout } from "./model";

/** The very-hidden sheet that carries the definitions of the user templates injected into a workbook. */
export function definitionSheetLayout(
  definitions: readonly Required<Pick<CatalogEntry, "template" | "definition">>[],
): SheetLayout {
  const cells: LayoutCell[] = definitions.flatMap((d, i) =>
    definitionCells(d.template.id, d.template.version, d.definition.json).map((value, j) => ({
      row: i + 1,
      col: j + 1,
      value,
      style: "id" as const,
      locked: true,
    })),
  );
  const right = Math.max(1, ...cells.map((c) => c.col));
  const bottom = Math.max(1, definitions.length);
  return {
    sheetName: DEFINITION_SHEET,
    visibility: "veryHidden",
    cells,
    merges: [],
    columns: [],
    rows: [],
    freeze: { row: 1, col: 1 },
    print: { area: { top: 1, left: 1, bottom, right }, titleRows: [1, 1], page: A4_ONE_PAGE_WIDE },
    headerRows: [1, 1],
    body: { firstRow: 1, lastRow: bottom },
    inputs: [],
    protect: false,
  };
}
