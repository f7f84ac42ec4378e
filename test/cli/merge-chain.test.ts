import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import type { Template } from "../../src/domain/catalog/schema";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { randomReport, randomValues } from "../helpers/reports";
import { runCli } from "../helpers/run-cli";
import { provincialForm } from "../helpers/provincial-form";
import { appendixSheet, fill, filledTemplate, idsOf, loadWorkbook, saveWorkbook } from "../helpers/workbooks";

const INPUTS = buildLayout(catalog().get("kh-dinhky-pl2")!.template, { unit: "", period: "" }).inputs.map((i) => i.ref);

/** The chain as a consolidator runs it on the command line: each level merges what it received. */
describe("cchc merge one level up", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-chain-"));
  const period = "6 tháng đầu năm 2024";
  const units = [1, 2, 3, 4].map((u) => path.join(dir, `xa-${u}.xlsx`));
  const groups = [path.join(dir, "cum-1.xlsx"), path.join(dir, "cum-2.xlsx")];

  beforeAll(async () => {
    // Saved in July, well before the consolidations: which copy of a unit counts must not depend on the clock.
    for (const [i, file] of units.entries())
      writeFileSync(
        file,
        await filledTemplate(
          "kh-dinhky-pl2",
          `UBND xã ${i + 1}`,
          period,
          randomReport("kh-dinhky-pl2", i + 1, 6),
          (_ws, wb) => {
            wb.modified = new Date("2024-07-10T08:00:00Z");
          },
        ),
      );
  });
  beforeAll(async () => {
    for (const [g, file] of groups.entries()) {
      const res = await runCli("merge", ...units.slice(2 * g, 2 * g + 2), "-o", file, "--unit", `Cụm ${g + 1}`);
      expect(res.code).toBe(0);
    }
  });

  it("validates a consolidation with no error (exit 0)", async () => {
    const { code, out } = await runCli("validate", groups[0]);
    expect(code).toBe(0);
    expect(out).toContain(`${groups[0]} — trang «${OUTPUT_SHEETS.summary}»`);
    expect(out).toContain("0 lỗi");
  });

  it("lists each consolidation with the units it covers, and a unit sent twice under overlaps", async () => {
    const out = path.join(dir, "tinh.xlsx");
    // Xã 3's own file beside the consolidation that covers it, saved before it: counted once, from the consolidation.
    const { code, out: stdout } = await runCli(
      "merge",
      ...groups,
      units[2],
      "-o",
      out,
      "--unit",
      "UBND tỉnh",
      "--json",
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const [table] = json.tables;
    expect(
      table.units.map((u: { unit: string; status: string; via?: string[]; covers?: number }) => [
        u.unit,
        u.status,
        u.via ?? u.covers ?? null,
      ]),
    ).toEqual([
      ["Cụm 1", "included", 2],
      ["UBND xã 1", "included", ["Cụm 1"]],
      ["UBND xã 2", "included", ["Cụm 1"]],
      ["Cụm 2", "included", 2],
      ["UBND xã 3", "included", ["Cụm 2"]],
      ["UBND xã 4", "included", ["Cụm 2"]],
      ["UBND xã 3", "overlap", null],
    ]);
    expect(json.overlaps).toEqual([
      {
        unit: "UBND xã 3",
        template: "kh-dinhky-pl2",
        file: units[2],
        sheet: "PL2-Định kỳ",
        via: [],
        kept: groups[1],
        reason: `«UBND xã 3» có trong hai đầu vào; chỉ tính một lần, theo «${groups[1]}» (tệp kia lưu sau).`,
      },
    ]);
    expect(json.skipped.map((s: { sheet: string }) => s.sheet)).toEqual([
      OUTPUT_SHEETS.detail,
      OUTPUT_SHEETS.sources,
      OUTPUT_SHEETS.checks,
      OUTPUT_SHEETS.detail,
      OUTPUT_SHEETS.sources,
      OUTPUT_SHEETS.checks,
    ]);
    // The same figures as merging the four units' own files.
    const direct = path.join(dir, "truc-tiep.xlsx");
    expect((await runCli("merge", ...units, "-o", direct)).code).toBe(0);
    const figures = async (file: string) => {
      const at = idsOf((await loadWorkbook(readFileSync(file))).getWorksheet(OUTPUT_SHEETS.summary)!);
      return INPUTS.map((ref) => [ref, at.cell(ref).value]);
    };
    expect(await figures(out)).toEqual(await figures(direct));
  });

  it("shows every covered unit as a column of Chi tiết with --leaves, the consolidation's column without", async () => {
    const headers = async (...extra: string[]) => {
      const out = path.join(dir, `chi-tiet-${extra.length}.xlsx`);
      expect((await runCli("merge", ...groups, "-o", out, ...extra)).code).toBe(0);
      const ws = (await loadWorkbook(readFileSync(out))).getWorksheet(OUTPUT_SHEETS.detail)!;
      return (ws.getRow(4).values as unknown[]).filter((v): v is string => typeof v === "string").slice(2, -2);
    };
    expect(await headers()).toEqual([
      "Cụm 1\n(cum-1.xlsx; tổng hợp 2 đơn vị)",
      "Cụm 2\n(cum-2.xlsx; tổng hợp 2 đơn vị)",
    ]);
    expect(await headers("--leaves")).toEqual([
      "UBND xã 1\n(xa-1.xlsx; qua Cụm 1)",
      "UBND xã 2\n(xa-2.xlsx; qua Cụm 1)",
      "UBND xã 3\n(xa-3.xlsx; qua Cụm 2)",
      "UBND xã 4\n(xa-4.xlsx; qua Cụm 2)",
    ]);
  });
});

describe("a consolidation of a template the user brought (a definition)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-chain-def-"));
  const period = "Quý I năm 2026";
  const units = ["UBND xã Ninh Tây", "UBND phường Bắc Nha Trang", "UBND đặc khu Trường Sa"];
  let template: Template;
  const files: string[] = [];

  beforeAll(async () => {
    writeFileSync(path.join(dir, "bieu.xlsx"), await provincialForm());
    const definition = path.join(dir, "mau.json");
    expect((await runCli("define", path.join(dir, "bieu.xlsx"), "-o", definition)).code).toBe(0);
    template = (JSON.parse(readFileSync(definition, "utf8")) as { templates: Template[] }).templates[0];
    for (const [k, unit] of units.entries()) {
      const file = path.join(dir, `xa-${k + 1}.xlsx`);
      expect(
        (await runCli("template", "--definition", definition, "--unit", unit, "--period", period, "-o", file)).code,
      ).toBe(0);
      const wb = await loadWorkbook(new Uint8Array(readFileSync(file)));
      fill(appendixSheet(wb), randomValues(template, 70 + k));
      writeFileSync(file, await saveWorkbook(wb));
      files.push(file);
    }
  });

  it("carries the definition with it, so that the next level merges it to the direct figures without having it", async () => {
    const group = path.join(dir, "cum.xlsx");
    expect((await runCli("merge", ...files.slice(0, 2), "-o", group, "--unit", "Cụm Bắc")).code).toBe(0);
    const up = path.join(dir, "tinh.xlsx");
    const { code, out } = await runCli("merge", group, files[2], "-o", up, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out).tables[0].units.filter((u: { via?: string[] }) => u.via).length).toBe(2);
    const direct = path.join(dir, "truc-tiep.xlsx");
    expect((await runCli("merge", ...files, "-o", direct)).code).toBe(0);
    const inputs = buildLayout(template, { unit: "", period: "" }).inputs.filter((i) => !i.optional);
    const figures = async (file: string) => {
      const at = idsOf((await loadWorkbook(readFileSync(file))).getWorksheet(OUTPUT_SHEETS.summary)!);
      return inputs.map((i) => [i.ref, at.cell(i.ref).value]);
    };
    expect(await figures(up)).toEqual(await figures(direct));
  });
});
