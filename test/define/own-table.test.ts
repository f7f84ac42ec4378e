import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cellAddress } from "../../src/domain/address";
import { catalog } from "../../src/domain/catalog";
import type { Template } from "../../src/domain/catalog/schema";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { recognizeSheet } from "../../src/domain/recognize/recognize";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { provincialForm } from "../helpers/provincial-form";
import { runCli } from "../helpers/run-cli";
import { appendixSheet, fill, loadWorkbook, saveWorkbook, type CellInput } from "../helpers/workbooks";

/** A province's own form that no catalog entry resembles: defined, injected, filled by three communes, validated, merged. */
const dir = mkdtempSync(path.join(tmpdir(), "cchc-own-"));
const PERIOD = "Quý I năm 2026";
const UNITS = ["UBND xã Ninh Tây", "UBND phường Bắc Nha Trang", "UBND đặc khu Trường Sa"];

describe("a table no catalog entry resembles, from define to merge", () => {
  let template: Template;
  let problems: { row: number; message: string }[];
  let blank: string;
  const filled: string[] = [];
  const ref = (label: string, column: "v1" | "v2") => {
    const row = template.rows.find((r) => r.type === "indicator" && r.label.startsWith(label))!;
    return `${row.id}@${column}`;
  };
  const cellOf = (r: string) => {
    const input = buildLayout(template, { unit: "", period: "" }).inputs.find((i) => i.ref === r)!;
    return cellAddress(input.row, input.col);
  };
  const values = (k: number): Record<string, CellInput> => ({
    [ref("Số máy tính", "v1")]: 2 + k,
    [ref("Số máy tính", "v2")]: 5 + k,
    [ref("Tỷ lệ hồ sơ", "v1")]: 80 + k,
    [ref("Kết nối mạng", "v1")]: k === 1 ? 0 : 1,
    [ref("Tổng số người", "v1")]: 30 + k,
    [ref("Cán bộ, công chức", "v1")]: 10 + k,
    [ref("Thành viên tổ", "v1")]: 20,
    [ref("Kinh phí", "v1")]: 150.5 * (k + 1),
  });

  beforeAll(async () => {
    const table = path.join(dir, "bieu-05.xlsx");
    writeFileSync(table, await provincialForm());
    const definition = path.join(dir, "chuyen-doi-so-xa.json");
    const defined = await runCli("define", table, "-o", definition, "--json");
    expect(defined.code).toBe(0);
    problems = JSON.parse(defined.out).problems;
    template = (JSON.parse(readFileSync(definition, "utf8")) as { templates: Template[] }).templates[0];
    blank = path.join(dir, "blank.xlsx");
    expect((await runCli("template", "--definition", definition, "--period", PERIOD, "-o", blank)).code).toBe(0);
    for (const [k, unit] of UNITS.entries()) {
      const file = path.join(dir, `${k + 1}.xlsx`);
      expect(
        (await runCli("template", "--definition", definition, "--unit", unit, "--period", PERIOD, "-o", file)).code,
      ).toBe(0);
      const wb = await loadWorkbook(new Uint8Array(readFileSync(file)));
      fill(appendixSheet(wb), values(k));
      writeFileSync(file, await saveWorkbook(wb));
      filled.push(file);
    }
  });

  it("is defined with its kinds, its two value columns and the parts of its total", () => {
    expect(catalog().templates.some((e) => e.template.title.includes("THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ CẤP XÃ"))).toBe(
      false,
    );
    const indicators = template.rows.flatMap((r) => (r.type === "indicator" ? [[r.stt, r.rule?.kind]] : []));
    expect(indicators).toEqual([
      ["1", "count"],
      ["2", "percent"],
      ["3", "flag"],
      ["4", "text"],
      ["1", "count"],
      ["-", "count"],
      ["-", "count"],
      ["2", "money"],
    ]);
    expect(problems).toEqual([{ row: 10, message: expect.stringContaining("đơn vị tính «Điểm truy cập»") }]);
    expect(template.columns.filter((c) => c.role === "value").map((c) => [c.header, c.group])).toEqual([
      ["Trong kỳ", "Kết quả"],
      ["Lũy kế từ đầu năm", "Kết quả"],
    ]);
    expect(template.crossRules).toEqual([
      {
        type: "partsOfTotal",
        total: ref("Tổng số người", "v1").split("@")[0],
        parts: [ref("Cán bộ, công chức", "v1").split("@")[0], ref("Thành viên tổ", "v1").split("@")[0]],
        exhaustive: false,
        severity: "error",
      },
    ]);
  });

  it("is recognised in the injected workbook by the definition it carries, no definition installed", async () => {
    const opened = await openWorkbook(new Uint8Array(readFileSync(blank)));
    if (!opened.ok) throw new Error(opened.reason);
    const sheet = opened.source.sheetNames().find((n) => !n.startsWith("_"))!;
    // The built-in catalog alone does not know the template; the workbook's carrier does.
    expect(recognizeSheet(opened.source.grid(sheet), catalog())).toBeUndefined();
    const { code, out } = await runCli("validate", blank, "--json");
    expect(code).toBe(0);
    const [report] = JSON.parse(out).files;
    expect(report).toMatchObject({
      status: "ok",
      template: { id: "chuyen-doi-so-xa", version: expect.stringMatching(/^[0-9a-f]{16}$/) },
      recognizedBy: "metadata",
      filled: 0,
      expected: 16,
    });
  });

  it("finds '149/149' in its % row, 'có' in its flag row and a negative count, each at its cell", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(filled[0])));
    fill(appendixSheet(wb), {
      [ref("Tỷ lệ hồ sơ", "v1")]: "149/149",
      [ref("Kết nối mạng", "v1")]: "có",
      [ref("Số máy tính", "v2")]: -3,
    });
    const wrong = path.join(dir, "wrong.xlsx");
    writeFileSync(wrong, await saveWorkbook(wb));
    const { code, out } = await runCli("validate", wrong, "--json");
    expect(code).toBe(1);
    const findings = JSON.parse(out).files[0].findings as {
      severity: string;
      code: string;
      cell: string;
      message: string;
    }[];
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.cell, f.code])).toEqual(
      expect.arrayContaining([
        [cellOf(ref("Tỷ lệ hồ sơ", "v1")), "percent.fraction"],
        [cellOf(ref("Kết nối mạng", "v1")), "code.word"],
        [cellOf(ref("Số máy tính", "v2")), "count.negative"],
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(errors.find((f) => f.cell === cellOf(ref("Tỷ lệ hồ sơ", "v1")))!.message).toContain("149/149 = 100%");
    expect(errors.find((f) => f.cell === cellOf(ref("Kết nối mạng", "v1")))!.message).toBe(
      "Nhập mã 1 thay cho chữ «có» (Có = 1; Không = 0).",
    );
  });

  it("merges three communes by indicator with the right sums", async () => {
    const output = path.join(dir, "tong-hop.xlsx");
    const { code, out } = await runCli("merge", ...filled, "-o", output, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.tables.map((t: { template: { id: string } }) => t.template.id)).toEqual(["chuyen-doi-so-xa"]);
    expect(json.units.map((u: { unit: string }) => u.unit)).toEqual(UNITS);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(output)));
    const summary = wb.getWorksheet(OUTPUT_SHEETS.summary)!;
    const at = (r: string) => summary.getCell(cellOf(r)).value;
    const sum = (r: string) => UNITS.reduce((a, _, k) => a + (values(k)[r] as number), 0);
    for (const r of [
      ref("Số máy tính", "v1"),
      ref("Số máy tính", "v2"),
      ref("Tổng số người", "v1"),
      ref("Cán bộ, công chức", "v1"),
      ref("Thành viên tổ", "v1"),
      ref("Kinh phí", "v1"),
    ])
      expect(at(r)).toBe(sum(r));
    expect(at(ref("Kinh phí", "v1"))).toBe(903);
    expect(at(ref("Kết nối mạng", "v1"))).toBe("2/3 đơn vị");
    expect(at(ref("Tỷ lệ hồ sơ", "v1"))).toBe(81);
    // The consolidation carries the definition too: it can be validated again without it.
    const again = await runCli("validate", output, "--json");
    expect(JSON.parse(again.out).files.find((f: { sheet: string }) => f.sheet === OUTPUT_SHEETS.summary)).toMatchObject(
      {
        template: { id: "chuyen-doi-so-xa" },
        recognizedBy: "metadata",
      },
    );
  });
});
