import { catalog } from "../../../src/domain/catalog";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import { validateWorkbook } from "../../../src/domain/rules/validate-workbook";
import { openWorkbook } from "../../../src/io/xlsx/open-workbook";
import { appendixSheet, loadWorkbook, saveWorkbook } from "../../helpers/workbooks";
import { templateWorkbook } from "../../../src/io/xlsx/template-workbook";

/** The row of the title block that starts with `label`, and what is written beside it. */
function metaRow(layout: ReturnType<typeof buildLayout>, label: string) {
  const cell = layout.cells.find((c) => typeof c.value === "string" && c.value.startsWith(label))!;
  return { cell, row: layout.cells.filter((c) => c.row === cell.row && c.style !== "id") };
}

describe("a template made without a unit or a period", () => {
  it("leaves a marked, unlocked box beside each label, on every template", () => {
    for (const { template } of catalog().templates) {
      const layout = buildLayout(template, { unit: "", period: "" });
      for (const label of ["Đơn vị báo cáo:", "Kỳ báo cáo:"]) {
        const { cell, row } = metaRow(layout, label);
        expect([template.id, cell.value, cell.locked]).toEqual([template.id, label, true]);
        const box = row.find((c) => c.style === "blank")!;
        expect([template.id, box.locked, box.value, box.col > cell.col]).toEqual([template.id, false, null, true]);
        // Label and box each span their part of the table's width, the box up to the table's last column.
        const boxMerge = layout.merges.find((m) => m.top === cell.row && m.left === box.col);
        expect(boxMerge?.right ?? box.col).toBe(layout.print.area.right);
      }
    }
  });

  it("prints one locked line where the unit and period were given", () => {
    const layout = buildLayout(catalog().get("bd-pl1")!.template, { unit: "Sở Nội vụ", period: "Năm 2020" });
    for (const text of ["Đơn vị báo cáo: Sở Nội vụ", "Kỳ báo cáo: Năm 2020"]) {
      const { cell, row } = metaRow(layout, text);
      expect([cell.value, cell.locked, cell.style, row.length]).toEqual([text, true, "meta", 1]);
    }
  });

  it("reads back what the officer typed in the boxes, and says so when nothing was typed", async () => {
    const template = catalog().get("kh-dinhky-pl2")!.template;
    const bytes = await templateWorkbook([{ template, unit: "", period: "" }]);
    const layout = buildLayout(template, { unit: "", period: "" });
    const blank = await openWorkbook(bytes);
    if (!blank.ok) throw new Error(blank.reason);
    const [untouched] = validateWorkbook(blank.source, catalog(), { locale: "vi", fileName: "mau.xlsx" }).sheets;
    expect(untouched.findings.map((f) => [f.code, f.severity])).toEqual([["sheet.noUnit", "warning"]]);
    expect(untouched.findings[0].message).toBe(
      "Chưa ghi đơn vị báo cáo (tạm lấy theo tên tệp: «mau»). Nhập tên đơn vị vào ô bên cạnh «Đơn vị báo cáo:» ở đầu trang trước khi gửi.",
    );

    const wb = await loadWorkbook(bytes);
    const ws = appendixSheet(wb);
    const box = (label: string) => metaRow(layout, label).row.find((c) => c.style === "blank")!;
    // Typed on the protected sheet: the box is unlocked, its label is not.
    expect(ws.getCell(box("Đơn vị báo cáo:").row, box("Đơn vị báo cáo:").col).protection?.locked).toBe(false);
    ws.getCell(box("Đơn vị báo cáo:").row, box("Đơn vị báo cáo:").col).value = "UBND xã Cam Hải Tây";
    ws.getCell(box("Kỳ báo cáo:").row, box("Kỳ báo cáo:").col).value = "Quý III/2025";
    const filled = await openWorkbook(await saveWorkbook(wb));
    if (!filled.ok) throw new Error(filled.reason);
    const [sheet] = validateWorkbook(filled.source, catalog(), { locale: "en", fileName: "mau.xlsx" }).sheets;
    expect([sheet.recognition.unit, sheet.recognition.period]).toEqual([
      { value: "UBND xã Cam Hải Tây", source: "title" },
      { value: "Quý III/2025", source: "title" },
    ]);
    expect(sheet.findings).toEqual([]);
  });
});
