import { cellAddress } from "../../../src/domain/address";
import { clearMarks, markCells, MARK_TAG, OfficeError, selectCell, writeLayout } from "../../../src/io/office";
import { ExcelMock, WorkbookModel } from "./excel-mock";
import { periodicLayout } from "./layout-fixtures";

const layout = periodicLayout();

async function injected() {
  const mock = new ExcelMock(new WorkbookModel(["Sheet1"]));
  const name = await writeLayout(mock.context, layout);
  const sheet = mock.workbook.sheet(name);
  // The user's own conditional formats, which marks must leave alone.
  sheet.conditionalFormats.push(
    { areas: [{ top: 20, left: 3, bottom: 40, right: 3 }], type: "CellValue" },
    { areas: [{ top: 20, left: 4, bottom: 40, right: 4 }], type: "Custom", formula: "=D21>100", fill: "#00FF00" },
  );
  mock.syncs = 0;
  return { mock, name, sheet };
}

const inputAddresses = (n: number) => layout.inputs.slice(0, n).map((i) => cellAddress(i.row, i.col));

describe("markCells and clearMarks over Office.js", () => {
  it("marks cells with conditional formats, lifting and restoring the sheet's protection, in two syncs", async () => {
    const { mock, name, sheet } = await injected();
    const options = sheet.protection.options;
    const cells = inputAddresses(100);
    await markCells(mock.context, name, cells, "error");
    expect(mock.syncs).toBe(2);
    const marks = sheet.conditionalFormats.filter((f) => f.formula?.includes(MARK_TAG));
    // 100 cells in multi-area conditional formats of at most 40 areas.
    expect(marks.map((m) => m.areas.length)).toEqual([40, 40, 20]);
    expect(marks.every((m) => m.type === "Custom" && m.fill === "#FFC7CE" && m.font === "#9C0006")).toBe(true);
    expect(sheet.protection).toEqual({ protected: true, options });
    // The cells' own formatting is untouched: the input fill is still the pale yellow of the layout.
    const first = layout.inputs[0];
    expect(sheet.formatAt(first.row, first.col)["fill.color"]).toBe("#FFF2CC");
  });

  it("marks warnings amber and does as many syncs for many cells as for one", async () => {
    const { mock, name, sheet } = await injected();
    await markCells(mock.context, name, inputAddresses(1), "warning");
    const one = mock.syncs;
    await markCells(mock.context, name, inputAddresses(layout.inputs.length), "warning");
    expect(mock.syncs - one).toBe(one);
    expect(sheet.conditionalFormats.filter((f) => f.fill === "#FFEB9C").length).toBeGreaterThan(1);
    await markCells(mock.context, name, [], "warning");
    expect(mock.syncs - one).toBe(one);
  });

  it("clears only its own marks, on one sheet or on all", async () => {
    const { mock, name, sheet } = await injected();
    await markCells(mock.context, name, inputAddresses(5), "error");
    await markCells(mock.context, name, inputAddresses(3), "warning");
    const before = mock.syncs;
    await clearMarks(mock.context, name);
    expect(mock.syncs - before).toBe(2);
    expect(sheet.conditionalFormats.map((f) => f.type)).toEqual(["CellValue", "Custom"]);
    expect(sheet.conditionalFormats[1].formula).toBe("=D21>100");
    expect(sheet.protection.protected).toBe(true);

    await markCells(mock.context, name, inputAddresses(5), "error");
    const again = mock.syncs;
    await clearMarks(mock.context);
    expect(mock.syncs - again).toBe(3);
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it("reports a sheet protected with a password as 'protected' and leaves it protected", async () => {
    const { mock, name, sheet } = await injected();
    sheet.protection = { ...sheet.protection, password: "secret" };
    const error = (await markCells(mock.context, name, inputAddresses(2), "error").catch(
      (e: unknown) => e,
    )) as OfficeError;
    expect(error).toBeInstanceOf(OfficeError);
    expect(error.kind).toBe("protected");
    expect(error.text("en")).toMatch(/protected/);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it("marks an unprotected sheet without touching its protection", async () => {
    const mock = new ExcelMock(new WorkbookModel(["Dữ liệu"]));
    await markCells(mock.context, "Dữ liệu", ["B2", "B3"], "error");
    const sheet = mock.workbook.sheet("Dữ liệu");
    expect(sheet.protection.protected).toBe(false);
    expect(sheet.conditionalFormats[0].areas).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
  });
});

describe("selectCell over Office.js", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const mock = new ExcelMock(new WorkbookModel(["A", "B"]));
    await selectCell(mock.context, "B", "D12");
    expect(mock.syncs).toBe(1);
    expect(mock.workbook.active).toBe("B");
    expect(mock.workbook.selected).toEqual({ sheet: "B", address: "D12" });
  });

  it("reports a sheet that no longer exists as an OfficeError", async () => {
    const mock = new ExcelMock(new WorkbookModel(["A"]));
    await expect(selectCell(mock.context, "Đã xóa", "A1")).rejects.toMatchObject({ kind: "other" });
  });
});
