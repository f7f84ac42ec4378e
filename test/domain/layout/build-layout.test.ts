import { catalog, type IndicatorRow } from "../../../src/domain/catalog";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import { COLUMN_KEYS_TAG, ID_COLUMN, parseIdentity } from "../../../src/domain/layout/identity";
import type { SheetLayout } from "../../../src/domain/layout/model";

const entry = (id: string) => {
  const e = catalog().get(id);
  if (!e) throw new Error(`no template ${id}`);
  return e.template;
};
const at = (layout: SheetLayout, row: number, col: number) => layout.cells.find((c) => c.row === row && c.col === col);
const texts = (layout: SheetLayout) =>
  layout.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("layout of an official table", () => {
  const unit = "Ban Quản lý Khu du lịch bán đảo Cam Ranh";
  const periodic = buildLayout(entry("kh-dinhky-pl2"), { unit, period: "6 tháng đầu năm 2021" });

  it("prints the title block with the unit in the title and the period", () => {
    const all = texts(periodic);
    expect(all).toContain("Phụ lục 2");
    expect(all).toContain("TẠI BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH");
    expect(all).toContain(`Đơn vị báo cáo: ${unit}`);
    expect(all).toContain("Kỳ báo cáo: 6 tháng đầu năm 2021");
    expect(all.some((t) => t.startsWith("(Ban hành kèm theo Báo cáo số"))).toBe(true);
  });

  it("merges the grouped header over its columns and spans ungrouped headers over both header rows", () => {
    const [top, bottom] = periodic.headerRows;
    expect(bottom).toBe(top + 1);
    const group = periodic.cells.find((c) => c.row === top && c.value === "Kết quả thống kê")!;
    expect(periodic.merges).toContainEqual({ top, left: group.col, bottom: top, right: group.col + 1 });
    const stt = periodic.cells.find((c) => c.row === top && c.value === "STT")!;
    expect(periodic.merges).toContainEqual({ top, left: stt.col, bottom, right: stt.col });
  });

  it("carries identity and one hidden id per indicator row", () => {
    const idCol = periodic.cells.filter((c) => c.col === ID_COLUMN).map((c) => c.value);
    expect(parseIdentity(idCol)).toEqual({
      templateId: "kh-dinhky-pl2",
      version: entry("kh-dinhky-pl2").version,
      unit,
      period: "6 tháng đầu năm 2021",
    });
    expect(idCol).toContain(COLUMN_KEYS_TAG);
    const indicatorIds = entry("kh-dinhky-pl2")
      .rows.filter((r) => r.type === "indicator")
      .map((r) => r.id);
    for (const id of indicatorIds) expect(idCol).toContain(id);
    expect(periodic.columns.find((c) => c.col === ID_COLUMN)?.hidden).toBe(true);
  });

  it("types every input cell: unlocked, marked, with a format and a native validation", () => {
    expect(periodic.inputs.length).toBeGreaterThan(80);
    for (const input of periodic.inputs) {
      const cell = at(periodic, input.row, input.col)!;
      expect(cell.locked).toBe(false);
      expect(["input", "note"]).toContain(cell.style);
      expect(cell.validation?.prompt).toMatch(/\S/);
      expect(cell.validation?.error).toMatch(/\S/);
      expect(cell.numFmt).toBeDefined();
    }
    const locked = periodic.cells.filter((c) => c.locked);
    expect(locked.some((c) => c.style === "label")).toBe(true);
  });

  it("chooses the native validation from the indicator kind", () => {
    const byKind = new Map(periodic.inputs.map((i) => [i.rule.kind, at(periodic, i.row, i.col)!.validation!]));
    expect(byKind.get("count")).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(byKind.get("percent")).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(byKind.get("code")).toMatchObject({ type: "list", formulae: ["0", "1", "2"] });
    expect(byKind.get("months")).toMatchObject({ type: "whole", formulae: [0, 6] });
    expect(byKind.get("money")).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual" });
  });

  it("freezes the header and repeats it on every printed page", () => {
    expect(periodic.freeze.row).toBe(periodic.body.firstRow);
    expect(periodic.print.titleRows).toEqual(periodic.headerRows);
    expect(periodic.print.area.left).toBe(ID_COLUMN + 1);
  });

  it("lays out a PAR Index tree with max scores printed and 2019/2020 scores prefilled", () => {
    const t = entry("dl-pl1");
    const layout = buildLayout(t, { unit: "UBND tỉnh Đắk Lắk", period: "Năm 2020" });
    const maxCol = t.columns.findIndex((c) => c.role === "max") + ID_COLUMN + 1;
    const first = t.rows.find((r): r is IndicatorRow => r.type === "indicator" && r.rule?.kind === "score")!;
    const max = first.rule?.kind === "score" ? first.rule.max : -1;
    const row = layout.cells.find((c) => c.col === ID_COLUMN && c.value === first.id)!.row;
    expect(at(layout, row, maxCol)?.value).toBe(max);
    const scoreInputs = layout.inputs.filter((i) => i.rowId === first.id);
    expect(scoreInputs.map((i) => at(layout, i.row, i.col)?.value)).toEqual(
      scoreInputs.map((i) => first.cells?.[i.columnKey]),
    );
    expect(at(layout, scoreInputs[0].row, scoreInputs[0].col)?.validation?.formulae).toEqual([0, max]);
  });

  it("gives a list table numbered entry rows whose every cell is an input", () => {
    const t = entry("sl-pl1");
    const layout = buildLayout(t, { unit: "Sở Nội vụ", period: "Năm 2024" });
    const entries = t.rows.filter((r) => r.type === "entries");
    const perRow = t.columns.filter((c) => ["label", "value", "note"].includes(c.role)).length;
    const total = entries.reduce((n, r) => n + (r.type === "entries" ? r.count : 0), 0);
    expect(layout.inputs).toHaveLength(total * perRow);
    expect(layout.inputs.filter((i) => i.rule.kind === "date").length).toBe(total);
    expect(layout.inputs.filter((i) => i.rule.kind === "status").length).toBe(total);
  });

  it("lays out every template of the catalog with inputs inside the body and within the print area", () => {
    for (const { template } of catalog().templates) {
      const layout = buildLayout(template, { unit: "Sở Nội vụ", period: "Năm 2020" });
      for (const i of layout.inputs) {
        expect(i.row).toBeGreaterThanOrEqual(layout.body.firstRow);
        expect(i.row).toBeLessThanOrEqual(layout.body.lastRow);
        expect(i.col).toBeLessThanOrEqual(layout.print.area.right);
      }
      const refs = layout.inputs.map((i) => i.ref);
      expect(new Set(refs).size).toBe(refs.length);
      expect(layout.sheetName.length).toBeLessThanOrEqual(31);
    }
  });
});
