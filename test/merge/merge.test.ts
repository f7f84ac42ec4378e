import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { mergeFiles, type MergedTable, type MergeResult } from "../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { receive } from "../helpers/receive";
import { randomReport } from "../helpers/reports";
import { filledTemplate, loadWorkbook } from "../helpers/workbooks";

const PERIOD = "Năm 2020";
const UNITS = [
  "Sở Nội vụ",
  "Sở Tư pháp",
  "UBND thành phố Nha Trang",
  "UBND huyện Cam Lâm",
  "Đài Phát thanh - Truyền hình",
];

/** The one table of a merge of one template. */
const only = (r: MergeResult): MergedTable => {
  expect(r.tables).toHaveLength(1);
  return r.tables[0];
};

describe("merging the Khánh Hòa Phụ lục 2 II.1 reports of five units", () => {
  const reports = UNITS.map((_, i) => randomReport("kh-pl2-ii1", i + 1));
  let result: MergeResult;
  let table: MergedTable;

  beforeAll(async () => {
    const files = await Promise.all(
      UNITS.map(async (unit, i) =>
        receive(`${unit}.xlsx`, await filledTemplate("kh-pl2-ii1", unit, PERIOD, reports[i])),
      ),
    );
    result = mergeFiles(files, catalog(), { locale: "vi", roster: [...UNITS, "UBND thị xã Ninh Hòa"] });
    table = only(result);
  });

  it("includes every unit once and reports the one on the roster that did not send", () => {
    expect(table.entry.template.id).toBe("kh-pl2-ii1");
    expect(table.included.map((s) => s.unit)).toEqual(UNITS);
    expect(result.missing).toEqual([{ unit: "UBND thị xã Ninh Hòa" }]);
    expect(result.unlisted).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it("gives every consolidated figure as computed independently from the values typed", () => {
    const t = catalog().get("kh-pl2-ii1")!.template;
    const inputs = buildLayout(t, { unit: "", period: "" }).inputs.filter((i) => !i.optional);
    expect(table.cells.map((c) => c.input.ref)).toEqual(inputs.map((i) => i.ref));
    for (const cell of table.cells) {
      const typed = reports.map((r) => r[cell.input.ref]).filter((v) => v !== undefined);
      const nums = typed.filter((v): v is number => typeof v === "number");
      switch (cell.input.rule.kind) {
        case "count":
        case "money":
          expect(cell.result.value).toBe(typed.length ? nums.reduce((a, b) => a + b, 0) : null);
          break;
        case "percent":
          expect(cell.result.value).toBe(
            typed.length ? Math.round((nums.reduce((a, b) => a + b, 0) / nums.length) * 100) / 100 : null,
          );
          if (typed.length)
            expect(cell.result.note).toMatch(/^Trung bình cộng không trọng số của \d\/5 đơn vị \(thấp nhất/);
          break;
        case "flag":
          expect(cell.result.value).toBe(
            typed.length ? `${typed.filter((v) => v === "x").length}/${typed.length} đơn vị` : null,
          );
          break;
        case "text":
          // One line per unit, by unit name.
          expect(cell.result.value).toBe(
            typed.length
              ? UNITS.flatMap((u, i) => (reports[i][cell.input.ref] ? [`${u}: ${reports[i][cell.input.ref]}`] : []))
                  .sort(new Intl.Collator("vi", { numeric: true }).compare)
                  .join("\n")
              : null,
          );
      }
      expect(cell.result.units).toBe(typed.length);
    }
  });

  it("writes the four output sheets, whose figures read back equal the consolidated ones", async () => {
    const wb = await loadWorkbook(await layoutWorkbook(mergeOutputSheets(result, "vi"), "test"));
    const names = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(names).toEqual([OUTPUT_SHEETS.summary, OUTPUT_SHEETS.detail, OUTPUT_SHEETS.sources, OUTPUT_SHEETS.checks]);
    const summary = wb.getWorksheet(OUTPUT_SHEETS.summary)!;
    for (const c of table.cells) expect(summary.getCell(c.input.row, c.input.col).value).toBe(c.result.value);
    const sources = wb.getWorksheet(OUTPUT_SHEETS.sources)!;
    const sourceRows = sources.getColumn(4).values.filter((v) => typeof v === "string");
    expect(sourceRows).toEqual(expect.arrayContaining([...UNITS, "UBND thị xã Ninh Hòa"]));
    const detail = wb.getWorksheet(OUTPUT_SHEETS.detail)!;
    // Every unit's figure is traceable: its column is headed by the unit and its file, and holds what it typed.
    const header = detail.getRow(4).values as unknown[];
    UNITS.forEach((u, k) => expect(header[3 + k]).toBe(`${u}\n(${u}.xlsx)`));
    table.cells.forEach((c, i) => {
      const row = detail.getRow(5 + i).values as unknown[];
      UNITS.forEach((_, k) => expect(row[3 + k] ?? undefined).toBe(reports[k][c.input.ref] ?? undefined));
      expect(row[3 + UNITS.length] ?? null).toBe(c.result.value);
    });
  });
});

describe("what does not count, and is said", () => {
  it("catches the same unit sent twice in NFC and NFD (macOS) and counts it once: the one saved last", async () => {
    const nfc = "Sở Tư pháp";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    const older = await filledTemplate("kh-pl2-ii1", nfc, PERIOD, { "2@y2019": 5 }, (_ws, wb) => {
      wb.modified = new Date("2020-03-01T08:00:00Z");
    });
    const newer = await filledTemplate("kh-pl2-ii1", ` ${nfd.toUpperCase()} `, PERIOD, { "2@y2019": 7 }, (_ws, wb) => {
      wb.modified = new Date("2020-03-05T08:00:00Z");
    });
    const other = await filledTemplate("kh-pl2-ii1", "Sở Nội vụ", PERIOD, { "2@y2019": 100 });
    // The newer file is given first: the saved time decides, not the order.
    const files = [await receive("moi.xlsx", newer), await receive("cu.xlsx", older), await receive("snv.xlsx", other)];
    const r = mergeFiles(files, catalog(), { locale: "vi" });
    expect(only(r).included.map((s) => s.file)).toEqual(["moi.xlsx", "snv.xlsx"]);
    expect(r.duplicates).toEqual([
      {
        unit: nfc,
        file: "cu.xlsx",
        sheet: "PL2-II.1",
        template: "kh-pl2-ii1",
        kept: "moi.xlsx",
        reason: "Trùng đơn vị với tệp «moi.xlsx» (tệp kia lưu sau); không cộng hai lần.",
      },
    ]);
    expect(only(r).cells.find((c) => c.input.ref === "2@y2019")!.result.value).toBe(107);
  });

  it("sets aside another period and unreadable files with a reason, and merges every template", async () => {
    const files = [
      await receive("a.xlsx", await filledTemplate("kh-pl2-ii1", "Sở Nội vụ", PERIOD, { "2@y2019": 1 })),
      await receive("b.xlsx", await filledTemplate("kh-pl2-ii1", "Sở Tư pháp", PERIOD, { "2@y2019": 2 })),
      await receive("c.xlsx", await filledTemplate("kh-pl2-ii1", "Sở Y tế", "Năm 2019", { "2@y2019": 4 })),
      await receive("d.xlsx", await filledTemplate("bd-pl1", "Sở Xây dựng", PERIOD, { "2@y2019": 8 })),
      await receive("e.xlsx", new Uint8Array([1, 2, 3])),
      await receive("f.xlsx", new Uint8Array()),
    ];
    const r = mergeFiles(files, catalog(), { locale: "vi" });
    expect(r.tables.map((t) => [t.entry.template.id, t.included.map((s) => s.file)])).toEqual([
      ["kh-pl2-ii1", ["a.xlsx", "b.xlsx"]],
      ["bd-pl1", ["d.xlsx"]],
    ]);
    expect(r.skipped).toEqual([
      { file: "e.xlsx", reason: "Tệp không phải là sổ tính Excel .xlsx." },
      { file: "f.xlsx", reason: "Tệp rỗng (0 byte)." },
      { file: "c.xlsx", sheet: "PL2-II.1", reason: "Kỳ báo cáo khác: «Năm 2019», đang tổng hợp «Năm 2020»." },
    ]);
    expect(r.tables[0].cells.find((c) => c.input.ref === "2@y2019")!.result.value).toBe(3);
    // --template narrows the merge to one template; the others are listed with the reason.
    const narrowed = mergeFiles(files, catalog(), { locale: "vi", templateId: "kh-pl2-ii1" });
    expect(narrowed.tables.map((t) => t.entry.template.id)).toEqual(["kh-pl2-ii1"]);
    expect(narrowed.skipped).toContainEqual({
      file: "d.xlsx",
      sheet: "PL1",
      reason: "Mẫu biểu khác (bd-pl1), không thuộc lần tổng hợp này.",
    });
  });
});

describe("rates", () => {
  const t = catalog().get("sl-pl2")!.template;
  const pairRow = t.rows.find(
    (r) => r.type === "indicator" && r.rule?.kind === "pair" && r.rule.form === "countPercent",
  )!;
  const percentRow = t.rows.find((r) => r.type === "indicator" && r.rule?.kind === "percent")!;

  it("weighs a rate by its basis: 1,000 files at 90% and 10 at 10% make 89.21%, not 50%", async () => {
    const ref = `${pairRow.id}@y2024`;
    const files = [
      await receive(
        "a.xlsx",
        await filledTemplate("sl-pl2", "UBND huyện Mộc Châu", "Năm 2024", { [ref]: "1000 = 90%" }),
      ),
      await receive("b.xlsx", await filledTemplate("sl-pl2", "UBND huyện Sốp Cộp", "Năm 2024", { [ref]: "10 = 10%" })),
    ];
    const r = mergeFiles(files, catalog(), { locale: "vi" });
    const cell = only(r).cells.find((c) => c.input.ref === ref)!;
    expect(cell.result).toMatchObject({ value: "1.010 = 89,21%", method: "weightedRate", units: 2 });
  });

  it("says when a percentage is a plain mean because no denominator exists", async () => {
    const ref = `${percentRow.id}@y2024`;
    const files = [
      await receive("a.xlsx", await filledTemplate("sl-pl2", "UBND huyện Mộc Châu", "Năm 2024", { [ref]: 90 })),
      await receive("b.xlsx", await filledTemplate("sl-pl2", "UBND huyện Sốp Cộp", "Năm 2024", { [ref]: 10 })),
    ];
    const r = mergeFiles(files, catalog(), { locale: "vi" });
    expect(only(r).cells.find((c) => c.input.ref === ref)!.result).toEqual({
      value: 50,
      method: "mean",
      units: 2,
      note: "Trung bình cộng không trọng số của 2/2 đơn vị (thấp nhất 10, cao nhất 90)",
    });
  });
});

describe("the consolidator's choice among duplicates", () => {
  it("counts the file the user picked, even when the other was saved later, and says so", async () => {
    const older = await filledTemplate("kh-pl2-ii1", "Sở Y tế", PERIOD, { "2@y2019": 5 }, (_ws, wb) => {
      wb.modified = new Date("2020-03-01T08:00:00Z");
    });
    const newer = await filledTemplate("kh-pl2-ii1", "Sở Y tế", PERIOD, { "2@y2019": 9 }, (_ws, wb) => {
      wb.modified = new Date("2020-03-09T08:00:00Z");
    });
    const files = [await receive("lan-1.xlsx", older), await receive("lan-2.xlsx", newer)];
    expect(only(mergeFiles(files, catalog(), { locale: "vi" })).included.map((s) => s.file)).toEqual(["lan-2.xlsx"]);
    const chosen = mergeFiles(files, catalog(), { locale: "vi", preferred: ["lan-1.xlsx"] });
    expect(only(chosen).included.map((s) => s.file)).toEqual(["lan-1.xlsx"]);
    expect(chosen.duplicates[0].reason).toBe(
      "Trùng đơn vị với tệp «lan-1.xlsx» (người tổng hợp đã chọn tệp kia); không cộng hai lần.",
    );
    expect(only(chosen).cells.find((c) => c.input.ref === "2@y2019")!.result.value).toBe(5);
  });
});
