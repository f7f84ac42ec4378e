import { layoutCells } from "../../src/domain/layout/table-layout";
import { readFileSync } from "node:fs";
import { catalog } from "../../src/domain/catalog";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import type { SheetReport } from "../../src/domain/rules/validate-sheet";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { markBatches, markedCellCount } from "../../src/domain/rules/marks";
import { vi } from "../../src/taskpane/i18n/vi";
import { gridFromRows } from "../../src/domain/grid";
import { CHECK_LIMITS } from "../../src/domain/rules/validate-workbook";
import {
  bySeverity,
  fileCheck,
  fileStatus,
  resultsLayout,
  sheetCheck,
  uncheckedText,
} from "../../src/taskpane/model/findings";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { filledTemplate } from "../helpers/workbooks";

async function report(bytes: Uint8Array, fileName?: string): Promise<SheetReport> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(opened.reason);
  const { sheets } = validateWorkbook(opened.source, catalog(), { locale: "vi", fileName });
  expect(sheets).toHaveLength(1);
  return sheets[0];
}

describe("what the Kiểm tra tab shows of a validated sheet", () => {
  let camRanh: SheetReport;

  beforeAll(async () => {
    // The Cam Ranh report as printed (one error: "149/149" in a percent cell), plus three typing mistakes.
    camRanh = await report(
      await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, {
        ...camRanhValues,
        "1.1.b": 30, // completed > planned (23)
        "1.5.b": "có", // a word in a count
        "6.4": "1,234", // ambiguous: read as 1234, with a warning
      }),
    );
  });

  it("summarises an injected sheet: unit, period, filled cells, counts, recognised by its ids", () => {
    expect(sheetCheck(camRanh, catalog(), vi, { file: "cam-ranh.xlsx" })).toEqual({
      file: "cam-ranh.xlsx",
      sheet: "PL2-Định kỳ",
      templateId: "kh-dinhky-pl2",
      template: "Khánh Hòa – Phụ lục 2 (2021)",
      unit: camRanhUnit,
      period: camRanhPeriod,
      filled: Object.keys(camRanhValues).length,
      expected: 128,
      errors: 3,
      warnings: 1,
      emptyCount: 0,
      recognizedBy: "metadata",
      unplaced: [],
      findings: camRanh.findings,
      empty: [],
    });
  });

  it("groups findings by severity, each group in cell order", () => {
    const { errors, warnings } = bySeverity(camRanh.findings);
    expect(errors.map((f) => [f.indicator, f.code])).toEqual([
      ["1.1.b", "cross.notGreater"],
      ["1.5.b", "value.notNumber"],
      ["7.6.3.a", "percent.fraction"],
    ]);
    expect(warnings.map((f) => [f.indicator, f.code])).toEqual([["6.4", "value.ambiguous"]]);
    expect(errors.every((f) => /^E\d+$/.test(f.cell) && f.label && f.value && f.message)).toBe(true);
  });

  it("colours error cells red and warning cells amber, once per cell, and skips sheet-level findings", () => {
    const cellOf = (id: string) => camRanh.findings.find((f) => f.indicator === id)!.cell;
    const batches = markBatches(camRanh.findings);
    expect(batches).toEqual([
      { sheet: "PL2-Định kỳ", severity: "error", cells: [cellOf("1.1.b"), cellOf("1.5.b"), cellOf("7.6.3.a")] },
      { sheet: "PL2-Định kỳ", severity: "warning", cells: [cellOf("6.4")] },
    ]);
    // A warning on a cell that also has an error, a repeated error and a finding about the whole sheet.
    const error = camRanh.findings.find((f) => f.indicator === "1.1.b")!;
    const more = [
      ...camRanh.findings,
      { ...error, severity: "warning" as const, code: "cross.partsNotTotal" },
      { ...error, code: "cross.other" },
      { ...error, severity: "warning" as const, cell: "", code: "sheet.missingRows" },
    ];
    expect(markBatches(more)).toEqual(batches);
    expect(markedCellCount(batches)).toBe(4);
    expect(markBatches([])).toEqual([]);
  });

  it("says when a hand-made sheet was recognised by its labels, with unit and period from its title", async () => {
    const hand = await report(new Uint8Array(readFileSync("test/fixtures/libreoffice/hand-1.xlsx")), "hand-1.xlsx");
    const s = sheetCheck(hand, catalog(), vi);
    expect(s.recognizedBy).toBe("labels");
    expect(s.templateId).toBe("kh-pl2-ii1");
    expect(s.template).toBe("Khánh Hòa – Phụ lục 2, bảng II.1 (2020)");
    expect([s.unit, s.period]).toEqual(["UBND huyện Khánh Vĩnh", "Năm 2020"]);
    expect(s.errors).toBe(hand.findings.length);
    expect(s.warnings).toBe(0);
    expect(markBatches(hand.findings).map((b) => b.severity)).toEqual(["error"]);
  });

  it("says which sheets a workbook too large to check whole left unchecked, on screen and in the results", () => {
    const names = Array.from({ length: CHECK_LIMITS.sheets + 2 }, (_, i) => `Trang ${i + 1}`);
    const source = { sheetNames: () => names, grid: (name: string) => gridFromRows(name, [["Ghi chú"]]) };
    const check = fileCheck(validateWorkbook(source, catalog(), { locale: "vi" }), catalog(), vi, { file: "lon.xlsx" });
    expect(check.unchecked).toEqual(names.slice(CHECK_LIMITS.sheets));
    expect(fileStatus(check)).toEqual({ kind: "noAppendix" });
    expect(uncheckedText(check, "vi")).toMatch(/^Không kiểm tra 2 trang tính còn lại: tệp quá lớn/);
    expect(uncheckedText({ ...check, unchecked: [] }, "vi")).toBeUndefined();
    const { layout } = resultsLayout([check], "vi", vi, new Date(2026, 0, 1));
    expect(layoutCells(layout).map((c) => c.value)).toContain(uncheckedText(check, "vi"));
  });
});
