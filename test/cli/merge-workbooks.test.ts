import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import type { Grid, GridSource } from "../../src/domain/grid";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../../src/domain/layout/identity";
import { OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { expectedFigure } from "../helpers/expected";
import { randomReport } from "../helpers/reports";
import { runCli } from "../helpers/run-cli";
import { filledTemplate, idsOf, loadWorkbook, writtenWorkbook, type CellInput } from "../helpers/workbooks";

const dir = mkdtempSync(path.join(tmpdir(), "cchc-mw-"));
const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
};

/** The figure in a consolidated sheet's cell, found by its hidden ids, on a grid read by our own reader. */
function gridFigures(grid: Grid): (ref: string) => unknown {
  const rows = new Map<string, number>();
  let keyRow = 0;
  for (let r = 1; r <= grid.rowCount; r++) {
    const id = grid.cell(r, ID_COLUMN).value;
    if (id === COLUMN_KEYS_TAG) keyRow = r;
    else if (typeof id === "string" && !rows.has(id)) rows.set(id, r);
  }
  const cols = new Map<string, number>();
  for (let c = 1; c <= grid.colCount; c++) cols.set(String(grid.cell(keyRow, c).value), c);
  return (ref) => {
    const [row, col] = ref.split("@");
    return grid.cell(rows.get(row)!, cols.get(col)!).value;
  };
}

const titleBlock = (ws: ExcelJS.Worksheet) => [1, 2, 3, 4, 5, 6, 7, 8].map((r) => ws.getCell(r, ID_COLUMN + 1).text);

describe("cchc merge of a folder of Bình Định Phụ lục 1-8 from two units, in one run", () => {
  const BD = catalog()
    .templates.filter((e) => e.document.id === "binh-dinh-2020")
    .map((e) => e.template.id);
  const UNITS = ["Sở Nội vụ", "UBND huyện Tuy Phước"];
  const CONSOLIDATOR = "UBND tỉnh Bình Định";
  const PERIOD = "Năm 2020";
  const typed = UNITS.map((_, u) => Object.fromEntries(BD.map((id, k) => [id, randomReport(id, 50 * u + k + 1)])));
  let json: {
    unit: string;
    period: string;
    tables: { template: { id: string }; units: { unit: string; status: string }[]; excludedValues: unknown[] }[];
    units: { unit: string; template: string }[];
  };
  let source: GridSource;
  const out = path.join(dir, "tong-hop-binh-dinh.xlsx");

  // Three steps, as the consolidator's day has them: files arrive, one merge, the output is opened.
  beforeAll(async () => {
    // One unit sends one file per appendix, in a folder of its own; the other puts all of them in one workbook.
    for (const id of BD)
      write(`binh-dinh/so-noi-vu/${id}.xlsx`, await writtenWorkbook(UNITS[0], PERIOD, { [id]: typed[0][id] }));
    write("binh-dinh/tuy-phuoc-tat-ca.xlsx", await writtenWorkbook(UNITS[1], PERIOD, typed[1]));
  });
  beforeAll(async () => {
    const res = await runCli("merge", path.join(dir, "binh-dinh"), "-o", out, "--unit", CONSOLIDATOR, "--json");
    expect(res.code).toBe(0);
    json = JSON.parse(res.out);
  });
  beforeAll(async () => {
    const opened = await openWorkbook(new Uint8Array(readFileSync(out)));
    if (!opened.ok) throw new Error(opened.reason);
    source = opened.source;
  });

  it("consolidates every appendix, each from both units", () => {
    expect(BD).toHaveLength(10);
    expect(json.unit).toBe(CONSOLIDATOR);
    expect(json.period).toBe(PERIOD);
    expect(json.tables.map((t) => t.template.id)).toEqual(BD);
    for (const t of json.tables) {
      expect(t.units.map((u) => [u.unit, u.status]).sort()).toEqual(UNITS.map((u) => [u, "included"]).sort());
      expect(t.excludedValues).toEqual([]);
    }
    expect(json.units).toHaveLength(BD.length * UNITS.length);
  });

  it("writes each appendix's Tổng hợp with the consolidating unit and figures equal to sums computed here", () => {
    for (const id of BD) {
      const template = catalog().get(id)!.template;
      const grid = source.grid(`${OUTPUT_SHEETS.summary} ${template.sheetName}`);
      expect([1, 2, 3, 4, 5, 6, 7, 8].map((r) => grid.cell(r, ID_COLUMN + 1).value)).toContain(
        `Đơn vị báo cáo: ${CONSOLIDATOR}`,
      );
      expect(source.sheetNames()).toContain(`${OUTPUT_SHEETS.detail} ${template.sheetName}`);
      const at = gridFigures(grid);
      for (const input of buildLayout(template, { unit: "", period: "" }).inputs.filter((i) => !i.optional)) {
        const expected = expectedFigure(
          input.rule,
          UNITS.map((unit, u) => ({ unit, value: typed[u][id][input.ref] })),
        );
        expect({ id, ref: input.ref, value: at(input.ref) }).toEqual({ id, ref: input.ref, value: expected });
      }
    }
  });
});

describe("cchc merge: excluded values, periods by meaning, the roster", () => {
  const PERIOD = "6 tháng đầu năm 2024";
  let inbox: string;
  const sent: Record<string, { unit: string; period: string; values: Record<string, CellInput> }> = {
    "cam-hai-tay.xlsx": { unit: "Cam Hải Tây", period: "06 tháng đầu năm 2024", values: { "1.1.a": 4 } },
    "cam-thanh-bac.xlsx": { unit: "UBND xa Cam Thanh Bac", period: "Sáu tháng đầu năm 2024", values: { "1.1.a": 5 } },
    "cam-phuoc-dong.xlsx": { unit: "UBND xã Cam Phước Đông", period: PERIOD, values: { "1.1.a": -5, "1.7": "có" } },
    "cam-hoa.xlsx": { unit: "UBND xã Cam Hòa", period: "6 tháng năm 2024", values: { "1.1.a": 6 } },
    "cam-tan.xlsx": { unit: "UBND xã Cam Tân", period: "Quý I/2024", values: { "1.1.a": 100 } },
    "cam-an-bac.xlsx": { unit: "UBND xã Cam An Bắc", period: PERIOD, values: { "1.1.a": 8 } },
    "son-tan.xlsx": { unit: "UBND xã Sơn Tân", period: PERIOD, values: { "1.1.a": 9 } },
  };

  /** `cchc merge <inbox> -o <out> ... --json`, which must write its output; its JSON. */
  const mergeJson = async (out: string, ...args: string[]) => {
    const { code, out: stdout } = await runCli("merge", inbox, "-o", out, ...args, "--json");
    expect(code).toBe(0);
    return JSON.parse(stdout);
  };

  beforeAll(async () => {
    for (const [file, s] of Object.entries(sent))
      write(`inbox-2024/${file}`, await filledTemplate("kh-dinhky-pl2", s.unit, s.period, s.values));
    inbox = path.join(dir, "inbox-2024");
    write(
      "danh-sach.csv",
      "STT;Tên đơn vị\n1;UBND xã Cam Hải Tây\n2;UBND xã Cam Thành Bắc\n3;UBND xã Cam Phước Đông\n" +
        "4;UBND xã Cam Hòa\n5;UBND xã Cam Tân\n6;UBND xã Cam An Bắt\n7;UBND xã Cam Lập\n",
    );
    const roster = new ExcelJS.Workbook();
    const ws = roster.addWorksheet("Danh sách");
    ws.addRow(["DANH SÁCH ĐƠN VỊ GỬI BÁO CÁO"]);
    ws.addRow(["STT", "Đơn vị", "Ghi chú"]);
    ["UBND xã Cam Hải Tây", "UBND xã Cam Thành Bắc", "UBND xã Cam Phước Đông"].forEach((u, i) =>
      ws.addRow([i + 1, u, ""]),
    );
    write("danh-sach.xlsx", new Uint8Array(await roster.xlsx.writeBuffer()));
  });

  it("counts every spelling of the period as one, lists the values left out, and matches the roster loosely", async () => {
    const out = path.join(dir, "tong-hop-2024.xlsx");
    const json = await mergeJson(out, "--roster", path.join(dir, "danh-sach.csv"), "--unit", "UBND thành phố Cam Ranh");
    expect(json.period).toBe(PERIOD);
    const [table] = json.tables;
    expect(table.units.map((u: { file: string }) => path.basename(u.file)).sort()).toEqual(
      Object.keys(sent)
        .filter((f) => f !== "cam-tan.xlsx")
        .sort(),
    );
    expect(json.skipped).toEqual([
      {
        file: path.join(inbox, "cam-tan.xlsx"),
        sheet: "PL2-Định kỳ",
        reason: `Kỳ báo cáo khác: «Quý I/2024», đang tổng hợp «${PERIOD}».`,
      },
    ]);
    expect(table.excludedValues.map((x: Record<string, string>) => [x.unit, x.indicator, x.value, x.sheet])).toEqual([
      ["UBND xã Cam Phước Đông", "1.1.a", "-5", "PL2-Định kỳ"],
      ["UBND xã Cam Phước Đông", "1.7", "có", "PL2-Định kỳ"],
    ]);
    expect(Object.keys(table.excludedValues[0]).sort()).toEqual(
      ["unit", "file", "sheet", "cell", "indicator", "label", "value", "reason"].sort(),
    );
    expect(table.excludedValues[1].reason).toBe("Nhập mã 1 thay cho chữ «có» (Có = 1; Không = 0).");
    // The roster: case, diacritics and the "UBND xã" prefix do not matter; Cam Tân sent another period.
    expect(json.missing).toEqual(["UBND xã Cam Tân", "UBND xã Cam An Bắt", "UBND xã Cam Lập"]);
    expect(json.unlisted).toEqual([
      { unit: "UBND xã Cam An Bắc", files: [path.join(inbox, "cam-an-bac.xlsx")], suggestion: "UBND xã Cam An Bắt" },
      { unit: "UBND xã Sơn Tân", files: [path.join(inbox, "son-tan.xlsx")] },
    ]);

    const wb = await loadWorkbook(readFileSync(out));
    const summary = wb.getWorksheet(OUTPUT_SHEETS.summary)!;
    expect(titleBlock(summary)).toContain("Đơn vị báo cáo: UBND thành phố Cam Ranh");
    expect(idsOf(summary).cell("1.1.a@value").value).toBe(4 + 5 + 6 + 8 + 9);
  });

  it("merges the period the consolidator names, and reads an .xlsx roster with a title and a header", async () => {
    const out = path.join(dir, "tong-hop-quy-1.xlsx");
    const json = await mergeJson(out, "--period", "Quý 1 năm 2024", "--roster", path.join(dir, "danh-sach.xlsx"));
    expect(json.period).toBe("Quý 1 năm 2024");
    expect(json.units.map((u: { unit: string }) => u.unit)).toEqual(["UBND xã Cam Tân"]);
    expect(json.skipped).toHaveLength(Object.keys(sent).length - 1);
    expect(json.missing).toEqual(["UBND xã Cam Hải Tây", "UBND xã Cam Thành Bắc", "UBND xã Cam Phước Đông"]);
  });

  it("says in human output what it left out, and ends with a summary line", async () => {
    const { code, out } = await runCli("merge", inbox, "-o", path.join(dir, "tong-hop-human.xlsx"));
    expect(code).toBe(0);
    expect(out).toMatch(/KHÔNG CỘNG UBND xã Cam Phước Đông, E\d+ «-5»: Số lượng không được âm/);
    expect(out.trim().split("\n").pop()).toMatch(
      /^Đã ghi .*: tổng hợp 6 đơn vị, 0 tệp trùng, 1 tệp bỏ qua, 0 đơn vị chưa gửi; 1 mẫu biểu, 2 giá trị lỗi không cộng, 0 đơn vị có ở hai đầu vào\.$/,
    );
  });
});
