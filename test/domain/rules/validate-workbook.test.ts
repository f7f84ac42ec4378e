import { catalog } from "../../../src/domain/catalog";
import { gridFromRows, type Grid, type GridSource } from "../../../src/domain/grid";
import { CHECK_LIMITS, uncheckedNote, validateWorkbook } from "../../../src/domain/rules/validate-workbook";
import { injected, layoutRows, toGrid } from "../recognize/sheets";

/** A workbook of the given sheets, in order. */
const sourceOf = (grids: Grid[]): GridSource => ({
  sheetNames: () => grids.map((g) => g.sheetName),
  grid: (name) => grids.find((g) => g.sheetName === name)!,
});

describe("a workbook with more sheets than an appendix workbook has", () => {
  it("checks the first 100 sheets with content and says how many it left unchecked", () => {
    const notes = Array.from({ length: CHECK_LIMITS.sheets + 49 }, (_, i) => gridFromRows(`Ghi chú ${i + 1}`, [["x"]]));
    const empty = Array.from({ length: 30 }, (_, i) => gridFromRows(`Trống ${i + 1}`, []));
    const appendix = toGrid(layoutRows(injected("kh-pl2-ii1")), "PL2-II.1");
    // Empty sheets cost nothing and do not count; the appendix placed last is past the limit.
    const report = validateWorkbook(sourceOf([...empty, ...notes, appendix]), catalog(), { locale: "vi" });
    expect(report.sheets).toEqual([]);
    expect(report.unrecognized).toHaveLength(30 + CHECK_LIMITS.sheets);
    expect(report.unchecked).toEqual([...notes.slice(CHECK_LIMITS.sheets).map((g) => g.sheetName), "PL2-II.1"]);
    expect(uncheckedNote(report, "vi")).toBe(
      "không kiểm tra 50 trang tính còn lại: tệp quá lớn để kiểm tra hết (tối đa 100 trang tính, 200.000 ô có nội dung); hãy tách các phụ lục ra tệp riêng.",
    );
    expect(uncheckedNote(report, "en")).toMatch(/^50 more sheets not checked: the file is too large to check whole/);
  });

  it("stops at the filled cells it may read: ten sheets of 20,000 texts, then the rest unchecked", () => {
    const big = (i: number) =>
      gridFromRows(
        `Bảng ${i}`,
        Array.from({ length: 200 }, (_, r) => Array.from({ length: 100 }, (_, c) => `ô ${i}.${r}.${c}`)),
      );
    const report = validateWorkbook(sourceOf(Array.from({ length: 13 }, (_, i) => big(i + 1))), catalog(), {
      locale: "vi",
    });
    expect(report.unrecognized).toHaveLength(CHECK_LIMITS.cells / 20_000);
    expect(report.unchecked).toEqual(["Bảng 11", "Bảng 12", "Bảng 13"]);
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
