import { catalog, type SourceModuleInput } from "../../../src/domain/catalog";
import { buildCatalog } from "../../../src/domain/catalog/catalog";
import { khanhHoaPeriodic2021 } from "../../../src/domain/catalog/sources/khanh-hoa-periodic-2021";
import type { RawCell } from "../../../src/domain/grid";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import { recognizeSheet } from "../../../src/domain/recognize/recognize";
import { compareWithWorkbook, comparePeriods } from "../../../src/domain/rules/compare-periods";
import { validateSheet, type SheetReport } from "../../../src/domain/rules/validate-sheet";
import { layoutRows, toGrid } from "../recognize/sheets";

const CAM_RANH = "Ban Quản lý Khu du lịch bán đảo Cam Ranh";

/** A report as the unit would send it: the real template injected, the given cells typed in, validated. */
function report(
  values: Record<string, RawCell["value"]>,
  opts: { templateId?: string; unit?: string; period?: string; cat?: ReturnType<typeof catalog> } = {},
): SheetReport {
  const cat = opts.cat ?? catalog();
  const template = cat.get(opts.templateId ?? "kh-dinhky-pl2")!.template;
  const layout = buildLayout(template, { unit: opts.unit ?? CAM_RANH, period: opts.period ?? "Quý I/2021" });
  const rows = layoutRows(layout);
  for (const input of layout.inputs) {
    const v = values[input.ref] ?? values[input.rowId];
    if (v === undefined) continue;
    while (rows.length < input.row) rows.push([]);
    rows[input.row - 1][input.col - 1] = v;
  }
  const grid = toGrid(rows, template.sheetName);
  return validateSheet(grid, recognizeSheet(grid, cat)!, { locale: "vi" });
}

const compare = (current: SheetReport, previous: SheetReport, locale: "vi" | "en" = "vi") =>
  comparePeriods(current, previous, { locale, previousName: "quy-1.xlsx" });

describe("comparing a report with the unit's previous one", () => {
  const earlier = report({ "6.1": 4, "6.2": 10, "1.1.a": 23, "1.2": 3, "5.2.1.a": 0 }, { period: "Quý I/2021" });

  it("passes a plausible pair of reports: cumulative figures kept or grown, counts of the same order", () => {
    const later = report(
      { "6.1": 4, "6.2": 12, "1.1.a": 25, "1.2": 15, "5.2.1.a": 5 },
      { period: "6 tháng đầu năm 2021" },
    );
    expect(compare(later, earlier)).toEqual({ comparable: true, findings: [] });
  });

  it("warns on a cumulative (lũy kế) figure that falls, with both figures and the earlier period", () => {
    const later = report({ "6.1": 4, "6.2": 9 }, { period: "6 tháng đầu năm 2021" });
    const result = compare(later, earlier);
    expect(result.comparable).toBe(true);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "period.cumulativeFall",
        sheet: "PL2-Định kỳ",
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        indicator: "6.2",
        label: "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
        value: "9",
        message:
          "Số lũy kế giảm so với kỳ trước (Quý I/2021): từ 10 xuống 9. Số lũy kế không giảm theo thời gian; kiểm tra lại một trong hai kỳ.",
      },
    ]);
    expect(result.findings[0].cell).toBe(
      `${String.fromCharCode(64 + later.cells.get("6.2@value")!.col)}${later.cells.get("6.2@value")!.row}`,
    );
  });

  it("warns on a count that jumps tenfold or more (to at least 20) either way, and not below that", () => {
    const later = report(
      { "1.1.a": 230, "1.2": 0, "5.2.1.a": 15, "6.1": 4, "6.2": 10 },
      { period: "6 tháng đầu năm 2021" },
    );
    const findings = compare(later, earlier).findings;
    expect(findings.map((f) => [f.indicator, f.code, f.value])).toEqual([["1.1.a", "period.jumpUp", "230"]]);
    expect(findings[0].message).toBe(
      "Số liệu tăng từ 10 lần trở lên so với kỳ trước (Quý I/2021): từ 23 lên 230. Kiểm tra có gõ thừa chữ số không.",
    );
    // 3 -> 0 and 0 -> 15 change a lot but stay below 20: no warning.
    const down = report({ "1.1.a": 2, "6.1": 4, "6.2": 10 }, { period: "6 tháng đầu năm 2021" });
    expect(compare(down, earlier).findings.map((f) => [f.indicator, f.code])).toEqual([["1.1.a", "period.jumpDown"]]);
  });

  it("uses the factor a template sets instead of the default", () => {
    const strict: SourceModuleInput = structuredClone(khanhHoaPeriodic2021);
    strict.templates[0].periodJump = { factor: 2, atLeast: 5 };
    const cat = buildCatalog({ "khanh-hoa-periodic-2021": strict });
    const before = report({ "1.2": 3 }, { cat });
    const after = report({ "1.2": 7 }, { cat, period: "Quý II/2021" });
    expect(compare(after, before).findings.map((f) => f.message)).toEqual([
      "Số liệu tăng từ 2 lần trở lên so với kỳ trước (Quý I/2021): từ 3 lên 7. Kiểm tra có gõ thừa chữ số không.",
    ]);
  });

  it("says in one line why reports of another unit, template or period cannot be compared", () => {
    const reason = (current: SheetReport, previous: SheetReport) => {
      const r = compare(current, previous);
      expect(r.comparable).toBe(false);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ severity: "warning", cell: "", indicator: "" });
      return [r.findings[0].code, r.findings[0].message];
    };
    const later = report({ "6.2": 9 }, { period: "6 tháng đầu năm 2021" });
    expect(reason(later, report({ "6.2": 10 }, { unit: "UBND huyện Cam Lâm" }))).toEqual([
      "period.otherUnit",
      `Không so sánh với kỳ trước được: tệp quy-1.xlsx là báo cáo của UBND huyện Cam Lâm, báo cáo này của ${CAM_RANH}.`,
    ]);
    expect(reason(later, report({}, { templateId: "sl-pl2" }))[0]).toBe("period.otherTemplate");
    expect(reason(later, report({ "6.2": 10 }, { period: "6 tháng đầu năm 2021" }))[0]).toBe("period.samePeriod");
    expect(reason(later, report({ "6.2": 10 }, { period: "Năm 2022" }))).toEqual([
      "period.notEarlier",
      "Không so sánh với kỳ trước được: tệp quy-1.xlsx là kỳ Năm 2022, sau kỳ 6 tháng đầu năm 2021 của báo cáo này.",
    ]);
    // Periods by meaning: "06 tháng" is "6 tháng", and a quarter later in the same year is not earlier.
    expect(reason(later, report({ "6.2": 10 }, { period: "06 tháng đầu năm 2021" }))[0]).toBe("period.samePeriod");
    expect(reason(later, report({ "6.2": 10 }, { period: "Quý III/2021" }))[0]).toBe("period.notEarlier");
    expect(compare(later, report({ "6.2": 10 }, { period: "Quý I/2021" })).comparable).toBe(true);
    expect(reason(later, report({ "6.2": 10 }, { unit: "" }))[0]).toBe("period.unknownUnit");
    // Unit names compare as the merge compares them: case and invisible characters do not matter.
    expect(compare(later, report({ "6.2": 10 }, { unit: `\u200b${CAM_RANH.toUpperCase()}` })).comparable).toBe(true);
  });

  it("leaves a template whose columns are its years to the within-sheet cumulative rule", () => {
    const a = report({ "II.5.1@y2023": 5 }, { templateId: "sl-pl2", period: "Năm 2023" });
    const b = report({ "II.5.1@y2023": 4 }, { templateId: "sl-pl2", period: "Năm 2024" });
    expect(compare(b, a).findings.map((f) => f.code)).toEqual(["period.periodColumns"]);
  });

  it("finds the earlier workbook's sheet of the same template and unit, or says the workbook has none", () => {
    const later = report({ "6.2": 9 }, { period: "6 tháng đầu năm 2021" });
    const other = report({}, { templateId: "sl-pl2" });
    const other2 = report({ "6.2": 1 }, { unit: "UBND huyện Cam Lâm" });
    const result = compareWithWorkbook(
      later,
      { sheets: [other, other2, earlier], unrecognized: [] },
      {
        locale: "vi",
        previousName: "quy-1.xlsx",
      },
    );
    expect(result.findings.map((f) => f.code)).toEqual(["period.cumulativeFall"]);
    const none = compareWithWorkbook(
      later,
      { sheets: [other], unrecognized: [] },
      {
        locale: "vi",
        previousName: "khac.xlsx",
      },
    );
    expect(none.comparable).toBe(false);
    expect(none.findings[0].message).toMatch(
      /^Không so sánh với kỳ trước được: tệp khac\.xlsx không có trang tính nào theo mẫu kh-dinhky-pl2 .*\(tệp có: sl-pl2\)\.$/,
    );
  });

  it("speaks English when asked", () => {
    const later = report({ "6.2": 9 }, { period: "6 tháng đầu năm 2021" });
    expect(compare(later, earlier, "en").findings[0].message).toBe(
      "A cumulative figure falls from the previous period (Quý I/2021): from 10 to 9. Cumulative figures do not fall; check one of the two periods.",
    );
  });
});
