import { catalog } from "../../src/domain/catalog";
import { COVERAGE_TAG } from "../../src/domain/layout/carriers";
import { ID_COLUMN } from "../../src/domain/layout/identity";
import { mergeFiles, type MergeResult } from "../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import type { ReceivedFile } from "../../src/domain/merge/select";
import { consolidation, figuresOf } from "../helpers/chain";
import { receive } from "../helpers/receive";
import { randomReport } from "../helpers/reports";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { idsOf, loadWorkbook, saveWorkbook, writtenWorkbook, type CellInput } from "../helpers/workbooks";

/**
 * `n` unit reports of one template, "xa-<u>.xlsx" from "UBND xã <u>", random but valid except for the values the
 * test expects left out (`broken`, typed by the fifth unit).
 */
async function unitFiles(
  n: number,
  templateId: string,
  period: string,
  opts: { months?: number; seed?: number; broken?: Record<string, CellInput> } = {},
) {
  const files: ReceivedFile[] = [];
  for (let u = 1; u <= n; u++) {
    const values = {
      ...randomReport(templateId, (opts.seed ?? 0) + 7 * u, opts.months ?? 12),
      ...(u === 5 ? opts.broken : {}),
    };
    files.push(await receive(`xa-${u}.xlsx`, await writtenWorkbook(`UBND xã ${u}`, period, { [templateId]: values })));
  }
  return files;
}

const errorsOf = (f: ReceivedFile) =>
  f.outcome.ok ? f.outcome.report.sheets.flatMap((s) => s.findings.filter((x) => x.severity === "error")) : ["unread"];

const CASES: { templateId: string; period: string; months: number; broken: Record<string, CellInput> }[] = [
  // Khánh Hòa's periodic report: counts, money, flags, codes, months and unweighted rates.
  { templateId: "kh-dinhky-pl2", period: "6 tháng đầu năm 2024", months: 6, broken: { "1.1.a": -5, "1.7": "có" } },
  // Sơn La Phụ lục II: its "n hồ sơ = p%" pairs are weighted rates, and part/whole pairs.
  { templateId: "sl-pl2", period: "Năm 2024", months: 12, broken: { "I.1.a@y2024": "12 văn bản" } },
];

describe.each(CASES)(
  "$templateId: twelve units in three groups of four, merged one level up",
  ({ templateId, period, months, broken }) => {
    let units: ReceivedFile[];
    let direct: MergeResult;
    let groups: ReceivedFile[];

    beforeAll(async () => {
      units = await unitFiles(12, templateId, period, { months, broken });
      direct = mergeFiles(units, catalog(), { locale: "vi", unit: "UBND tỉnh" });
    });
    beforeAll(async () => {
      groups = [];
      for (let g = 0; g < 3; g++)
        groups.push(
          await consolidation(`nhom-${g + 1}.xlsx`, units.slice(4 * g, 4 * g + 4), { unit: `Cụm thi đua ${g + 1}` }),
        );
    });

    it("has the kinds the test is about, and the values left out", () => {
      const kinds = new Set(direct.tables[0].cells.filter((c) => c.result.units > 0).map((c) => c.input.rule.kind));
      for (const k of templateId === "sl-pl2"
        ? ["count", "pair", "flag", "percent"]
        : ["count", "flag", "code", "percent", "months", "money"])
        expect(kinds).toContain(k);
      expect(direct.tables[0].excluded.map((x) => x.value).sort()).toEqual(Object.values(broken).map(String).sort());
    });

    it("writes consolidations that validate with no error on their own figures", () => {
      for (const g of groups) {
        expect(errorsOf(g)).toEqual([]);
        const sheet = g.outcome.ok ? g.outcome.report.sheets[0] : undefined;
        expect(sheet?.recognition.consolidation?.ok).toBe(true);
        expect(sheet?.recognition.unit.value).toMatch(/^Cụm thi đua \d$/);
        expect(sheet?.recognition.period.value).toBe(period);
      }
    });

    it("gives, merging the three consolidations, exactly the figures of merging the twelve units directly", () => {
      const chained = mergeFiles(groups, catalog(), { locale: "vi", unit: "UBND tỉnh" });
      expect(chained.tables[0].leaves).toHaveLength(12);
      expect(figuresOf(chained)).toEqual(figuresOf(direct));
    });

    it("gives the same figures with plain unit files beside consolidations", () => {
      const mixed = mergeFiles([groups[0], groups[1], ...units.slice(8)], catalog(), {
        locale: "vi",
        unit: "UBND tỉnh",
      });
      expect(mixed.overlaps).toEqual([]);
      expect(figuresOf(mixed)).toEqual(figuresOf(direct));
    });
  },
);

describe("a chain of three levels: units, two groups, one region, the top", () => {
  const period = "Quý II/2024";
  let units: ReceivedFile[];
  let top: MergeResult;

  beforeAll(async () => {
    units = await unitFiles(8, "kh-dinhky-pl2", period, { months: 3 });
    const g1 = await consolidation("nhom-1.xlsx", units.slice(0, 4), { unit: "Phòng Nội vụ Nhóm 1" });
    const g2 = await consolidation("nhom-2.xlsx", units.slice(4), { unit: "Phòng Nội vụ Nhóm 2" });
    const region = await consolidation("vung.xlsx", [g1, g2], { unit: "Vùng Bắc" });
    top = mergeFiles([region], catalog(), { locale: "vi", unit: "UBND tỉnh" });
  });

  it("keeps every leaf unit in Nguồn, with the consolidations it came through", () => {
    const leafRows = top.sources.filter((s) => s.via);
    expect(leafRows.map((s) => [s.unit, s.file, s.via, s.status])).toEqual(
      Array.from({ length: 8 }, (_, i) => [
        `UBND xã ${i + 1}`,
        `xa-${i + 1}.xlsx`,
        [i < 4 ? "Phòng Nội vụ Nhóm 1" : "Phòng Nội vụ Nhóm 2", "Vùng Bắc"],
        "included",
      ]),
    );
    expect(top.sources.find((s) => s.file === "vung.xlsx")).toMatchObject({ unit: "Vùng Bắc", covers: 8 });
  });

  it("gives the figures of the eight units merged directly", () => {
    expect(figuresOf(top)).toEqual(figuresOf(mergeFiles(units, catalog(), { locale: "vi" })));
  });
});

describe("a unit covered twice is counted once", () => {
  const period = "Năm 2024";
  let units: ReceivedFile[];
  let group: ReceivedFile;
  const at = (f: ReceivedFile, day: string): ReceivedFile => ({ ...f, modified: new Date(`${day}T08:00:00Z`) });

  beforeAll(async () => {
    units = await unitFiles(4, "kh-dinhky-pl2", period, { seed: 30 });
    group = await consolidation("cum-1.xlsx", units, { unit: "Cụm 1" });
  });

  it("a consolidation and one of its units' own files: the input saved last counts, the totals are the direct merge's", async () => {
    const resent = await receive(
      "xa-2-gui-lai.xlsx",
      await writtenWorkbook("UBND xã 2", period, { "kh-dinhky-pl2": randomReport("kh-dinhky-pl2", 99) }),
    );
    // The unit's own file saved after the consolidation: its figures count, the consolidation's copy does not.
    const later = mergeFiles([at(group, "2024-12-01"), at(resent, "2024-12-05")], catalog(), { locale: "vi" });
    expect(later.overlaps).toEqual([
      {
        unit: "UBND xã 2",
        template: "kh-dinhky-pl2",
        file: "cum-1.xlsx",
        sheet: "Tổng hợp",
        via: ["Cụm 1"],
        kept: "xa-2-gui-lai.xlsx",
        reason: "«UBND xã 2» có trong hai đầu vào; chỉ tính một lần, theo «xa-2-gui-lai.xlsx» (tệp kia lưu sau).",
      },
    ]);
    const direct = mergeFiles([units[0], units[2], units[3], resent], catalog(), { locale: "vi" });
    expect(figuresOf(later)).toEqual(figuresOf(direct));
    // Saved before it: the consolidation's copy counts, and the totals are those of the four units.
    const earlier = mergeFiles([at(group, "2024-12-05"), at(resent, "2024-12-01")], catalog(), { locale: "vi" });
    expect(earlier.overlaps.map((o) => [o.unit, o.file, o.kept])).toEqual([
      ["UBND xã 2", "xa-2-gui-lai.xlsx", "cum-1.xlsx"],
    ]);
    expect(figuresOf(earlier)).toEqual(figuresOf(mergeFiles(units, catalog(), { locale: "vi" })));
    // Nguồn says it on both rows.
    expect(earlier.sources.filter((s) => s.status === "overlap").map((s) => s.file)).toEqual(["xa-2-gui-lai.xlsx"]);
    // The consolidator may choose the other one.
    const chosen = mergeFiles([at(group, "2024-12-05"), at(resent, "2024-12-01")], catalog(), {
      locale: "vi",
      preferred: ["xa-2-gui-lai.xlsx"],
    });
    expect(chosen.overlaps.map((o) => [o.file, o.kept])).toEqual([["cum-1.xlsx", "xa-2-gui-lai.xlsx"]]);
    expect(chosen.sources.find((s) => s.status === "overlap")).toMatchObject({ unit: "UBND xã 2", via: ["Cụm 1"] });
  });

  it("two consolidations that share a unit: counted once, totals equal the direct merge", async () => {
    const other = await consolidation("cum-2.xlsx", [units[3], ...units.slice(0, 1)], { unit: "Cụm 2" });
    const r = mergeFiles([at(group, "2024-12-01"), at(other, "2024-12-02")], catalog(), { locale: "vi" });
    expect(r.overlaps.map((o) => [o.unit, o.file, o.kept])).toEqual([
      ["UBND xã 1", "cum-1.xlsx", "cum-2.xlsx"],
      ["UBND xã 4", "cum-1.xlsx", "cum-2.xlsx"],
    ]);
    const direct = mergeFiles([units[1], units[2], units[3], units[0]], catalog(), { locale: "vi" });
    expect(figuresOf(r)).toEqual(figuresOf(direct));
  });
});

describe("a consolidation whose hidden carriers were damaged", () => {
  it("is set aside with the reason, and its validation says why, rather than merging wrong figures", async () => {
    const units = await unitFiles(2, "kh-dinhky-pl2", "Năm 2024");
    const r = mergeFiles(units, catalog(), { locale: "vi", unit: "Cụm 1" });
    const wb = await loadWorkbook(await layoutWorkbook(mergeOutputSheets(r, "vi"), "t"));
    const ws = wb.getWorksheet(OUTPUT_SHEETS.summary)!;
    // Someone deleted the hidden coverage row's content.
    ws.eachRow((row) => {
      if (row.getCell(ID_COLUMN).value === COVERAGE_TAG) row.getCell(ID_COLUMN + 1).value = "{cut";
    });
    const damaged = await receive("cum-1.xlsx", await saveWorkbook(wb));
    const report = damaged.outcome.ok ? damaged.outcome.report.sheets[0] : undefined;
    expect(report?.recognition.consolidation).toEqual({ ok: false, problem: "coverage" });
    expect(report?.findings.map((f) => [f.severity, f.code])).toEqual([["error", "consolidated.damaged"]]);
    const up = mergeFiles([damaged], catalog(), { locale: "vi" });
    expect(up.tables).toEqual([]);
    expect(up.skipped).toContainEqual({
      file: "cum-1.xlsx",
      sheet: OUTPUT_SHEETS.summary,
      reason:
        "Bảng tổng hợp đã mất dữ liệu ẩn cần để tổng hợp tiếp (cột, dòng ẩn bị xóa hoặc sửa); hãy xin lại tệp gốc.",
    });
  });
});

describe("a consolidated figure edited by hand", () => {
  it("is an error that says what the figure should be, and the next level still merges the units' own figures", async () => {
    const units = await unitFiles(3, "kh-dinhky-pl2", "Năm 2024", { seed: 50 });
    const r = mergeFiles(units, catalog(), { locale: "vi", unit: "Cụm 9" });
    const sum = r.tables[0].cells.find((c) => c.input.ref === "1.1.a@value")!.result.value as number;
    const wb = await loadWorkbook(await layoutWorkbook(mergeOutputSheets(r, "vi"), "t"));
    const cell = idsOf(wb.getWorksheet(OUTPUT_SHEETS.summary)!).cell("1.1.a@value");
    expect(cell.value).toBe(sum);
    cell.value = sum + 100;
    const edited = await receive("cum-9.xlsx", await saveWorkbook(wb));
    const report = edited.outcome.ok ? edited.outcome.report.sheets[0] : undefined;
    expect(report?.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.indicator, f.value])).toEqual([
      ["consolidated.mismatch", "1.1.a", String(sum + 100)],
    ]);
    expect(report?.findings[0].message).toContain(`sửa về ${sum}`);
    expect(figuresOf(mergeFiles([edited], catalog(), { locale: "vi" }))).toEqual(
      figuresOf(mergeFiles(units, catalog(), { locale: "vi" })),
    );
  });
});

describe("the order units arrive in", () => {
  it("does not change any figure: listed text, means, left-out values are by unit name, however grouped", async () => {
    // Khánh Hòa II.1 has text rows ("Unit: text" lines), flags, rates and money.
    const units = await unitFiles(8, "kh-pl2-ii1", "Năm 2020", { broken: { "2@y2019": -1 } });
    const direct = mergeFiles(units, catalog(), { locale: "vi" });
    const shuffled = [6, 2, 7, 0, 4, 1, 5, 3].map((i) => units[i]);
    const groups = [
      await consolidation("khoi-1.xlsx", shuffled.slice(0, 5), { unit: "Khối 1" }),
      await consolidation("khoi-2.xlsx", shuffled.slice(5), { unit: "Khối 2" }),
    ];
    const text = direct.tables[0].cells.find((c) => c.input.rule.kind === "text" && c.result.units > 2)!;
    expect(
      String(text.result.value)
        .split("\n")
        .map((l) => l.split(":")[0]),
    ).toEqual(
      [
        ...new Set(
          String(text.result.value)
            .split("\n")
            .map((l) => l.split(":")[0]),
        ),
      ].sort(new Intl.Collator("vi", { numeric: true }).compare),
    );
    expect(figuresOf(mergeFiles([groups[1], groups[0]], catalog(), { locale: "vi" }))).toEqual(figuresOf(direct));
    expect(figuresOf(mergeFiles(shuffled, catalog(), { locale: "vi" }))).toEqual(figuresOf(direct));
  });
});
