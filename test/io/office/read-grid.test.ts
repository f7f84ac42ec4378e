import { ID_COLUMN, INDEX_SHEET, parseIdentity } from "../../../src/domain/layout/identity";
import { OfficeError, readGrid, readWorkbookGrids, writeLayout } from "../../../src/io/office";
import { READ_LIMIT_CELLS } from "../../../src/io/office/errors";
import { ExcelMock, WorkbookModel } from "./excel-mock";
import { periodicLayout } from "./layout-fixtures";

/** A sheet of `rows` report rows starting at C3, as a user might have typed it. */
function typedWorkbook(rows: number): WorkbookModel {
  const workbook = new WorkbookModel(["Báo cáo", "Khác", "Trống"]);
  const sheet = workbook.sheet("Báo cáo");
  for (let r = 0; r < rows; r++) {
    sheet.set(3 + r, 3, { value: `Chỉ tiêu ${r + 1}` });
    sheet.set(3 + r, 4, { value: r, numberFormat: "#,##0" });
    sheet.set(3 + r, 5, { value: r % 2 === 0 });
  }
  sheet.set(4, 6, { value: "#DIV/0!", error: true, formula: "D4/0" });
  sheet.set(5, 6, { value: 10, formula: "SUM(D3:D7)" });
  sheet.set(6, 6, { value: 45366, numberFormat: "dd/mm/yyyy" });
  workbook.sheet("Khác").set(1, 1, { value: "x" });
  return workbook;
}

describe("readGrid over Office.js", () => {
  it("reads the active sheet's used range, wherever it starts: its size, then its cells", async () => {
    const mock = new ExcelMock(typedWorkbook(10));
    const grid = await readGrid(mock.context);
    expect(mock.syncs).toBe(2);
    expect(grid).toMatchObject({ sheetName: "Báo cáo", rowCount: 12, colCount: 6, hidden: false });
    expect(grid.cell(1, 1)).toEqual({ value: null });
    expect(grid.cell(3, 3)).toEqual({ value: "Chỉ tiêu 1" });
    expect(grid.cell(4, 4)).toEqual({ value: 1, numFmt: "#,##0" });
    expect(grid.cell(4, 5)).toEqual({ value: false });
    expect(grid.cell(99, 99)).toEqual({ value: null });
  });

  it("reads Excel errors as errors, formulas with their cached values, dates as serials with their format", async () => {
    const grid = await readGrid(new ExcelMock(typedWorkbook(10)).context);
    expect(grid.cell(4, 6)).toEqual({ value: null, error: "#DIV/0!", formula: "D4/0" });
    expect(grid.cell(5, 6)).toEqual({ value: 10, formula: "SUM(D3:D7)" });
    expect(grid.cell(6, 6)).toEqual({ value: 45366, numFmt: "dd/mm/yyyy" });
  });

  it("reads 1,000 rows in the same two syncs", async () => {
    const mock = new ExcelMock(typedWorkbook(1000));
    const grid = await readGrid(mock.context);
    expect(mock.syncs).toBe(2);
    expect(grid.rowCount).toBe(1002);
    expect(grid.cell(1002, 3)).toEqual({ value: "Chỉ tiêu 1000" });
  });

  it("reads a long sheet in chunks of rows, one request each, every cell in its place", async () => {
    const model = new WorkbookModel(["Dài"]);
    const rows = 25_000;
    for (let r = 1; r <= rows; r++) model.sheet("Dài").set(r, 1, { value: r });
    const mock = new ExcelMock(model);
    const grid = await readGrid(mock.context);
    // The size, then 25,000 cells in two requests of at most 20,000.
    expect(mock.syncs).toBe(3);
    expect([grid.cell(1, 1), grid.cell(20_001, 1), grid.cell(rows, 1), grid.cell(rows + 1, 1)]).toEqual([
      { value: 1 },
      { value: 20_001 },
      { value: rows },
      { value: null },
    ]);
  });

  it("refuses a sheet far larger than an appendix, saying so, before reading its cells", async () => {
    const model = new WorkbookModel(["Rác"]);
    model.sheet("Rác").set(1, 1, { value: "x" });
    // One stray value far down: the used range spans 200,000 rows x 2 columns.
    model.sheet("Rác").set(200_000, 2, { value: "y" });
    const mock = new ExcelMock(model);
    const error = await readGrid(mock.context).catch((e: OfficeError) => e);
    expect(error).toBeInstanceOf(OfficeError);
    expect((error as OfficeError).kind).toBe("tooLarge");
    expect((error as OfficeError).text("vi")).toContain(`${(READ_LIMIT_CELLS / 1000).toFixed(0)}.000 ô`);
    expect((error as OfficeError).text("en")).toContain(`${(READ_LIMIT_CELLS / 1000).toFixed(0)},000 cells`);
    expect(mock.syncs).toBe(1);
  });

  it("reads a named sheet, and an empty one as an empty grid", async () => {
    const mock = new ExcelMock(typedWorkbook(3));
    expect((await readGrid(mock.context, "Khác")).cell(1, 1)).toEqual({ value: "x" });
    expect(await readGrid(mock.context, "Trống")).toMatchObject({ sheetName: "Trống", rowCount: 0, colCount: 0 });
  });

  it("reads back an injected sheet as written: identity, labels, STT as text", async () => {
    const layout = periodicLayout();
    const mock = new ExcelMock();
    await writeLayout(mock.context, layout);
    const grid = await readGrid(mock.context);
    expect(grid.sheetName).toBe(layout.sheetName);
    const ids = Array.from({ length: grid.rowCount }, (_, i) => grid.cell(i + 1, ID_COLUMN).value);
    expect(parseIdentity(ids)).toEqual(layout.identity);
    for (const c of layout.cells) expect(grid.cell(c.row, c.col).value).toEqual(c.value);
  });
});

describe("readWorkbookGrids over Office.js", () => {
  it("reads every sheet: the names, the sizes, then one request per sheet that holds anything", async () => {
    const mock = new ExcelMock(typedWorkbook(500));
    await writeLayout(mock.context, periodicLayout());
    const before = mock.syncs;
    const source = await readWorkbookGrids(mock.context);
    // Four sheets hold cells ("Trống" is empty).
    expect(mock.syncs - before).toBe(2 + 4);
    expect(source.sheetNames()).toEqual(["Báo cáo", "Khác", "Trống", periodicLayout().sheetName, INDEX_SHEET]);
    expect(source.grid("Báo cáo").rowCount).toBe(502);
    expect(source.grid(INDEX_SHEET).hidden).toBe(true);
    expect(source.grid("Khác").hidden).toBe(false);
    expect(() => source.grid("Không có")).toThrow();
  });
});
