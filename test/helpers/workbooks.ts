import ExcelJS from "exceljs";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../../src/domain/layout/identity";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { layoutWorkbook, templateWorkbook } from "../../src/io/xlsx/template-workbook";

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

/**
 * One workbook holding several templates, each filled, as a unit sends them together (Khánh Hòa Phụ lục 2's
 * tables in one file): `tables` maps template ids to values typed into that template's sheet.
 */
export async function filledWorkbook(
  unit: string,
  period: string,
  tables: Record<string, Record<string, CellInput>>,
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const ids = Object.keys(tables);
  const wb = await loadWorkbook(
    await templateWorkbook(ids.map((id) => ({ template: catalog().get(id)!.template, unit, period }))),
  );
  const sheets = wb.worksheets.filter((w) => w.state === "visible");
  ids.forEach((id, i) => fill(sheets[i], tables[id]));
  edit?.(wb);
  return saveWorkbook(wb);
}

/**
 * The same as `filledWorkbook`, cheaper: the values go into the layout before our writer writes it once, as a
 * prefilled template would be written (no second load and save). For tests that need many files.
 */
export function writtenWorkbook(
  unit: string,
  period: string,
  tables: Record<string, Record<string, CellInput>>,
): Promise<Uint8Array> {
  const layouts = Object.entries(tables).map(([id, values]) => {
    const layout = buildLayout(catalog().get(id)!.template, { unit, period });
    const single = new Set(layout.inputs.map((i) => i.columnKey)).size === 1;
    const byRef = new Map(layout.inputs.map((i) => [i.ref, i]));
    const cells = new Map(layout.cells.map((c) => [`${c.row}:${c.col}`, c]));
    for (const [key, v] of Object.entries(values)) {
      const input = byRef.get(key.includes("@") || !single ? key : `${key}@${layout.inputs[0].columnKey}`);
      if (!input || (v !== null && typeof v === "object")) throw new Error(`cannot write ${key} into the layout`);
      cells.get(`${input.row}:${input.col}`)!.value = v;
    }
    return layout;
  });
  return layoutWorkbook(layouts, "test");
}

/** Rows and columns of an injected (or consolidated) sheet by its hidden ids: "<rowId>", "<columnKey>", "<ref>". */
export function idsOf(ws: ExcelJS.Worksheet): {
  row(id: string): number;
  col(key: string): number;
  cell(ref: string): ExcelJS.Cell;
} {
  const rows = new Map<string, number>();
  let keyRow = 0;
  ws.getColumn(ID_COLUMN).eachCell((c, r) => {
    if (c.value === COLUMN_KEYS_TAG) keyRow = r;
    else if (typeof c.value === "string" && !rows.has(c.value)) rows.set(c.value, r);
  });
  const cols = new Map<string, number>();
  ws.getRow(keyRow).eachCell((c, col) => cols.set(String(c.value), col));
  const row = (id: string) => rows.get(id) ?? fail(`no row ${id} in ${ws.name}`);
  const col = (key: string) => cols.get(key) ?? fail(`no column ${key} in ${ws.name}`);
  return { row, col, cell: (ref) => ws.getCell(row(ref.split("@")[0]), col(ref.split("@")[1])) };
}

function fail(message: string): never {
  throw new Error(message);
}
