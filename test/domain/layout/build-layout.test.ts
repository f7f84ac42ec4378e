import { catalog, type IndicatorRow } from "../../../src/domain/catalog";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import { COLUMN_KEYS_TAG, ID_COLUMN, parseIdentity } from "../../../src/domain/layout/identity";
import { PRINT_WIDTH_UNITS, heightFor } from "../../../src/domain/layout/column-widths";
import type { SheetLayout } from "../../../src/domain/layout/model";
import { STYLES } from "../../../src/domain/layout/styles";
import { cellTextWidth, rowHeightFor, wrappedLines } from "../../../src/domain/layout/text-metrics";

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
describe("rows and columns sized from their text, and the audit's alignment defects", () => {
  const unit = "Ban Quản lý Khu du lịch bán đảo Cam Ranh";
  const periodic = buildLayout(entry("kh-dinhky-pl2"), { unit, period: "6 tháng đầu năm 2021" });
  /** The sheet row of a template row (sections carry "#<id>" in the hidden column). */
  const rowOf = (layout: SheetLayout, id: string) =>
    layout.cells.find((c) => c.col === ID_COLUMN && (c.value === id || c.value === `#${id}`))!.row;
  const heightOf = (layout: SheetLayout, row: number) => layout.rows.find((r) => r.row === row)?.height;
  const colOf = (template: string, key: string) =>
    ID_COLUMN + 1 + entry(template).columns.findIndex((c) => c.key === key);

  it("gives every body row the height its tallest cell text needs in its column and font, and no more", () => {
    for (const id of ["kh-dinhky-pl2", "dl-pl1", "sl-pl2", "kh-pl2-ii8"]) {
      const t = entry(id);
      const layout = buildLayout(t, { unit, period: "Năm 2021" });
      const widths = new Map(layout.columns.map((c) => [c.col, c.width]));
      for (let row = layout.body.firstRow; row <= layout.body.lastRow; row++) {
        const needs = layout.cells
          .filter((c) => c.row === row && c.col !== ID_COLUMN)
          .map((c) => heightFor(c.value === null ? "" : String(c.value), widths.get(c.col)!, c.style, c.indent));
        expect({ id, row, height: heightOf(layout, row) }).toEqual({ id, row, height: Math.max(...needs) });
      }
    }
    // The rows the audit found much taller than their text (kh-dinhky-pl2 1.1-1.7, where "Đơn vị thực hiện"
    // wraps): as many lines as LibreOffice prints the reporter's text in (2, 2, 3, 4), where they were 60 to 150
    // points tall before.
    for (const [id, lines] of [
      ["1.1", 2],
      ["1.2", 2],
      ["1.5", 3],
      ["1.7", 4],
    ] as const)
      expect([id, heightOf(periodic, rowOf(periodic, id))]).toEqual([id, rowHeightFor(lines, 11)]);
  });

  it("fills the printed page's width when the table is narrower, and leaves a wider one to the page setup", () => {
    const printed = (id: string) =>
      buildLayout(entry(id), { unit, period: "" })
        .columns.filter((c) => !c.hidden)
        .reduce((a, c) => a + c.width, 0);
    expect(printed("kh-dinhky-pl2")).toBe(PRINT_WIDTH_UNITS);
    expect(printed("dl-pl1")).toBe(PRINT_WIDTH_UNITS);
    // Đắk Lắk's Phụ lục II needs more than a page's width: its columns keep what their text needs.
    expect(printed("dl-pl2")).toBeGreaterThan(PRINT_WIDTH_UNITS);
  });

  it("centres a section's STT like every other STT, and keeps its reporter plain text", () => {
    const section = rowOf(periodic, "2");
    const item = rowOf(periodic, "2.1");
    const stt = colOf("kh-dinhky-pl2", "stt");
    const reporter = colOf("kh-dinhky-pl2", "reporter");
    expect(at(periodic, section, stt)).toMatchObject({ value: "2.", style: "sectionStt" });
    expect(STYLES[at(periodic, section, stt)!.style]).toMatchObject({ horizontal: "center", bold: true });
    expect(STYLES[at(periodic, item, stt)!.style].horizontal).toBe("center");
    const text = at(periodic, section, reporter)!;
    expect(String(text.value)).toMatch(/^- Sở Tư pháp/);
    expect(STYLES[text.style]).toMatchObject({ fill: STYLES.section.fill });
    expect(STYLES[text.style].bold).toBeUndefined();
  });

  it("prints 'Điểm tối đa' on one line", () => {
    const t = entry("dl-pl1");
    const layout = buildLayout(t, { unit, period: "Năm 2020" });
    const col = colOf("dl-pl1", "max");
    const width = layout.columns.find((c) => c.col === col)!.width;
    expect(wrappedLines("Điểm tối đa", cellTextWidth(width), { size: STYLES.header.size, bold: true })).toBe(1);
  });

  it("fills bd-pl4-iii's 'Tỉnh, thành phố' cells with the province instead of leaving them locked and blank", () => {
    const layout = buildLayout(entry("bd-pl4-iii"), { unit: "Sở Nội vụ", period: "" });
    const col = colOf("bd-pl4-iii", "tinh");
    for (const id of ["p2001", "p2011"]) expect(at(layout, rowOf(layout, id), col)?.value).toBe("Bình Định");
  });

  it("formats percent inputs so that 95 never shows as '95.'", () => {
    const percent = periodic.inputs.find((i) => i.rule.kind === "percent")!;
    expect(at(periodic, percent.row, percent.col)?.numFmt).toBe("General");
  });

  it("prints on A4 landscape, one page wide and as many pages tall as the table needs", () => {
    expect(periodic.print.page).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    });
  });
});
