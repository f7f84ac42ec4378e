import { EMPTY_CELL, type Grid, type GridSource, type RawCell } from "../../domain/grid";
import { OfficeError, officeCall, READ_LIMIT_CELLS } from "./errors";

/** What a grid needs of each cell. */
const CELL_PROPERTIES = "values,valueTypes,formulas,numberFormat";
/** Cells per read request: with four properties each, a response far below Excel on the web's 5 MB. */
const CELLS_PER_READ = 20_000;

interface Sized {
  ws: Excel.Worksheet;
  used: Excel.Range;
}

interface Loaded {
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** The used range's rows in chunks of `rowsPerPart`, loaded one request each. */
  parts: Excel.Range[];
  rowsPerPart: number;
}

/** Queues the size of what `ws` holds: only cells holding values, so formatting-only areas cost nothing. */
function queueSize(ws: Excel.Worksheet): Sized {
  ws.load("name,visibility");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { ws, used };
}

/** Reads a sized sheet's cells in chunks of rows, one request each; too large a sheet is refused. */
async function readCells(context: Excel.RequestContext, { ws, used }: Sized): Promise<Loaded> {
  if (used.isNullObject) return { ws, used, parts: [], rowsPerPart: 0 };
  if (used.rowCount * used.columnCount > READ_LIMIT_CELLS) throw new OfficeError("tooLarge");
  const rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / used.columnCount));
  const parts: Excel.Range[] = [];
  for (let r = 0; r < used.rowCount; r += rowsPerRead) {
    const part = ws.getRangeByIndexes(
      used.rowIndex + r,
      used.columnIndex,
      Math.min(rowsPerRead, used.rowCount - r),
      used.columnCount,
    );
    part.load(CELL_PROPERTIES);
    parts.push(part);
    await context.sync();
  }
  return { ws, used, parts, rowsPerPart: rowsPerRead };
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
function toGrid({ ws, used, parts, rowsPerPart }: Loaded): Grid {
  const hidden = ws.visibility !== "Visible";
  if (used.isNullObject || parts.length === 0)
    return { sheetName: ws.name, rowCount: 0, colCount: 0, hidden, cell: () => EMPTY_CELL };
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  return {
    sheetName: ws.name,
    rowCount: rowIndex + rowCount,
    colCount: columnIndex + columnCount,
    hidden,
    cell: (row, col) => {
      const i = row - 1 - rowIndex;
      const j = col - 1 - columnIndex;
      if (i < 0 || j < 0 || i >= rowCount || j >= columnCount) return EMPTY_CELL;
      const { values, valueTypes, formulas, numberFormat } = parts[Math.floor(i / rowsPerPart)];
      const k = i % rowsPerPart;
      return rawCell(values[k][j], valueTypes[k][j], formulas[k][j], numberFormat[k][j]);
    },
  };
}

/**
 * The active sheet (or the named one) as a grid: values, Excel errors, formulas, number formats. Its size is read
 * first: a sheet far beyond an appendix's size is refused ("tooLarge"); an appendix takes two syncs.
 */
export function readGrid(context: Excel.RequestContext, sheetName?: string): Promise<Grid> {
  return officeCall(async () => {
    const sheets = context.workbook.worksheets;
    const sized = queueSize(sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName));
    await context.sync();
    return toGrid(await readCells(context, sized));
  });
}

/**
 * Every sheet of the workbook (or those `only` names: the carriers of user definitions), for validating it as a
 * whole: two syncs for the sizes, then one per sheet (more for a long one). A sheet far beyond an appendix's size
 * (a data dump beside the reports) is read as empty: it holds no appendix, and reading it could exceed what Excel
 * answers in one request.
 */
export function readWorkbookGrids(
  context: Excel.RequestContext,
  only: (name: string) => boolean = () => true,
): Promise<GridSource> {
  return officeCall(async () => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sized = sheets.items.filter((s) => only(s.name)).map(queueSize);
    await context.sync();
    const loaded: Loaded[] = [];
    for (const s of sized)
      loaded.push(
        !s.used.isNullObject && s.used.rowCount * s.used.columnCount > READ_LIMIT_CELLS
          ? { ws: s.ws, used: s.used, parts: [], rowsPerPart: 0 }
          : await readCells(context, s),
      );
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
