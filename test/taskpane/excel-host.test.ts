import { cellAddress } from "../../src/domain/address";
import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { OfficeError } from "../../src/io/office/errors";
import { errorText } from "../../src/taskpane/errors";
import { excelHost } from "../../src/taskpane/hosts/excel-host";
import { vi } from "../../src/taskpane/i18n/vi";
import { DEFINITION_SHEET } from "../../src/domain/layout/identity";
import { OWN_TABLE, ownDefinition } from "../helpers/made-definition";
import { ExcelMock, WorkbookModel, parseAddress } from "../io/office/excel-mock";

const UNIT = "UBND huyện Cam Lâm";
const PERIOD = "6 tháng đầu năm 2021";
const layout = buildLayout(catalog().get("kh-dinhky-pl2")!.template, { unit: UNIT, period: PERIOD });

const global = globalThis as { Excel?: unknown; Office?: unknown };

/** Excel.run over the mock workbook, and Office's document settings with a save that may fail. */
function inExcel(workbook?: WorkbookModel, saveFails = false) {
  const mock = new ExcelMock(workbook);
  const settings = new Map<string, unknown>();
  global.Excel = { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(mock.context) };
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
  return { mock, settings, host: excelHost() };
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
    const written = await host.insertTemplate({ templateId: "kh-dinhky-pl2", unit: UNIT, period: PERIOD });
    expect(written).toEqual({ sheetNames: [layout.sheetName] });
    expect(mock.workbook.active).toBe(layout.sheetName);
    // A second insertion never overwrites the first.
    const again = await host.insertTemplate({ templateId: "kh-dinhky-pl2", unit: UNIT, period: PERIOD });
    expect(again.sheetNames).toEqual([`${layout.sheetName} (2)`]);
  });

  it("validates the active sheet, selects a finding's cell, marks and clears invalid cells", async () => {
    const { host, mock } = inExcel();
    const [name] = (await host.insertTemplate({ templateId: "kh-dinhky-pl2", unit: UNIT, period: PERIOD })).sheetNames;
    const sheet = mock.workbook.sheet(name);
    const count = input("count");
    const percent = input("percent");
    sheet.set(count.row, count.col, { value: "mười hai" });
    sheet.set(percent.row, percent.col, { value: 150 });

    const result = await host.validate("vi");
    expect(result.unrecognized).toEqual([]);
    expect(result.reports).toHaveLength(1);
    const [report] = result.reports;
    expect([report.recognition.unit.value, report.recognition.period.value]).toEqual([UNIT, PERIOD]);
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

  it("names the active sheet when it is no appendix", async () => {
    const workbook = new WorkbookModel(["Chi phí"]);
    workbook.sheet("Chi phí").set(1, 1, { value: "Bảng kê chi phí tiếp khách" });
    const { host } = inExcel(workbook);
    expect(await host.validate("vi")).toEqual({ reports: [], unrecognized: ["Chi phí"] });
  });

  it("reports Excel's refusals as Office errors the pane can word", async () => {
    const { host, mock } = inExcel();
    mock.failSync(1, "InvalidOperationInCellEditMode");
    const failure = await host.validate("vi").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OfficeError);
    expect((failure as OfficeError).kind).toBe("editMode");
    expect(errorText(failure, "vi", vi)).toMatch(/^Excel đang ở chế độ sửa ô/);
  });

  it("remembers the unit and period in the workbook's settings", async () => {
    const { host, settings } = inExcel();
    expect(await host.loadRemembered()).toEqual({ unit: "", period: "" });
    await host.saveRemembered({ unit: UNIT, period: PERIOD });
    expect(settings.get("cchc.remembered")).toEqual({ unit: UNIT, period: PERIOD });
    expect(await host.loadRemembered()).toEqual({ unit: UNIT, period: PERIOD });
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
    const written = await host.insertTemplate({ templateId: d.template.id, unit: UNIT, period: PERIOD, definition: d });
    expect(written.sheetNames).toEqual([d.template.sheetName]);
    expect(mock.workbook.sheet(DEFINITION_SHEET).visibility).toBe("VeryHidden");
    expect(mock.workbook.active).toBe(d.template.sheetName);
    const result = await host.validate("vi");
    expect(result.reports.map((r) => [r.recognition.entry.template.id, r.recognition.recognizedBy])).toEqual([
      ["tiep-cong-dan", "metadata"],
    ]);
    await host.saveDefinitions([d.definition.json]);
    expect(settings.get("cchc.definitions")).toEqual([d.definition.json]);
    expect(await host.loadDefinitions()).toEqual([d.definition.json]);
  });

  it("says so when the settings cannot be saved", async () => {
    const { host } = inExcel(undefined, true);
    await expect(host.saveRemembered({ unit: UNIT, period: PERIOD })).rejects.toBeInstanceOf(OfficeError);
    await expect(host.saveRoster("Sở Nội vụ")).rejects.toBeInstanceOf(OfficeError);
  });

  it("remembers the consolidator's roster in the workbook, beside the unit and period", async () => {
    const { host, settings } = inExcel();
    expect(await host.loadRoster()).toBe("");
    await host.saveRemembered({ unit: UNIT, period: PERIOD });
    await host.saveRoster("UBND xã Cam Hải Tây\nUBND xã Cam Thành Bắc");
    expect(settings.get("cchc.roster")).toBe("UBND xã Cam Hải Tây\nUBND xã Cam Thành Bắc");
    expect(await host.loadRoster()).toBe("UBND xã Cam Hải Tây\nUBND xã Cam Thành Bắc");
    expect(await host.loadRemembered()).toEqual({ unit: UNIT, period: PERIOD });
  });
});
