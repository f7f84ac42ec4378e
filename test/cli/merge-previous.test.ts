import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { randomReport } from "../helpers/reports";
import { runCli } from "../helpers/run-cli";
import { idsOf, loadWorkbook, writtenWorkbook } from "../helpers/workbooks";

const TEMPLATE = "kh-dinhky-pl2";
const INPUTS = buildLayout(catalog().get(TEMPLATE)!.template, { unit: "", period: "" }).inputs.filter(
  (i) => !i.optional,
);

/** `cchc merge --previous`: the consolidation of last period beside this one, in a "Kỳ trước" column. */
describe("cchc merge --previous", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-previous-"));
  const at = (name: string) => path.join(dir, name);
  const unitsOf = (period: string, seed: number) =>
    [1, 2, 3].map((u) => ({ file: at(`${seed}-xa-${u}.xlsx`), unit: `UBND xã ${u}`, period, seed: seed + u }));
  const firstHalf = unitsOf("6 tháng đầu năm 2024", 10);
  const year = unitsOf("Năm 2024", 20);

  beforeAll(async () => {
    for (const u of [...firstHalf, ...year])
      writeFileSync(u.file, await writtenWorkbook(u.unit, u.period, { [TEMPLATE]: randomReport(TEMPLATE, u.seed, 6) }));
    const first = await runCli(
      "merge",
      ...firstHalf.map((u) => u.file),
      "-o",
      at("6-thang.xlsx"),
      "--unit",
      "Sở Nội vụ",
    );
    expect(first.code).toBe(0);
  });

  const summaryOf = async (file: string) =>
    (await loadWorkbook(readFileSync(file))).getWorksheet(OUTPUT_SHEETS.summary)!;
  /** The header cell (within the first 20 rows) whose text starts with `header`. */
  const headed = (ws: ExcelJS.Worksheet, header: string): ExcelJS.Cell | undefined => {
    for (let r = 1; r <= 20; r++)
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getCell(r, c).value;
        if (typeof v === "string" && v.startsWith(header)) return ws.getCell(r, c);
      }
    return undefined;
  };

  it("adds a «Kỳ trước» column with the earlier consolidation's figure of every indicator", async () => {
    const out = at("nam.xlsx");
    const res = await runCli(
      "merge",
      ...year.map((u) => u.file),
      "-o",
      out,
      "--unit",
      "Sở Nội vụ",
      "--previous",
      at("6-thang.xlsx"),
      "--json",
    );
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out).previous).toEqual({
      file: "6-thang.xlsx",
      tables: [{ template: TEMPLATE, sheet: OUTPUT_SHEETS.summary, period: "6 tháng đầu năm 2024" }],
    });

    const before = idsOf(await summaryOf(at("6-thang.xlsx")));
    const ws = await summaryOf(out);
    const now = idsOf(ws);
    const header = headed(ws, "Kỳ trước")!;
    expect(header.value).toBe("Kỳ trước\n(6 tháng đầu năm 2024)");
    const col = Number(header.col);
    expect(col).toBeGreaterThan(now.col("value"));
    let compared = 0;
    for (const input of INPUTS) {
      const earlier = before.cell(input.ref).value;
      expect([input.ref, ws.getCell(now.row(input.rowId), col!).value]).toEqual([input.ref, earlier]);
      if (earlier !== null) compared++;
    }
    // Most indicators had a figure last period: the column is not merely blank.
    expect(compared).toBeGreaterThan(INPUTS.length / 2);
    // This period's own figures are untouched by the column beside them.
    const direct = at("nam-khong-ky-truoc.xlsx");
    expect((await runCli("merge", ...year.map((u) => u.file), "-o", direct, "--unit", "Sở Nội vụ")).code).toBe(0);
    const plain = idsOf(await summaryOf(direct));
    for (const input of INPUTS) expect(now.cell(input.ref).value).toEqual(plain.cell(input.ref).value);
  });

  it("names the earlier file in Nguồn, and the consolidation still validates and merges one level up", async () => {
    const out = at("nam.xlsx");
    const sources = (await loadWorkbook(readFileSync(out))).getWorksheet(OUTPUT_SHEETS.sources)!;
    const rows = sources.getSheetValues().filter(Array.isArray) as unknown[][];
    const earlier = rows.find((r) => r.includes("6-thang.xlsx"));
    expect(earlier).toEqual(expect.arrayContaining(["Kỳ trước", "6 tháng đầu năm 2024", TEMPLATE, "Sở Nội vụ"]));
    expect(earlier!.at(-1)).toBe(`Số liệu cột «Kỳ trước» của trang «${OUTPUT_SHEETS.summary}» lấy từ tệp này.`);

    const validated = await runCli("validate", out);
    expect(validated.code).toBe(0);
    const up = at("tinh.xlsx");
    expect((await runCli("merge", out, "-o", up, "--unit", "UBND tỉnh")).code).toBe(0);
    const [again, once] = [idsOf(await summaryOf(up)), idsOf(await summaryOf(out))];
    for (const input of INPUTS) expect(again.cell(input.ref).value).toEqual(once.cell(input.ref).value);
  });

  it("adds no column from a file of the same period, and says why", async () => {
    const res = await runCli("merge", ...year.map((u) => u.file), "-o", at("nam-2.xlsx"), "--previous", year[0].file);
    expect(res.code).toBe(0);
    expect(res.out).toContain(
      "KỲ TRƯỚC  Tệp kỳ trước cũng là kỳ «Năm 2024», không phải kỳ trước: không thêm cột «Kỳ trước».",
    );
    expect(headed(await summaryOf(at("nam-2.xlsx")), "Kỳ trước")).toBeUndefined();
  });

  it("refuses to write over the earlier consolidation, and an earlier file that cannot be read", async () => {
    const earlier = at("6-thang.xlsx");
    const bytes = readFileSync(earlier);
    const over = await runCli("merge", ...year.map((u) => u.file), "-o", earlier, "--previous", earlier, "--force");
    expect(over).toMatchObject({ code: 2, err: expect.stringMatching(/cũng là tệp đầu vào/) });
    expect(readFileSync(earlier).equals(bytes)).toBe(true);
    const missing = await runCli("merge", year[0].file, "-o", at("x.xlsx"), "--previous", at("khong-co.xlsx"));
    expect(missing).toMatchObject({ code: 2, err: expect.stringMatching(/^Lỗi: không đọc được tệp kỳ trước «/) });
  });
});
