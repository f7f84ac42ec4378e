import { cellAddress } from "../../src/domain/address";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { OfficeError } from "../../src/io/office/errors";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { errorText } from "../../src/taskpane/errors";
import { excelHost } from "../../src/taskpane/hosts/excel-host";
import { vi } from "../../src/taskpane/i18n/vi";
import { resultsLayout, type FileCheck } from "../../src/taskpane/model/findings";
import { NOTHING_REMEMBERED } from "../../src/taskpane/model/remembered";
import { DEFINITION_SHEET } from "../../src/domain/layout/identity";
import { OWN_TABLE, ownDefinition } from "../helpers/made-definition";
import { ExcelMock, WorkbookModel, parseAddress } from "../io/office/excel-mock";
import { filledTemplate } from "../helpers/workbooks";
import { inPageWorker } from "./worker-helpers";

const UNIT = "UBND huyện Cam Lâm";
const PERIOD = "6 tháng đầu năm 2021";
const layout = buildLayout(catalog().get("kh-dinhky-pl2")!.template, { unit: UNIT, period: PERIOD });

const global = globalThis as { Excel?: unknown; Office?: unknown };

/**
 * Excel.run over the mock workbook, Excel.createWorkbook keeping what it is given, Office's document settings with
 * a save that may fail, and the browser's storage in memory.
 */
function inExcel(workbook?: WorkbookModel, saveFails = false) {
  const mock = new ExcelMock(workbook);
  const settings = new Map<string, unknown>();
  const stored = new Map<string, string>();
  const created: string[] = [];
  global.Excel = {
    run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(mock.context),
    createWorkbook: async (base64: string) => void created.push(base64),
  };
  global.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        url: "https://contoso.sharepoint.com/Shared%20Documents/cam-lam.xlsx",
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => settings.set(name, value),
          saveAsync: (done: (r: unknown) => void) =>
            done(
              saveFails
                ? { status: "failed", error: { code: 5001, message: "An internal error has occurred." } }
                : { status: "succeeded" },
            ),
        },
      },
    },
  };
  const storage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
  };
  return { mock, settings, stored, created, host: excelHost({ storage, worker: inPageWorker() }) };
}

afterEach(() => {
  delete global.Excel;
  delete global.Office;
});

/** An input cell of the layout by rule kind, with its A1 address. */
const input = (kind: string, nth = 0) => {
  const i = layout.inputs.filter((c) => c.rule.kind === kind)[nth];
  return { ...i, address: cellAddress(i.row, i.col) };
};

describe("the Excel host", () => {
  it("inserts the chosen template as a new sheet of the open workbook", async () => {
    const { host, mock } = inExcel();
    const written = await host.insertTemplates({ templateIds: ["kh-dinhky-pl2"], unit: UNIT, period: PERIOD });
    expect(written).toEqual({ sheetNames: [layout.sheetName] });
    expect(mock.workbook.active).toBe(layout.sheetName);
    // A second insertion never overwrites the first.
    const again = await host.insertTemplates({ templateIds: ["kh-dinhky-pl2"], unit: UNIT, period: PERIOD });
    expect(again.sheetNames).toEqual([`${layout.sheetName} (2)`]);
  });

  it("inserts every table of an appendix at once, one sheet each", async () => {
    const { host, mock } = inExcel();
    const ids = ["kh-pl2-ii1", "kh-pl2-ii2", "kh-pl2-ii3"];
    const written = await host.insertTemplates({ templateIds: ids, unit: UNIT, period: "Năm 2020" });
    const names = ids.map((id) => catalog().get(id)!.template.sheetName);
    expect(written.sheetNames).toEqual(names);
    for (const name of names) expect(mock.workbook.sheet(name)).toBeDefined();
  });

  it("validates the workbook, selects a finding's cell, marks and clears invalid cells", async () => {
    const { host, mock } = inExcel();
    const [name] = (await host.insertTemplates({ templateIds: ["kh-dinhky-pl2"], unit: UNIT, period: PERIOD }))
      .sheetNames;
    const sheet = mock.workbook.sheet(name);
    const count = input("count");
    const percent = input("percent");
    sheet.set(count.row, count.col, { value: "mười hai" });
    sheet.set(percent.row, percent.col, { value: 150 });

    const result = await host.validateWorkbook!("vi", { completeness: false });
    // The new workbook's own empty sheet is no appendix, and is named as such.
    expect(result.unrecognized).toEqual(["Sheet1"]);
    expect(result.sheets).toHaveLength(1);
    const [report] = result.sheets;
    expect([report.unit, report.period, report.template]).toEqual([UNIT, PERIOD, "Khánh Hòa – Phụ lục 2 (2021)"]);
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual([
      count.address,
      percent.address,
    ]);

    await host.selectCell!(name, percent.address);
    expect(mock.workbook.selected).toEqual({ sheet: name, address: percent.address });

    // Errors are marked with Excel's "bad" red fill.
    const red = () => sheet.conditionalFormats.filter((f) => f.fill === "#FFC7CE").flatMap((f) => f.areas);
    await host.markFindings!(report.findings);
    expect(red()).toEqual([parseAddress(count.address), parseAddress(percent.address)]);
    // Marking again shows the latest validation only, without piling marks up.
    await host.markFindings!(report.findings);
    expect(red()).toHaveLength(2);
    expect(sheet.protection.protected).toBe(true);

    await host.clearMarks!();
    expect(sheet.conditionalFormats).toEqual([]);
  });

  it("validates every appendix sheet of the workbook, the active one first, and names the others", async () => {
    const workbook = new WorkbookModel(["Chi phí"]);
    workbook.sheet("Chi phí").set(1, 1, { value: "Bảng kê chi phí tiếp khách" });
    const { host, mock } = inExcel(workbook);
    expect(await host.validateWorkbook!("vi", { completeness: false })).toEqual({
      sheets: [],
      unrecognized: ["Chi phí"],
      unchecked: [],
    });
    const ids = ["kh-pl2-ii1", "kh-pl2-ii2", "kh-pl2-ii3"];
    const names = (await host.insertTemplates({ templateIds: ids, unit: UNIT, period: "Năm 2020" })).sheetNames;
    mock.workbook.active = names[1];
    const result = await host.validateWorkbook!("vi", { completeness: true });
    expect(result.sheets.map((s) => s.sheet)).toEqual([names[1], names[0], names[2]]);
    expect(result.unrecognized).toEqual(["Chi phí"]);
    // Asked for, the empty cells come as one list per heading of the table, not as findings.
    const [active] = result.sheets;
    expect(active.findings.some((f) => f.code === "completeness.missing")).toBe(false);
    expect(active.emptyCount).toBe(active.expected);
    expect(active.empty.length).toBeGreaterThan(0);
  });

  it("compares every appendix sheet with the previous period's: a sheet of the workbook, or a file", async () => {
    const { host, mock } = inExcel();
    const cumulative = layout.inputs.find((i) => i.rowId === "6.2")!;
    const [earlier] = (await host.insertTemplates({ templateIds: ["kh-dinhky-pl2"], unit: UNIT, period: "Quý I/2021" }))
      .sheetNames;
    const [later] = (await host.insertTemplates({ templateIds: ["kh-dinhky-pl2"], unit: UNIT, period: PERIOD }))
      .sheetNames;
    mock.workbook.sheet(earlier).set(cumulative.row, cumulative.col, { value: 10 });
    mock.workbook.sheet(later).set(cumulative.row, cumulative.col, { value: 9 });
    const periodWarnings = (c: FileCheck) =>
      c.sheets.map((s) => [s.sheet, s.comparedWith, s.findings.filter((f) => f.code.startsWith("period.")).length]);

    const bySheet = await host.validateWorkbook!("vi", { completeness: false, previous: { sheet: earlier } });
    expect(periodWarnings(bySheet)).toEqual([
      [later, `Trang tính «${earlier}»`, 1],
      [earlier, `Trang tính «${earlier}»`, 0],
    ]);
    const file = new File(
      [(await filledTemplate("kh-dinhky-pl2", UNIT, "Quý I/2021", { "6.2": 10 })).slice()],
      "quy-1.xlsx",
    );
    const byFile = await host.validateWorkbook!("vi", { completeness: false, previous: { file } });
    expect(periodWarnings(byFile)).toEqual([
      [later, "quy-1.xlsx", 1],
      // The earlier sheet of the workbook is also Quý I: the file is no earlier period for it, and it says so.
      [earlier, "quy-1.xlsx", 1],
    ]);
    expect(byFile.sheets[1].findings.find((f) => f.code.startsWith("period."))!.code).toBe("period.samePeriod");
  });

  it("opens the validation results as a new workbook, leaving the report as it is", async () => {
    const { host, mock, created } = inExcel();
    await host.insertTemplates({ templateIds: ["kh-dinhky-pl2"], unit: UNIT, period: PERIOD });
    const before = mock.workbook.sheets.map((s) => s.name);
    const check = await host.validateWorkbook!("vi", { completeness: false });
    const { layout, title } = resultsLayout([check], "vi", vi, new Date(2026, 0, 5));
    expect(title).toBe("Kết quả kiểm tra");
    expect(await host.saveWorkbook([layout], title)).toEqual({ sheetNames: ["Kết quả kiểm tra"], newWorkbook: true });
    expect(mock.workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(created).toHaveLength(1);
    const opened = await openWorkbook(new Uint8Array(Buffer.from(created[0], "base64")));
    expect(opened.ok && opened.source.sheetNames()).toContain("Kết quả kiểm tra");
  });

  it("reports Excel's refusals as Office errors the pane can word", async () => {
    const { host, mock } = inExcel();
    mock.failSync(1, "InvalidOperationInCellEditMode");
    const failure = await host.validateWorkbook!("vi", { completeness: false }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OfficeError);
    expect((failure as OfficeError).kind).toBe("editMode");
    expect(errorText(failure, "vi", vi)).toMatch(/^Excel đang ở chế độ sửa ô/);
  });

  it("remembers the template, unit and period in the workbook, and the officer's last choice for new workbooks", async () => {
    const { host, settings, stored } = inExcel();
    expect(await host.loadRemembered()).toEqual(NOTHING_REMEMBERED);
    const choice = { templateId: "kh-pl2-ii3", allTables: true, unit: UNIT, period: PERIOD };
    await host.saveRemembered(choice);
    expect(settings.get("cchc.remembered")).toEqual(choice);
    expect(await host.loadRemembered()).toEqual(choice);
    // Another workbook, which remembers nothing (or only what an older version kept): the browser fills in.
    settings.clear();
    expect(await host.loadRemembered()).toEqual(choice);
    settings.set("cchc.remembered", { unit: "Sở Tư pháp", period: "" });
    expect(await host.loadRemembered()).toEqual({ ...choice, unit: "Sở Tư pháp" });
    expect(JSON.parse(stored.get("cchc.remembered")!)).toEqual(choice);
  });

  it("reads the active sheet for 'Tạo mẫu từ bảng đang mở'", async () => {
    const workbook = new WorkbookModel(["Biểu"]);
    OWN_TABLE.forEach((r, i) => r.forEach((v, j) => workbook.sheet("Biểu").set(i + 1, j + 1, { value: v })));
    const { host } = inExcel(workbook);
    const table = await host.readTable();
    expect(table.source).toBe("Biểu");
    expect(table.grids[0].cell(3, 2).value).toBe("Số lượt tiếp công dân");
  });

  it("inserts a template the user made with its definition very hidden, validates by it, remembers it", async () => {
    const { host, mock, settings } = inExcel();
    const d = ownDefinition();
    const written = await host.insertTemplates({
      templateIds: [d.template.id],
      unit: UNIT,
      period: PERIOD,
      definition: d,
    });
    expect(written.sheetNames).toEqual([d.template.sheetName]);
    expect(mock.workbook.sheet(DEFINITION_SHEET).visibility).toBe("VeryHidden");
    expect(mock.workbook.active).toBe(d.template.sheetName);
    const result = await host.validateWorkbook!("vi", { completeness: false });
    expect(result.sheets.map((r) => [r.templateId, r.recognizedBy])).toEqual([["tiep-cong-dan", "metadata"]]);
    await host.saveDefinitions([d.definition.json]);
    expect(settings.get("cchc.definitions")).toEqual([d.definition.json]);
    expect(await host.loadDefinitions()).toEqual([d.definition.json]);
  });

  it("says so when the settings cannot be saved", async () => {
    const { host } = inExcel(undefined, true);
    await expect(host.saveRemembered({ ...NOTHING_REMEMBERED, unit: UNIT })).rejects.toBeInstanceOf(OfficeError);
    await expect(host.saveRoster("Sở Nội vụ")).rejects.toBeInstanceOf(OfficeError);
  });

  it("remembers the consolidator's roster in the workbook, beside the unit and period", async () => {
    const { host, settings } = inExcel();
    expect(await host.loadRoster()).toBe("");
    await host.saveRemembered({ ...NOTHING_REMEMBERED, unit: UNIT, period: PERIOD });
    await host.saveRoster("UBND xã Cam Hải Tây\nUBND xã Cam Thành Bắc");
    expect(settings.get("cchc.roster")).toBe("UBND xã Cam Hải Tây\nUBND xã Cam Thành Bắc");
    expect(await host.loadRoster()).toBe("UBND xã Cam Hải Tây\nUBND xã Cam Thành Bắc");
    expect(await host.loadRemembered()).toEqual({ ...NOTHING_REMEMBERED, unit: UNIT, period: PERIOD });
  });
});
