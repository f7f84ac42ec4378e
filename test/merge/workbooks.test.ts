import type ExcelJS from "exceljs";
import { cellAddress } from "../../src/domain/address";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { ID_COLUMN } from "../../src/domain/layout/identity";
import { mergeFiles, type MergeResult } from "../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { expectedFigure } from "../helpers/expected";
import { receive } from "../helpers/receive";
import { randomReport } from "../helpers/reports";
import { filledTemplate, filledWorkbook, idsOf, loadWorkbook, type CellInput } from "../helpers/workbooks";

const PERIOD = "Năm 2020";
const CONSOLIDATOR = "Sở Nội vụ tỉnh Khánh Hòa";
const TEMPLATES = ["kh-pl2-ii1", "kh-pl2-ii2", "kh-pl2-ii3", "kh-pl2-ii8"];
const UNITS = ["Sở Tư pháp", "Sở Y tế", "UBND thành phố Nha Trang", "UBND huyện Cam Lâm", "UBND huyện Khánh Sơn"];

describe("merging workbooks that each hold four tables of Khánh Hòa Phụ lục 2, from five units", () => {
  // typed[unit][template][ref]
  const typed = UNITS.map((_, u) =>
    Object.fromEntries(TEMPLATES.map((id, k) => [id, randomReport(id, 100 * u + k + 1)])),
  ) as Record<string, Record<string, CellInput>>[];
  let result: MergeResult;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const files = [];
    for (const [u, unit] of UNITS.entries()) {
      const bytes = await filledWorkbook(unit, PERIOD, typed[u], (book) => {
        // A sheet that is no appendix travels with the report: it is listed, not merged.
        if (u === 0) book.addWorksheet("Ghi chú").addRow(["Người lập biểu", "Nguyễn Văn A"]);
      });
      files.push(await receive(`bao-cao-${u + 1}.xlsx`, bytes));
    }
    result = mergeFiles(files, catalog(), { locale: "vi", unit: CONSOLIDATOR });
    wb = await loadWorkbook(await layoutWorkbook(mergeOutputSheets(result, "vi"), "test"));
  });

  it("finds every table of every file and merges each template", () => {
    expect(result.tables.map((t) => t.entry.template.id)).toEqual(TEMPLATES);
    for (const t of result.tables) expect(t.included.map((s) => s.unit)).toEqual(UNITS);
    expect(result.skipped).toEqual([
      { file: "bao-cao-1.xlsx", sheet: "Ghi chú", reason: "Không phải phụ lục của danh mục mẫu biểu." },
    ]);
    // Nguồn: one row per file and sheet, nothing passed over.
    expect(result.sources).toHaveLength(UNITS.length * TEMPLATES.length + 1);
  });

  it("gives every figure of every template as summed here from the values typed", () => {
    let compared = 0;
    for (const t of result.tables) {
      const id = t.entry.template.id;
      const inputs = buildLayout(t.entry.template, { unit: "", period: "" }).inputs.filter((i) => !i.optional);
      expect(t.cells.map((c) => c.input.ref)).toEqual(inputs.map((i) => i.ref));
      for (const c of t.cells) {
        const expected = expectedFigure(
          c.input.rule,
          UNITS.map((unit, u) => ({ unit, value: typed[u][id][c.input.ref] })),
        );
        expect({ id, ref: c.input.ref, value: c.result.value }).toEqual({ id, ref: c.input.ref, value: expected });
        compared++;
      }
      expect(t.excluded).toEqual([]);
    }
    // II.1: 114 cells, II.2: 78, II.3: 108, II.8: 16.
    expect(compared).toBe(316);
  });

  it("writes 'Tổng hợp <sheet>' and 'Chi tiết <sheet>' per template, one Nguồn and one Kiểm tra", () => {
    const visible = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(visible).toEqual([
      ...TEMPLATES.flatMap((id) => {
        const sheet = catalog().get(id)!.template.sheetName;
        return [`${OUTPUT_SHEETS.summary} ${sheet}`, `${OUTPUT_SHEETS.detail} ${sheet}`];
      }),
      OUTPUT_SHEETS.sources,
      OUTPUT_SHEETS.checks,
    ]);
  });

  it("puts the consolidating unit in every Tổng hợp title block, and the figures in its cells", () => {
    for (const t of result.tables) {
      const ws = wb.getWorksheet(`${OUTPUT_SHEETS.summary} ${t.entry.template.sheetName}`)!;
      const title: string[] = [];
      for (let r = 1; r <= 10; r++) title.push(ws.getCell(r, ID_COLUMN + 1).text);
      expect(title).toContain(`Đơn vị báo cáo: ${CONSOLIDATOR}`);
      expect(title).toContain(`Kỳ báo cáo: ${PERIOD}`);
      const at = idsOf(ws);
      for (const c of t.cells) expect(at.cell(c.input.ref).value ?? null).toBe(c.result.value);
    }
  });
});

describe("values with an error are left out, and every place says so", () => {
  const period = "6 tháng đầu năm 2024";
  let result: MergeResult;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const files = [
      await receive(
        "xa-a.xlsx",
        await filledTemplate("kh-dinhky-pl2", "UBND xã A", period, { "1.1.a": 10, "1.7": 1, "2.1": 3 }),
      ),
      await receive(
        "xa-b.xlsx",
        await filledTemplate("kh-dinhky-pl2", "UBND xã B", period, { "1.1.a": -5, "1.7": "có", "2.1": "12 văn bản" }),
      ),
      await receive(
        "xa-c.xlsx",
        await filledTemplate("kh-dinhky-pl2", "UBND xã C", period, { "1.1.a": 7, "1.7": 0, "2.1": 4 }),
      ),
    ];
    result = mergeFiles(files, catalog(), { locale: "vi" });
    wb = await loadWorkbook(await layoutWorkbook(mergeOutputSheets(result, "vi"), "test"));
  });

  it("sums the valid values only and lists each one left out with unit, cell and reason", () => {
    const [t] = result.tables;
    const figure = (ref: string) => t.cells.find((c) => c.input.ref === ref)!;
    expect(figure("1.1.a@value").result.value).toBe(10 + 7);
    expect(figure("1.7@value").result.value).toBe("1/2 đơn vị");
    expect(figure("2.1@value").result.value).toBe(3 + 4);
    expect(t.excluded.map((x) => [x.unit, x.indicator, x.value])).toEqual([
      ["UBND xã B", "1.1.a", "-5"],
      ["UBND xã B", "1.7", "có"],
      ["UBND xã B", "2.1", "12 văn bản"],
    ]);
    const cellOf = (id: string) => t.included[1].report.cells.get(`${id}@value`)!;
    for (const x of t.excluded) {
      expect(x.file).toBe("xa-b.xlsx");
      expect(x.cell).toBe(cellAddress(cellOf(x.indicator).row, cellOf(x.indicator).col));
      expect(x.reason.length).toBeGreaterThan(10);
    }
    expect(figure("1.1.a@value").how).toBe(
      `Cộng 2/3 đơn vị; không cộng 1 giá trị lỗi: UBND xã B, ${t.excluded[0].cell} «-5»`,
    );
    expect(figure("1.7@value").how).toMatch(
      /^Đếm 2\/3 đơn vị có số liệu .*; không tính 1 giá trị lỗi: UBND xã B, E\d+ «có»$/,
    );
  });

  it("says it on Tổng hợp beside the figure, marks the value on Chi tiết, and counts it in Nguồn", () => {
    const [t] = result.tables;
    const x = t.excluded[0];
    const summary = wb.getWorksheet(OUTPUT_SHEETS.summary)!;
    let howCol = 0;
    summary.eachRow((r) => r.eachCell((c, col) => (howCol ||= c.value === "Cách tổng hợp" ? col : 0)));
    const how = summary.getCell(idsOf(summary).row("1.1.a"), howCol);
    expect(how.value).toBe(`Cộng 2/3 đơn vị; không cộng 1 giá trị lỗi: UBND xã B, ${x.cell} «-5»`);

    const detail = wb.getWorksheet(OUTPUT_SHEETS.detail)!;
    const marked: string[] = [];
    detail.eachRow((r) =>
      r.eachCell((c) => {
        if ((c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FFF8CBAD") marked.push(c.text);
      }),
    );
    expect(marked).toEqual([
      "-5 (lỗi, không tổng hợp)",
      "có (lỗi, không tổng hợp)",
      "12 văn bản (lỗi, không tổng hợp)",
    ]);

    const sources = wb.getWorksheet(OUTPUT_SHEETS.sources)!;
    const texts: string[] = [];
    sources.eachRow((r) => texts.push((r.values as unknown[]).join("|")));
    expect(texts.find((s) => s.includes("xa-b.xlsx"))).toContain("Không cộng 3 giá trị lỗi (xem trang Kiểm tra).");
  });
});

describe("the period merged, chosen by meaning", () => {
  it("takes the most common period, sets the others aside, and includes one on purpose when asked", async () => {
    const spellings = ["6 tháng đầu năm 2024", "06 tháng đầu năm 2024", "Sáu tháng đầu năm 2024", "Quý I/2024"];
    const files = [];
    for (const [i, period] of spellings.entries())
      files.push(
        await receive(`xa-${i}.xlsx`, await filledTemplate("kh-dinhky-pl2", `UBND xã ${i}`, period, { "1.2": i + 1 })),
      );
    const plain = mergeFiles(files, catalog(), { locale: "vi" });
    expect(plain.period).toBe("6 tháng đầu năm 2024");
    expect(plain.periods).toEqual([
      { period: "6 tháng đầu năm 2024", sheets: 3 },
      { period: "Quý I/2024", sheets: 1 },
    ]);
    expect(plain.tables[0].cells.find((c) => c.input.ref === "1.2@value")!.result.value).toBe(1 + 2 + 3);
    expect(plain.sources.find((s) => s.file === "xa-3.xlsx")).toMatchObject({
      status: "skipped",
      reason: "Kỳ báo cáo khác: «Quý I/2024», đang tổng hợp «6 tháng đầu năm 2024».",
    });

    const chosen = mergeFiles(files, catalog(), { locale: "vi", includeOtherPeriod: ["xa-3.xlsx"] });
    expect(chosen.tables[0].cells.find((c) => c.input.ref === "1.2@value")!.result.value).toBe(1 + 2 + 3 + 4);
    expect(chosen.sources.find((s) => s.file === "xa-3.xlsx")).toMatchObject({
      status: "included",
      otherPeriod: true,
      reason: "Kỳ báo cáo «Quý I/2024» khác kỳ đang tổng hợp; vẫn tổng hợp theo lựa chọn của người tổng hợp.",
    });

    const other = mergeFiles(files, catalog(), { locale: "vi", period: "Quý 1 năm 2024" });
    expect(other.tables[0].included.map((s) => s.file)).toEqual(["xa-3.xlsx"]);
  });
});
