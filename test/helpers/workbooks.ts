import ExcelJS from "exceljs";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../../src/domain/layout/identity";
import { catalog } from "../../src/domain/catalog";
import { templateWorkbook } from "../../src/io/xlsx/template-workbook";

export type CellInput = string | number | Date | { formula: string; result?: number | string } | null;

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The first visible sheet: the appendix of a workbook written by `cchc template`. */
export function appendixSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.worksheets.find((w) => w.state === "visible")!;
}

/**
 * Types values into an injected sheet as a user would, finding each cell by the sheet's own hidden ids:
 * keys are "<rowId>" (the only value column) or "<rowId>@<columnKey>".
 */
export function fill(ws: ExcelJS.Worksheet, values: Record<string, CellInput>): void {
  const rows = new Map<string, number>();
  let keyRow = 0;
  ws.getColumn(ID_COLUMN).eachCell((c, r) => {
    if (c.value === COLUMN_KEYS_TAG) keyRow = r;
    else if (typeof c.value === "string") rows.set(c.value, r);
  });
  const cols = new Map<string, number>();
  ws.getRow(keyRow).eachCell((c, col) => cols.set(String(c.value), col));
  const valueKeys = [...cols.keys()].filter((k) => k === "value" || /^[yp]\d{4}$/.test(k) || k === "t2020");
  for (const [key, v] of Object.entries(values)) {
    const [rowId, colKey = valueKeys.length === 1 ? valueKeys[0] : undefined] = key.split("@");
    const row = rows.get(rowId);
    const col = colKey ? cols.get(colKey) : undefined;
    if (!row || !col) throw new Error(`no cell for ${key}`);
    ws.getCell(row, col).value = v as ExcelJS.CellValue;
  }
}

/** A template written by the real writer, filled, and saved: the bytes a unit would send. */
export async function filledTemplate(
  templateId: string,
  unit: string,
  period: string,
  values: Record<string, CellInput>,
  edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const template = catalog().get(templateId)!.template;
  const wb = await loadWorkbook(await templateWorkbook([{ template, unit, period }]));
  const ws = appendixSheet(wb);
  fill(ws, values);
  edit?.(ws, wb);
  return saveWorkbook(wb);
}
