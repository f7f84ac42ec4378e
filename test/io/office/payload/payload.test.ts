/**
 * What Excel on the web receives from the add-in, measured on Microsoft's own Office.js web runtime (see
 * office-web.ts): every request of the heaviest things the add-in does, against a budget well under the 5 MB Excel
 * on the web accepts (RequestPayloadSizeLimitExceeded). The requests are carried out on the in-memory workbook, so
 * the test also sees that what was sent in pieces is the whole table.
 */
import { buildCatalog, catalog } from "../../../../src/domain/catalog";
import { buildLayout } from "../../../../src/domain/layout/build-layout";
import type { SheetLayout } from "../../../../src/domain/layout/model";
import { mergeFiles } from "../../../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../../../src/domain/merge/output-sheets";
import { markCells, writeLayouts } from "../../../../src/io/office";
import { receivedReport } from "../../../helpers/in-memory-reports";
import { ExcelMock, WorkbookModel } from "../excel-mock";
import { ExcelOnTheWeb } from "./office-web";
import { RichApiWorkbook } from "./rich-api-workbook";

/** The largest request any case may send: 2 MB, under half of what Excel on the web accepts. */
const BUDGET_BYTES = 2_000_000;
const PERIOD = "Năm 2021";

// Each case builds and sends a few megabytes through the real runtime: seconds, not milliseconds, on a busy
// machine. The limit only guards against a hang; nothing here is timed.
jest.setTimeout(60_000);

function excelOnTheWeb() {
  const workbook = new RichApiWorkbook(new ExcelMock(new WorkbookModel(["Sheet1"])));
  const host = new ExcelOnTheWeb(workbook.run);
  return { host, workbook, model: workbook.mock.workbook };
}

/** The largest request of a run, and a check that the workbook understood every one of them. */
function largest(host: ExcelOnTheWeb, workbook: RichApiWorkbook): number {
  expect(workbook.unknown).toEqual([]);
  return Math.max(...host.requests.map((r) => r.bytes));
}

/** Every cell of a layout as the workbook now holds it. */
function expectWritten(model: WorkbookModel, name: string, layout: SheetLayout): void {
  const sheet = model.sheet(name);
  const wrong = layout.cells.filter((c) => sheet.value(c.row, c.col) !== c.value);
  expect(wrong.slice(0, 3)).toEqual([]);
}

/** The Khánh Hòa periodic appendix's rows seven times over under new ids: a 1,132-row table (as npm run bench). */
function table1132(): SheetLayout {
  const base = catalog().get("kh-dinhky-pl2")!;
  const rows = Array.from({ length: 7 }, (_, k) =>
    base.template.rows.map((r) => (r.id ? { ...r, id: `${r.id}.k${k}` } : r)),
  ).flat();
  const big = { ...base.template, id: "bang-1132", rows, crossRules: [] };
  const cat = buildCatalog({ big: { document: base.document, templates: [big] } });
  return buildLayout(cat.get("bang-1132")!.template, { unit: "Sở Nội vụ", period: PERIOD });
}

describe("requests Excel on the web receives from the add-in", () => {
  it("starts Office.js as Excel on the web does", async () => {
    const { host } = excelOnTheWeb();
    expect(await host.onReady()).toMatchObject({ host: "Excel", platform: "OfficeOnline" });
    expect(host.window.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    host.dispose();
  });

  it("inserts a 1,132-row table in requests under the budget, suspending screen updating in each", async () => {
    const layout = table1132();
    expect(Math.max(...layout.cells.map((c) => c.row))).toBe(1132);
    const { host, workbook, model } = excelOnTheWeb();
    const [name] = await host.excelRun((context) => writeLayouts(context, [layout]));
    expect(largest(host, workbook)).toBeLessThan(BUDGET_BYTES);
    expect(workbook.suspended).toBe(workbook.changing);
    expectWritten(model, name, layout);
    expect(model.sheet(name).protection.protected).toBe(true);
    expect(model.sheet(name).page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    host.dispose();
  });

  it("inserts every template of the catalog in requests under the budget", async () => {
    const { host, workbook, model } = excelOnTheWeb();
    const sizes: Record<string, number> = {};
    for (const { template } of catalog().templates) {
      const layout = buildLayout(template, { unit: "UBND xã Cam Hải Đông", period: PERIOD });
      const before = host.requests.length;
      const [name] = await host.excelRun((context) => writeLayouts(context, [layout]));
      sizes[template.id] = Math.max(...host.requests.slice(before).map((r) => r.bytes));
      expectWritten(model, name, layout);
    }
    expect(workbook.unknown).toEqual([]);
    const over = Object.entries(sizes).filter(([, bytes]) => bytes >= BUDGET_BYTES);
    expect(over).toEqual([]);
    expect(Object.keys(sizes)).toHaveLength(catalog().templates.length);
    host.dispose();
  });

  it("marks 5,000 cells in requests under the budget", async () => {
    const { host, workbook, model } = excelOnTheWeb();
    // Scattered cells, none beside another: the worst case for grouping them into areas.
    const addresses = Array.from({ length: 5000 }, (_, i) => `${"BDFH"[i % 4]}${1 + 2 * Math.floor(i / 4)}`);
    await host.excelRun((context) => markCells(context, "Sheet1", addresses, "error"));
    expect(largest(host, workbook)).toBeLessThan(BUDGET_BYTES);
    const marked = model.sheet("Sheet1").conditionalFormats.flatMap((f) => f.areas);
    expect(marked).toHaveLength(5000);
    host.dispose();
  });

  it("writes the merge of 200 units with 60 findings each in requests under the budget", async () => {
    const template = catalog().get("kh-dinhky-pl2")!.template;
    const inputs = buildLayout(template, { unit: "", period: PERIOD }).inputs;
    const numeric = inputs.filter((i) => i.rule.kind !== "text").slice(0, 60);
    const texts = inputs.filter((i) => i.rule.kind === "text");
    const files = Array.from({ length: 200 }, (_, u) => {
      const values: Record<string, string | number> = {};
      // A negative figure in 60 input cells: 60 error findings per unit, 12,000 rows on the checks sheet.
      for (const i of numeric) values[i.ref] = -1 - u;
      for (const i of texts) values[i.ref] = `Tuyên truyền qua loa phát thanh và trang thông tin điện tử, đợt ${u + 1}`;
      return receivedReport(`don-vi-${u + 1}.xlsx`, "kh-dinhky-pl2", `UBND xã Số ${u + 1}`, PERIOD, values);
    });
    const first = files[0].outcome;
    expect(first.ok && first.report.sheets[0].findings.filter((f) => f.severity === "error")).toHaveLength(60);
    const layouts = mergeOutputSheets(mergeFiles(files, catalog(), { locale: "vi" }), "vi");
    const { host, workbook, model } = excelOnTheWeb();
    const names = await host.excelRun((context) => writeLayouts(context, layouts));
    expect(names).toEqual(Object.values(OUTPUT_SHEETS));
    expect(largest(host, workbook)).toBeLessThan(BUDGET_BYTES);
    layouts.forEach((layout, i) => expectWritten(model, names[i], layout));
    host.dispose();
  });
});
