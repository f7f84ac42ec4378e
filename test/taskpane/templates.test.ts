import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { validateGrid } from "../../src/domain/rules/validate-workbook";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";
import { filledGrid } from "../helpers/in-memory-reports";
import {
  documentLabel,
  documentsOf,
  templateLabel,
  templateSize,
  templatePreview,
  templateSizeText,
} from "../../src/taskpane/model/templates";

const entry = (id: string) => catalog().get(id)!;

describe("the choice of document and appendix", () => {
  it("offers every template once, under its document, in catalog order", () => {
    const docs = documentsOf(catalog());
    expect(docs.map((d) => d.document.id)).toEqual([
      "khanh-hoa-2020",
      "binh-dinh-2020",
      "khanh-hoa-periodic-2021",
      "son-la-2024",
      "dak-lak-2020",
    ]);
    expect(docs.flatMap((d) => d.templates)).toEqual(catalog().templates);
    for (const d of docs) for (const e of d.templates) expect(e.document).toBe(d.document);
    expect(documentLabel(docs[3].document)).toMatch(
      /^Sơn La — Kế hoạch kiểm tra công tác cải cách hành chính năm 2024/,
    );
  });

  it("names a table of a several-table appendix by its own heading, others by their title", () => {
    expect(templateLabel(entry("kh-pl2-ii3"), vi)).toBe(
      "Phụ lục 2, bảng II.3 — 3. Lĩnh vực cải cách thủ tục hành chính",
    );
    expect(templateLabel(entry("kh-pl2-ii3"), en)).toBe(
      "Phụ lục 2, table II.3 — 3. Lĩnh vực cải cách thủ tục hành chính",
    );
    expect(templateLabel(entry("bd-pl1"), vi)).toBe(
      "Phụ lục 1 — THỐNG KÊ CÁC CHỈ TIÊU TẠI LĨNH VỰC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
    );
    expect(templateLabel(entry("kh-dinhky-pl2"), vi)).toBe(
      "Phụ lục 2 — THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
    );
  });

  it("previews the title block as the sheet will print it for the unit and period", () => {
    const lines = templatePreview(entry("kh-dinhky-pl2"), "Ban Quản lý Khu du lịch bán đảo Cam Ranh", "Năm 2021");
    expect(lines.map((l) => l.kind)).toEqual(["title", "title", "attached"]);
    expect(lines[0].text).toBe("THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
    expect(lines[1].text).toBe("TẠI BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH");
    // The printed blanks of the number and date are kept, the unit filled in.
    expect(lines[2].text).toMatch(
      /^\(Ban hành kèm theo Báo cáo số +\/BC- +ngày .* của BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH\)$/,
    );
    // No unit yet: the blanks of a printed form, never a raw "{unit}".
    const blank = templatePreview(entry("kh-dinhky-pl2"), "", "");
    expect(blank.map((l) => l.text).join(" ")).not.toMatch(/\{unit\}/);
    expect(blank[1].text).toMatch(/^TẠI …/);
    expect(templatePreview(entry("kh-pl2-ii1"), "", "")).toEqual([
      { kind: "title", text: "THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH" },
      { kind: "title", text: "TỈNH KHÁNH HÒA QUA CÁC NĂM" },
      { kind: "attached", text: `(${entry("kh-pl2-ii1").template.attachedTo})` },
      { kind: "heading", text: "II. Chi tiết chỉ tiêu thống kê trên các lĩnh vực" },
      { kind: "heading", text: "1. Lĩnh vực chỉ đạo, điều hành" },
    ]);
  });

  it("counts the input cells that validation counts as expected, for every template", () => {
    // The injected sheet's cells as validation reads them (the .xlsx round trip is tested in test/io).
    for (const e of catalog().templates) {
      const grid = filledGrid(buildLayout(e.template, { unit: "", period: "" }), {});
      const sheet = validateGrid(grid, catalog(), { locale: "vi" })!;
      expect([e.template.id, templateSize(e).inputCells]).toEqual([e.template.id, sheet.expected]);
    }
  });

  it("says what a table holds: indicators and cells, list rows, or no input at all", () => {
    expect(templateSize(entry("kh-dinhky-pl2"))).toEqual({
      indicators: 128,
      inputCells: 128,
      entryBlocks: 0,
      entryRows: 0,
    });
    expect(templateSizeText(templateSize(entry("kh-dinhky-pl2")), vi)).toBe("128 chỉ tiêu, 128 ô nhập số liệu");
    const list = templateSize(entry("sl-pl1"));
    expect(list.indicators).toBe(0);
    expect(list.entryBlocks).toBe(6);
    expect(templateSizeText(list, vi)).toBe(`6 mục kê khai, ${list.entryRows} dòng để điền`);
    expect(templateSizeText(templateSize(entry("kh-pl2-i")), vi)).toBe(vi.templateNoInputs);
    // Value columns by year: more cells than indicators.
    const byYear = templateSize(entry("kh-pl2-ii1"));
    expect(byYear.indicators).toBe(19);
    expect(byYear.inputCells).toBeGreaterThan(19);
  });
});
