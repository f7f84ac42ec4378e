import { rangeAddress } from "../../../src/domain/address";
import { COLUMN_KEYS_TAG, ID_COLUMN, INDEX_SHEET, parseIdentity } from "../../../src/domain/layout/identity";
import type { SheetLayout } from "../../../src/domain/layout/model";
import { FONT_NAME } from "../../../src/domain/layout/styles";
import { OfficeError, writeLayout, writeLayouts } from "../../../src/io/office";
import { cellInput, columnWidthPoints } from "../../../src/io/office/write-layout";
import { ExcelMock, SheetModel, WorkbookModel } from "./excel-mock";
import { periodicLayout, tallLayout } from "./layout-fixtures";

const layout = periodicLayout();

async function write(l: SheetLayout, workbook = new WorkbookModel()) {
  const mock = new ExcelMock(workbook);
  const name = await writeLayout(mock.context, l);
  return { mock, name, sheet: mock.workbook.sheet(name) };
}

describe("writeLayout over Office.js", () => {
  let mock: ExcelMock;
  let name: string;
  let sheet: SheetModel;
  beforeAll(async () => ({ mock, name, sheet } = await write(layout)));

  it("adds a new sheet under the template's name, shows it: names, data, then view settings, in three syncs", () => {
    expect(name).toBe(layout.sheetName);
    expect(mock.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", name, INDEX_SHEET]);
    expect(mock.workbook.active).toBe(name);
    expect(mock.syncs).toBe(3);
    // Every batch that writes keeps Excel from repainting until it is done.
    expect(mock.screenSuspensions).toBeGreaterThanOrEqual(1);
  });

  it("writes every value as the layout has it: numbers as numbers, text as text", () => {
    for (const c of layout.cells) expect([c.row, c.col, sheet.value(c.row, c.col)]).toEqual([c.row, c.col, c.value]);
    // Printed STT such as "1.1" or "-" stay text although Excel would read "1.1" as a number.
    const sttText = layout.cells.filter((c) => typeof c.value === "string" && /^[\d.-]+$/.test(c.value));
    expect(sttText.length).toBeGreaterThan(0);
    expect(sttText.every((c) => typeof sheet.value(c.row, c.col) === "string")).toBe(true);
  });

  it("carries the identity in the hidden first column and the column keys on a hidden row", () => {
    expect(sheet.hiddenColumns.has(ID_COLUMN - 1)).toBe(true);
    const idColumn = Array.from({ length: 10 }, (_, i) => sheet.value(i + 1, ID_COLUMN));
    expect(parseIdentity(idColumn)).toEqual(layout.identity);
    const keyRow = layout.cells.find((c) => c.value === COLUMN_KEYS_TAG)!.row;
    expect(sheet.hiddenRows.has(keyRow - 1)).toBe(true);
    expect(sheet.hiddenRows.size).toBe(1);
  });

  it("types every input cell: number format, native validation with prompt and stop alert, unlocked", () => {
    const rules = { whole: "wholeNumber", decimal: "decimal", list: "list", date: "date", textLength: "textLength" };
    const inputs = layout.cells.filter((c) => c.validation);
    expect(inputs.length).toBe(layout.inputs.length);
    for (const c of inputs) {
      const v = sheet.validationAt(c.row, c.col)!;
      expect(Object.keys(v.rule!)).toEqual([rules[c.validation!.type]]);
      expect(v.prompt).toEqual({ showPrompt: true, title: c.validation!.promptTitle, message: c.validation!.prompt });
      expect(v.errorAlert).toEqual({
        showAlert: true,
        style: "Stop",
        title: c.validation!.errorTitle,
        message: c.validation!.error,
      });
      expect(sheet.at(c.row, c.col)?.numberFormat).toBe(c.numFmt);
      expect(sheet.formatAt(c.row, c.col)["protection.locked"]).toBe(false);
    }
    const count = inputs.find(
      (c) => c.validation!.type === "whole" && c.validation!.operator === "greaterThanOrEqual",
    )!;
    expect(sheet.validationAt(count.row, count.col)!.rule).toEqual({
      wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    // Identical rules are applied per range, not per cell.
    expect(sheet.validations.length).toBeLessThan(inputs.length);
    const label = layout.cells.find((c) => c.style === "label")!;
    expect(sheet.validationAt(label.row, label.col)).toBeUndefined();
    expect(sheet.formatAt(label.row, label.col)["protection.locked"]).toBeUndefined();
  });

  it("renders the named styles: Times New Roman, bold headers, thin borders, pale yellow inputs, indents", () => {
    const header = layout.cells.find((c) => c.style === "header" && c.value)!;
    expect(sheet.formatAt(header.row, header.col)).toMatchObject({
      "font.name": FONT_NAME,
      "font.size": 11,
      "font.bold": true,
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: true,
      "fill.color": "#D9E1F2",
      "borders.EdgeTop.style": "Continuous",
      "borders.EdgeTop.weight": "Thin",
      "borders.EdgeLeft.weight": "Thin",
    });
    const input = layout.cells.find((c) => c.style === "input")!;
    expect(sheet.formatAt(input.row, input.col)).toMatchObject({ "fill.color": "#FFF2CC", "font.name": FONT_NAME });
    const indented = layout.cells.find((c) => (c.indent ?? 0) > 0);
    if (indented) expect(sheet.formatAt(indented.row, indented.col).indentLevel).toBe(indented.indent);
    const title = layout.cells.find((c) => c.style === "title")!;
    expect(sheet.formatAt(title.row, title.col)).toMatchObject({ "font.size": 13, "font.bold": true });
    expect(sheet.formatAt(title.row, title.col)["borders.EdgeTop.weight"]).toBeUndefined();
  });

  it("merges, sizes columns in points and rows as laid out, freezes the header and the labels", () => {
    expect(
      sheet.merges.map((m) =>
        rangeAddress({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 }),
      ),
    ).toEqual(layout.merges.map(rangeAddress));
    for (const c of layout.columns) expect(sheet.columnWidths.get(c.col - 1)).toBe(columnWidthPoints(c.width));
    for (const r of layout.rows.filter((r) => r.height)) expect(sheet.rowHeights.get(r.row - 1)).toBe(r.height);
    expect(sheet.freeze).toEqual({ rows: layout.freeze.row - 1, cols: layout.freeze.col - 1 });
    expect(sheet.showGridlines).toBe(false);
  });

  it("sets up printing: A4 landscape, one page wide, print area, header rows on every page", () => {
    expect(sheet.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      // One page wide, as many tall as needed.
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printArea: rangeAddress(layout.print.area),
      printTitleRows: layout.print.titleRows.join(":"),
      centerFooter: "Trang &P / &N",
    });
  });

  it("protects the sheet without a password, still allowing rows to be inserted, deleted and formatted", () => {
    expect(sheet.protection).toMatchObject({
      protected: true,
      options: {
        allowInsertRows: true,
        allowDeleteRows: true,
        allowFormatCells: true,
        allowFormatRows: true,
        selectionMode: "Normal",
      },
    });
    expect(sheet.protection.password).toBeUndefined();
  });

  it("records the sheet in the very hidden index sheet", () => {
    const index = mock.workbook.sheet(INDEX_SHEET);
    expect(index.visibility).toBe("VeryHidden");
    const { templateId, version, unit, period } = layout.identity!;
    expect([1, 2].map((r) => [1, 2, 3, 4, 5].map((c) => index.value(r, c)))).toEqual([
      ["sheet", "template", "version", "unit", "period"],
      [name, templateId, version, unit, period],
    ]);
  });
});

describe("writeLayout's syncs grow with the request budget, not with the rows", () => {
  it("writes a 1,000-row report in a few more syncs than the real one, a 2,000-row one in a few more again", async () => {
    const tall = tallLayout(layout, 1000);
    expect(tall.body.lastRow - tall.body.firstRow + 1).toBeGreaterThanOrEqual(1000);
    const small = await write(layout);
    const big = await write(tall);
    const bigger = await write(tallLayout(layout, 2000));
    // One more request per REQUEST_BUDGET of queued work: about one per 150 rows of this table, never one per row.
    expect(big.mock.syncs - small.mock.syncs).toBeGreaterThan(0);
    expect(big.mock.syncs - small.mock.syncs).toBeLessThanOrEqual(10);
    expect(bigger.mock.syncs - big.mock.syncs).toBeLessThanOrEqual(10);
    const last = tall.cells.filter((c) => c.row === tall.body.lastRow);
    for (const c of last) expect(big.sheet.value(c.row, c.col)).toEqual(c.value);
    const lastInput = tall.inputs[tall.inputs.length - 1];
    expect(big.sheet.validationAt(lastInput.row, lastInput.col)).toBeDefined();
    expect(big.sheet.page.printArea).toBe(rangeAddress(tall.print.area));
  });
});

describe("writeLayout's view, print and protection step", () => {
  it("comes after the data: when Excel refuses it, the insertion stands and each setting is tried alone", async () => {
    const mock = new ExcelMock(new WorkbookModel());
    // Names, data, then the view step: Excel refuses the view step as a whole.
    mock.failSync(3, "InvalidOperation");
    const name = await writeLayout(mock.context, layout);
    const sheet = mock.workbook.sheet(name);
    for (const c of layout.cells.slice(0, 50)) expect(sheet.value(c.row, c.col)).toEqual(c.value);
    expect(mock.workbook.has(INDEX_SHEET)).toBe(true);
    // Tried again one setting at a time: frozen panes, print setup and protection all made it.
    expect(sheet.freeze).toEqual({ rows: layout.freeze.row - 1, cols: layout.freeze.col - 1 });
    expect(sheet.page.orientation).toBe("Landscape");
    expect(sheet.protection.protected).toBe(true);
  });
});

describe("writeLayout never overwrites", () => {
  it("gives a taken name a free one and appends to the existing index", async () => {
    const { mock } = await write(layout);
    const first = mock.workbook.sheet(layout.sheetName);
    first.set(20, 20, { value: "user data" });
    const again = await writeLayout(mock.context, layout);
    expect(again).toBe(`${layout.sheetName} (2)`);
    expect(mock.syncs).toBe(6);
    expect(first.value(20, 20)).toBe("user data");
    const index = mock.workbook.sheet(INDEX_SHEET);
    expect([index.value(2, 1), index.value(3, 1), index.value(4, 1)]).toEqual([layout.sheetName, again, null]);
    expect(mock.workbook.sheets.filter((s) => s.name === INDEX_SHEET)).toHaveLength(1);
  });

  it("writes several layouts in one call, under distinct names", async () => {
    const mock = new ExcelMock(new WorkbookModel([layout.sheetName]));
    const plain: SheetLayout = { ...layout, identity: undefined, protect: false, sheetName: "Nguồn" };
    const names = await writeLayouts(mock.context, [layout, layout, plain]);
    expect(names).toEqual([`${layout.sheetName} (2)`, `${layout.sheetName} (3)`, "Nguồn"]);
    expect(mock.workbook.sheet("Nguồn").protection.protected).toBe(false);
    const index = mock.workbook.sheet(INDEX_SHEET);
    expect([2, 3, 4].map((r) => index.value(r, 1))).toEqual([names[0], names[1], null]);
  });
});

describe("writeLayout errors", () => {
  it("turns Excel's edit-mode refusal into an OfficeError and leaves no half-written sheet", async () => {
    const mock = new ExcelMock();
    mock.failSync(2, "InvalidOperationInCellEditMode");
    const error = await writeLayout(mock.context, layout).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect((error as OfficeError).kind).toBe("editMode");
    expect(mock.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("reports a name taken by someone else meanwhile as 'nameTaken' and leaves that sheet alone", async () => {
    const mock = new ExcelMock();
    const theirs = new SheetModel(layout.sheetName);
    theirs.set(1, 1, { value: "their data" });
    mock.onSync(2, () => mock.workbook.sheets.push(theirs));
    const error = (await writeLayout(mock.context, layout).catch((e: unknown) => e)) as OfficeError;
    expect(error.kind).toBe("nameTaken");
    expect(mock.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", layout.sheetName]);
    expect(mock.workbook.sheet(layout.sheetName)).toBe(theirs);
    expect(theirs.value(1, 1)).toBe("their data");
  });

  it("reports a protected index sheet as 'protected' and removes the sheet it had added", async () => {
    const { mock } = await write(layout);
    mock.workbook.sheet(INDEX_SHEET).protection = { protected: true, password: "x" };
    const error = (await writeLayout(mock.context, layout).catch((e: unknown) => e)) as OfficeError;
    expect(error).toBeInstanceOf(OfficeError);
    expect(error.kind).toBe("protected");
    expect(error.detail).toMatch(/AccessDenied/);
    expect(mock.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", layout.sheetName, INDEX_SHEET]);
  });
});

describe("cell values and widths as Excel needs them", () => {
  it("quotes text that Excel would otherwise parse", () => {
    expect(cellInput("Số lượng văn bản")).toBe("Số lượng văn bản");
    expect(cellInput("1.1")).toBe("'1.1");
    expect(cellInput("-")).toBe("'-");
    expect(cellInput("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(cellInput("12/15")).toBe("'12/15");
    expect(cellInput("TRUE")).toBe("'TRUE");
    expect(cellInput("May 21")).toBe("'May 21");
    expect(cellInput("#N/A")).toBe("'#N/A");
    expect(cellInput(12)).toBe(12);
    expect(cellInput(null)).toBeNull();
  });

  it("converts a width in characters to points as Excel does (ECMA-376 example: 8.7109375 -> 61 px)", () => {
    expect(columnWidthPoints(8.7109375)).toBe(61 * 0.75);
    expect(columnWidthPoints(10)).toBe(70 * 0.75);
  });
});
