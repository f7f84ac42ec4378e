import { cellAddress } from "../../../src/domain/address";
import { writeLayout } from "../../../src/io/office";
import { decodeSummary, encodeSummary } from "../../../src/commands/summary-codec";
import { checkWorkbook, failureSummary } from "../../../src/commands/validate-workbook";
import { ExcelMock, WorkbookModel, parseAddress } from "./excel-mock";
import { periodicLayout } from "./layout-fixtures";

const layout = periodicLayout();

/** The injected report with a count typed as words and a percent above 100, then `more` further counts as words. */
async function filledIn(more = 0) {
  const mock = new ExcelMock();
  const name = await writeLayout(mock.context, layout);
  const sheet = mock.workbook.sheet(name);
  const counts = layout.inputs.filter((i) => i.rule.kind === "count").slice(0, 1 + more);
  const percent = layout.inputs.find((i) => i.rule.kind === "percent")!;
  for (const c of counts) sheet.set(c.row, c.col, { value: "mười hai" });
  sheet.set(percent.row, percent.col, { value: 150 });
  mock.syncs = 0;
  const bad = [counts[0], percent].map((i) => cellAddress(i.row, i.col));
  return { mock, sheet, bad, errors: counts.length + 1 };
}

describe("the ribbon's Kiểm tra command", () => {
  it("validates the appendix sheet, marks its invalid cells and sums up, in a constant number of syncs", async () => {
    const { mock, sheet, bad } = await filledIn();
    const summary = await checkWorkbook(mock.context, "vi");
    expect(mock.syncs).toBeLessThanOrEqual(7);
    expect(summary.title).toBe(`Kiểm tra trang «${layout.sheetName}»`);
    expect(summary.lines[0]).toMatch(/^2 lỗi/);
    // Two input cells hold something (both wrong): filled counts cells, as the task pane says it.
    expect(summary.lines).toContain(`Đã nhập 2/${layout.inputs.filter((i) => !i.optional).length} ô số liệu.`);
    expect(summary.lines.some((l) => l.startsWith(`${bad[0]}: `))).toBe(true);
    expect(summary.close).toBe("Đóng");
    const marked = sheet.conditionalFormats.filter((f) => f.fill === "#FFC7CE").flatMap((f) => f.areas);
    expect(marked).toEqual(bad.map(parseAddress));
    expect(sheet.protection.protected).toBe(true);
  });

  it("takes as many syncs for many invalid cells as for two", async () => {
    const few = await filledIn();
    await checkWorkbook(few.mock.context, "vi");
    const many = await filledIn(60);
    const summary = await checkWorkbook(many.mock.context, "vi");
    expect(summary.lines[0]).toMatch(new RegExp(`^${many.errors} lỗi`));
    expect(many.errors).toBeGreaterThan(40);
    expect(many.mock.syncs).toBe(few.mock.syncs);
  });

  it("replaces the marks of an earlier run", async () => {
    const { mock, sheet } = await filledIn();
    await checkWorkbook(mock.context, "en");
    const first = sheet.conditionalFormats.length;
    const summary = await checkWorkbook(mock.context, "en");
    expect(sheet.conditionalFormats.length).toBe(first);
    expect(summary.lines[0]).toMatch(/^2 error/);
  });

  it("says so when no sheet of the workbook is an appendix of the catalog", async () => {
    const workbook = new WorkbookModel(["Chi phí"]);
    workbook.sheet("Chi phí").set(1, 1, { value: "Bảng kê chi phí tiếp khách" });
    const summary = await checkWorkbook(new ExcelMock(workbook).context, "vi");
    expect(summary.lines[0]).toBe("Không trang tính nào của sổ tính khớp mẫu phụ lục CCHC trong danh mục.");
  });

  it("validates and marks every appendix sheet of the workbook, the active one first, whichever is active", async () => {
    const { mock, sheet, bad } = await filledIn();
    // A second appendix sheet, clean, made the active one.
    const second = await writeLayout(mock.context, layout);
    mock.workbook.active = second;
    const summary = await checkWorkbook(mock.context, "vi");
    expect(summary.title).toBe("Kiểm tra sổ tính: 2 trang phụ lục");
    expect(summary.lines[0]).toMatch(/^2 lỗi/);
    const expected = layout.inputs.filter((i) => !i.optional).length;
    expect(summary.lines.slice(1, 3)).toEqual([
      `«${second}»: 0 lỗi, 0 cảnh báo; đã nhập 0/${expected} ô số liệu.`,
      `«${layout.sheetName}»: 2 lỗi, 0 cảnh báo; đã nhập 2/${expected} ô số liệu.`,
    ]);
    // Listed findings say which sheet they are on.
    expect(summary.lines.some((l) => l.startsWith(`${layout.sheetName}!${bad[0]}: `))).toBe(true);
    const marked = sheet.conditionalFormats.filter((f) => f.fill === "#FFC7CE").flatMap((f) => f.areas);
    expect(marked).toEqual(bad.map(parseAddress));
  });

  it("carries its summary to the dialog intact, Vietnamese included", () => {
    const summary = failureSummary("Trang tính đang được bảo vệ nên không sửa được.", "vi");
    const encoded = encodeSummary(summary);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSummary(encoded)).toEqual(summary);
  });
});
