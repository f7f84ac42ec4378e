import ExcelJS from "exceljs";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../../src/domain/layout/identity";
import { loadWorkbook, saveWorkbook } from "./workbooks";

/**
 * A workbook written by `cchc template` as a user's own copy of the table would be: the hidden id column, the
 * hidden row of column keys and the very-hidden sheets removed, everything else (values, number formats, fonts,
 * fills, borders, merged cells, widths, heights) kept where the eye sees it.
 */
export async function withoutCarriers(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await loadWorkbook(bytes);
  const out = new ExcelJS.Workbook();
  for (const ws of source.worksheets) {
    if (ws.state !== "visible") continue;
    const copy = out.addWorksheet(ws.name);
    let keyRow = Infinity;
    ws.eachRow((row, r) => {
      if (row.getCell(ID_COLUMN).value === COLUMN_KEYS_TAG) keyRow = r;
    });
    const rowOf = (r: number) => (r < keyRow ? r : r - 1);
    const colOf = (c: number) => c - 1;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (r === keyRow) return;
      if (row.height) copy.getRow(rowOf(r)).height = row.height;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c === ID_COLUMN || (cell.isMerged && cell.master !== cell)) return;
        const target = copy.getCell(rowOf(r), colOf(c));
        target.value = cell.value;
        target.style = JSON.parse(JSON.stringify(cell.style)) as Partial<ExcelJS.Style>;
      });
    });
    ws.columns.forEach((col, i) => {
      if (i + 1 !== ID_COLUMN && col.width) copy.getColumn(colOf(i + 1)).width = col.width;
    });
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const [tl, br] = range.split(":").map((a) => ws.getCell(a));
      const [top, bottom] = [Number(tl.row), Number(br.row)];
      if (top === keyRow) continue;
      copy.mergeCells(rowOf(top), colOf(Number(tl.col)), rowOf(bottom), colOf(Number(br.col)));
    }
  }
  return saveWorkbook(out);
}
