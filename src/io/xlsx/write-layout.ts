import type ExcelJS from "exceljs";
import { rangeAddress } from "../../domain/address";
import { fitCellValue } from "../../domain/layout/cell-text";
import { INDEX_SHEET } from "../../domain/layout/identity";
import type { LayoutCell, SheetLayout } from "../../domain/layout/model";
import { FONT_NAME, STYLES } from "../../domain/layout/styles";
import { freeSheetName } from "../port";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const INDEX_HEADER = ["sheet", "template", "version", "unit", "period"];
/** The spreadsheet's paper size codes (ECMA-376 §18.18.55). */
const PAPER_SIZE = { A4: 9 } as const;

function styleCell(cell: ExcelJS.Cell, c: LayoutCell): void {
  const s = STYLES[c.style];
  cell.font = { name: FONT_NAME, size: s.size, bold: s.bold, italic: s.italic };
  cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap, indent: c.indent || undefined };
  if (s.border) cell.border = BORDER;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: s.fill } };
  if (c.numFmt) cell.numFmt = c.numFmt;
  cell.protection = { locked: c.locked };
}

function dataValidation(c: LayoutCell): ExcelJS.DataValidation | undefined {
  const v = c.validation;
  if (!v) return undefined;
  const formulae =
    v.type === "list" ? [`"${v.formulae.join(",")}"`] : v.formulae.map((f) => (f instanceof Date ? f : f));
  return {
    type: v.type,
    operator: v.operator,
    allowBlank: true,
    formulae,
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.errorTitle,
    error: v.error,
  };
}

/** Records the sheet in the workbook's very-hidden index (the second identity carrier). */
function indexSheet(wb: ExcelJS.Workbook, sheetName: string, layout: SheetLayout): void {
  let index = wb.getWorksheet(INDEX_SHEET);
  if (!index) {
    index = wb.addWorksheet(INDEX_SHEET, { state: "veryHidden" });
    index.addRow(INDEX_HEADER);
  }
  if (!layout.identity) return;
  const { templateId, version, unit, period } = layout.identity;
  index.addRow([sheetName, templateId, version, unit, period].map(fitCellValue));
}

/** Writes a layout as a new worksheet of `wb` under a free name; returns the sheet. */
export async function writeLayout(wb: ExcelJS.Workbook, layout: SheetLayout): Promise<ExcelJS.Worksheet> {
  const name = freeSheetName(
    layout.sheetName,
    wb.worksheets.map((w) => w.name),
  );
  const page = layout.print.page;
  const ws = wb.addWorksheet(name, {
    ...(layout.visibility ? { state: layout.visibility } : {}),
    views: [{ state: "frozen", xSplit: layout.freeze.col - 1, ySplit: layout.freeze.row - 1, showGridLines: false }],
    pageSetup: {
      paperSize: PAPER_SIZE[page.paper],
      orientation: page.orientation,
      fitToPage: true,
      fitToWidth: page.fitToWidth,
      fitToHeight: page.fitToHeight,
      horizontalCentered: true,
      margins: page.margins,
      printArea: rangeAddress(layout.print.area),
      printTitlesRow: `${layout.print.titleRows[0]}:${layout.print.titleRows[1]}`,
    },
    headerFooter: { oddFooter: "&CTrang &P / &N" },
  });
  for (const c of layout.columns) {
    const col = ws.getColumn(c.col);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  }
  for (const r of layout.rows) {
    const row = ws.getRow(r.row);
    if (r.height) row.height = r.height;
    if (r.hidden) row.hidden = true;
  }
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = fitCellValue(c.value);
    styleCell(cell, c);
    const dv = dataValidation(c);
    if (dv) cell.dataValidation = dv;
  }
  for (const m of layout.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // Labels are locked against accidental edits; no password, so an officer can still unprotect the sheet.
  if (layout.protect)
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
      sort: true,
      autoFilter: true,
    });
  indexSheet(wb, name, layout);
  return ws;
}
