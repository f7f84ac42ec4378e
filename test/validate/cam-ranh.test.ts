import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { filledTemplate } from "../helpers/workbooks";

async function validate(bytes: Uint8Array) {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(opened.reason);
  return validateWorkbook(opened.source, catalog(), { locale: "vi" });
}

const strip = (f: { severity: string; code: string; indicator: string; value: string; message: string }) => ({
  severity: f.severity,
  code: f.code,
  indicator: f.indicator,
  value: f.value,
  message: f.message,
});

describe("the Cam Ranh report, filled with the values printed in its source document", () => {
  let findings: ReturnType<typeof strip>[];
  let cells: string[];

  beforeAll(async () => {
    const report = await validate(await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues));
    expect(report.sheets).toHaveLength(1);
    const sheet = report.sheets[0];
    expect(sheet.recognition.recognizedBy).toBe("metadata");
    expect(sheet.recognition.unit).toEqual({ value: camRanhUnit, source: "metadata" });
    expect(sheet.filled).toBe(Object.keys(camRanhValues).length);
    expect(sheet.expected).toBe(128);
    findings = sheet.findings.map(strip);
    cells = sheet.findings.map((f) => f.cell);
  });

  it("flags exactly the cell that is wrong: 149/149 typed in a percent row", () => {
    expect(findings).toEqual([
      {
        severity: "error",
        code: "percent.fraction",
        indicator: "7.6.3.a",
        value: "149/149",
        message: "Nhập tỷ lệ phần trăm, ví dụ 100 (149/149 = 100%).",
      },
    ]);
    expect(cells[0]).toMatch(/^[A-Z]+\d+$/);
  });

  it("validates the same after two rows are inserted and one is moved", async () => {
    const edited = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues, (ws) => {
      // Two rows inserted near the top of the table, then row "1.1.b" cut and inserted below "2.5".
      const rowOf = (id: string) => ws.getColumn(1).values.findIndex((v) => v === id);
      ws.spliceRows(rowOf("1.1.a"), 0, [], []);
      const moved = (ws.getRow(rowOf("1.1.b")).values as ExcelJS.CellValue[]).slice(1);
      ws.spliceRows(rowOf("1.1.b"), 1);
      ws.spliceRows(rowOf("2.5") + 1, 0, moved);
    });
    const report = await validate(edited);
    expect(report.sheets[0].findings.map(strip)).toEqual(findings);
    expect(report.sheets[0].filled).toBe(Object.keys(camRanhValues).length);
    // The cell moved with its row: the finding points at the new place, not the old one.
    expect(report.sheets[0].findings[0].cell).not.toBe(cells[0]);
  });

  it("catches a completed count above its plan once the plan is lowered", async () => {
    const report = await validate(
      await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, {
        ...camRanhValues,
        "1.1.a": 12,
        "7.6.3.a": 100,
      }),
    );
    expect(report.sheets[0].findings.map(strip)).toEqual([
      {
        severity: "error",
        code: "cross.notGreater",
        indicator: "1.1.b",
        value: "15",
        message: expect.stringMatching(/^Số đã hoàn thành \(15\) lớn hơn số đề ra ở [A-Z]+\d+ \(12\)\.$/),
      },
    ]);
  });
});
