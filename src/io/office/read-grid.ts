import { EMPTY_CELL, type Grid, type GridSource, type RawCell } from "../../domain/grid";
import { officeCall } from "./errors";

/** What a grid needs of a used range, loaded in the same batch as the sheet's name. */
const GRID_PROPERTIES = "rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,formulas,numberFormat";

interface Loaded {
  ws: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues what a grid of `ws` needs: only cells holding values, so formatting-only areas cost nothing. */
function queueGrid(ws: Excel.Worksheet): Loaded {
  ws.load("name,visibility");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(GRID_PROPERTIES);
  return { ws, used };
}

/** One loaded cell as the domain reads it, like the .xlsx adapter's rawCell. */
function rawCell(value: unknown, type: Excel.RangeValueType | string, formula: unknown, format: unknown): RawCell {
  const numFmt = typeof format === "string" && format !== "General" ? format : undefined;
  const text =
    typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula.slice(1) : undefined;
  const withFormula = text === undefined ? {} : { formula: text };
  if (type === "Error") return { value: null, error: String(value), numFmt, ...withFormula };
  if (value === "" || value === null || value === undefined) return { value: null, numFmt, ...withFormula };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return { value, numFmt, ...withFormula };
  return { value: String(value), numFmt, ...withFormula };
}

/** Cells by 1-based row and column of the sheet, wherever its used range starts. */
function toGrid({ ws, used }: Loaded): Grid {
  const hidden = ws.visibility !== "Visible";
  if (used.isNullObject) return { sheetName: ws.name, rowCount: 0, colCount: 0, hidden, cell: () => EMPTY_CELL };
  const { rowIndex, columnIndex, rowCount, columnCount, values, valueTypes, formulas, numberFormat } = used;
  return {
    sheetName: ws.name,
    rowCount: rowIndex + rowCount,
    colCount: columnIndex + columnCount,
    hidden,
    cell: (row, col) => {
      const i = row - 1 - rowIndex;
      const j = col - 1 - columnIndex;
      if (i < 0 || j < 0 || i >= rowCount || j >= columnCount) return EMPTY_CELL;
      return rawCell(values[i][j], valueTypes[i][j], formulas[i][j], numberFormat[i][j]);
    },
  };
}

/** The active sheet (or the named one) as a grid: values, Excel errors, formulas, number formats; one sync. */
export function readGrid(context: Excel.RequestContext, sheetName?: string): Promise<Grid> {
  return officeCall(async () => {
    const sheets = context.workbook.worksheets;
    const loaded = queueGrid(sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName));
    await context.sync();
    return toGrid(loaded);
  });
}

/**
 * Every sheet of the workbook (or those `only` names: the carriers of user definitions), for validating it as a
 * whole; two syncs however many sheets and rows.
 */
export function readWorkbookGrids(
  context: Excel.RequestContext,
  only: (name: string) => boolean = () => true,
): Promise<GridSource> {
  return officeCall(async () => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const loaded = sheets.items.filter((s) => only(s.name)).map(queueGrid);
    await context.sync();
    const grids = new Map(loaded.map((l) => [l.ws.name, toGrid(l)]));
    return {
      sheetNames: () => [...grids.keys()],
      grid: (name) => {
        const grid = grids.get(name);
        if (!grid) throw new Error(`no sheet ${name}`);
        return grid;
      },
    };
  });
}
