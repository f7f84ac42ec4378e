import { catalog } from "../../../src/domain/catalog";
import { gridFromRows, type Grid, type GridSource } from "../../../src/domain/grid";
import { MAX_CHECKED_SHEETS, uncheckedNote, validateWorkbook } from "../../../src/domain/rules/validate-workbook";
import { injected, layoutRows, toGrid } from "../recognize/sheets";

/** A workbook of the given sheets, in order. */
const sourceOf = (grids: Grid[]): GridSource => ({
  sheetNames: () => grids.map((g) => g.sheetName),
  grid: (name) => grids.find((g) => g.sheetName === name)!,
});

describe("a workbook with more sheets than an appendix workbook has", () => {
  it("checks the first MAX_CHECKED_SHEETS sheets with content and says how many it left unchecked", () => {
    const notes = Array.from({ length: MAX_CHECKED_SHEETS + 49 }, (_, i) => gridFromRows(`Ghi chú ${i + 1}`, [["x"]]));
    const empty = Array.from({ length: 30 }, (_, i) => gridFromRows(`Trống ${i + 1}`, []));
    const appendix = toGrid(layoutRows(injected("kh-pl2-ii1")), "PL2-II.1");
    // Empty sheets cost nothing and do not count; the appendix placed last is past the limit.
    const report = validateWorkbook(sourceOf([...empty, ...notes, appendix]), catalog(), { locale: "vi" });
    expect(report.sheets).toEqual([]);
    expect(report.unrecognized).toHaveLength(30 + MAX_CHECKED_SHEETS);
    expect(report.unchecked).toEqual([...notes.slice(MAX_CHECKED_SHEETS).map((g) => g.sheetName), "PL2-II.1"]);
    expect(uncheckedNote(report, "vi")).toBe(
      "không kiểm tra 50 trang tính sau 100 trang đầu (tệp có quá nhiều trang tính; hãy tách các phụ lục ra tệp riêng).",
    );
    expect(uncheckedNote(report, "en")).toMatch(/^50 sheets after the first 100 were not checked/);
  });

  it("checks every sheet of a workbook within the limit, and has no note for it", () => {
    const appendix = toGrid(layoutRows(injected("kh-pl2-ii1")), "PL2-II.1");
    const report = validateWorkbook(sourceOf([gridFromRows("Bìa", [["Báo cáo"]]), appendix]), catalog(), {
      locale: "vi",
    });
    expect(report.sheets.map((s) => s.sheet)).toEqual(["PL2-II.1"]);
    expect(report.unchecked).toEqual([]);
    expect(uncheckedNote(report, "vi")).toBeUndefined();
  });
});
