import ExcelJS from "exceljs";
import type { Grid, GridSource, RawCell } from "../port";

/** ExcelJS's cell value, reduced to what the domain reads: the shown value, error, formula and format. */
export function rawCell(cell: ExcelJS.Cell): RawCell {
  const v = cell.value;
  const numFmt = cell.numFmt || undefined;
  if (v === null || v === undefined) return { value: null, numFmt };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date)
    return { value: v, numFmt };
  if ("error" in v) return { value: null, error: String(v.error), numFmt };
  if ("richText" in v) return { value: v.richText.map((t) => t.text).join(""), numFmt };
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const formula = cell.formula || f.formula || f.sharedFormula;
    const result = f.result;
    if (result && typeof result === "object" && "error" in result)
      return { value: null, error: String(result.error), formula, numFmt };
    return { value: (result as RawCell["value"]) ?? null, formula, numFmt };
  }
  if ("text" in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text), numFmt };
  return { value: String(v), numFmt };
}

export function gridOf(ws: ExcelJS.Worksheet): Grid {
  return {
    sheetName: ws.name,
    rowCount: ws.rowCount,
    colCount: ws.columnCount,
    hidden: ws.state !== "visible",
    cell: (row, col) => rawCell(ws.getCell(row, col)),
  };
}

/**
 * Reads an .xlsx from bytes with ExcelJS; throws on anything that is not a readable workbook. The app reads
 * through openWorkbook's fast reader (./fast); this stays as the reference that the fast reader is tested
 * against and as the ExcelJS floor that `npm run bench` measures.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; source: GridSource }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const source: GridSource = {
    sheetNames: () => workbook.worksheets.map((w) => w.name),
    grid: (name) => {
      const ws = workbook.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      return gridOf(ws);
    },
  };
  return { workbook, source };
}
