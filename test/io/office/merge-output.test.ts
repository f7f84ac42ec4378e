import { catalog } from "../../../src/domain/catalog";
import { mergeFiles } from "../../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../../src/domain/merge/output-sheets";
import { writeLayouts } from "../../../src/io/office";
import { receivedReport } from "../../helpers/in-memory-reports";
import { ExcelMock, WorkbookModel } from "./excel-mock";
import { layoutCells } from "../../../src/domain/layout/table-layout";

/** The merge's outputs written into the open workbook, as the Tổng hợp tab does in Excel. */
describe("writing a real merge's output sheets through Office.js", () => {
  const period = "Năm 2020";
  const units = ["Sở Nội vụ", "Sở Tư pháp", "UBND huyện Cam Lâm"];
  const link = '=HYPERLINK("http://example.invalid","bấm")';

  /** n units' reports as the merge receives them (in memory: the .xlsx round trip is tested elsewhere). */
  function merged(n: number) {
    const files = Array.from({ length: n }, (_, i) => {
      const unit = units[i % units.length] + (i >= units.length ? ` ${i}` : "");
      const values = { "2@y2019": i + 1, "3.e@y2019": i === 0 ? link : "Loa phát thanh" };
      return receivedReport(`don-vi-${i}.xlsx`, "kh-pl2-ii1", unit, period, values);
    });
    return mergeOutputSheets(mergeFiles(files, catalog(), { locale: "vi" }), "vi");
  }

  it("adds the four sheets under free names, leaving the user's own 'Tổng hợp' sheet alone", async () => {
    const mock = new ExcelMock(new WorkbookModel(["Sheet1", OUTPUT_SHEETS.summary]));
    mock.workbook.sheet(OUTPUT_SHEETS.summary).set(1, 1, { value: "bảng của tôi" });
    const names = await writeLayouts(mock.context, merged(3));
    expect(names).toEqual([
      `${OUTPUT_SHEETS.summary} (2)`,
      OUTPUT_SHEETS.detail,
      OUTPUT_SHEETS.sources,
      OUTPUT_SHEETS.checks,
    ]);
    expect(mock.workbook.sheet(OUTPUT_SHEETS.summary).value(1, 1)).toBe("bảng của tôi");
  });

  it("writes a unit's text as text: a formula typed in a received file stays inert", async () => {
    const mock = new ExcelMock(new WorkbookModel());
    const layouts = merged(3);
    await writeLayouts(mock.context, layouts);
    const summary = layouts[0];
    const cell = summary.cells.find((c) => typeof c.value === "string" && c.value.includes("HYPERLINK"))!;
    const sheet = mock.workbook.sheet(OUTPUT_SHEETS.summary);
    expect(sheet.value(cell.row, cell.col)).toBe(cell.value);
    // The mock's cells are 0-based; a cell Excel took for a formula would carry one.
    expect(sheet.cell(cell.row - 1, cell.col - 1)?.formula).toBeUndefined();
    // On the detail sheet the unit's text stands alone, starting with "=": still text, never a live formula.
    const detail = layoutCells(layouts[1]).find((c) => c.value === link)!;
    const detailSheet = mock.workbook.sheet(OUTPUT_SHEETS.detail);
    expect(detailSheet.value(detail.row, detail.col)).toBe(link);
    expect(detailSheet.cell(detail.row - 1, detail.col - 1)?.formula).toBeUndefined();
  });

  it("needs a request more per budget of queued work for 60 units than for 3, not one per unit", async () => {
    const small = new ExcelMock(new WorkbookModel());
    await writeLayouts(small.context, merged(3));
    const large = new ExcelMock(new WorkbookModel());
    await writeLayouts(large.context, merged(60));
    expect(large.syncs - small.syncs).toBeLessThan(5);
  });
});
