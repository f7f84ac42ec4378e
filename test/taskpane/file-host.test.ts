import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { unreadableMessage } from "../../src/domain/files/unreadable";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { OfficeError } from "../../src/io/office/errors";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { errorText, UnreadableFileError } from "../../src/taskpane/errors";
import { fileHost } from "../../src/taskpane/hosts/file-host";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";
import { readReceived } from "../../src/taskpane/model/read-files";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { definitionFileText } from "../../src/domain/catalog/definitions";
import { OWN_TABLE, ownDefinition } from "../helpers/made-definition";
import { filledTemplate, saveWorkbook } from "../helpers/workbooks";

/** A standalone host whose downloads and browser storage are kept in memory. */
function standalone(storage: Map<string, string> | null = new Map()) {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  const host = fileHost({
    storage: storage
      ? { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) }
      : undefined,
    save: (bytes, fileName) => saved.push({ bytes, fileName }),
  });
  return { host, saved };
}

async function validated(bytes: Uint8Array) {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(opened.reason);
  return validateWorkbook(opened.source, catalog(), { locale: "vi" });
}

describe("the standalone page's host", () => {
  it("works on files only: no cell selection, no marks", () => {
    const { host } = standalone();
    expect(host.kind).toBe("standalone");
    expect([host.selectCell, host.markFindings, host.clearMarks]).toEqual([undefined, undefined, undefined]);
  });

  it("downloads the chosen template, laid out for the unit and period", async () => {
    const { host, saved } = standalone();
    const written = await host.insertTemplate({
      templateId: "kh-dinhky-pl2",
      unit: camRanhUnit,
      period: camRanhPeriod,
    });
    expect(written).toEqual({ sheetNames: [], fileName: "kh-dinhky-pl2.xlsx" });
    expect(saved.map((s) => s.fileName)).toEqual(["kh-dinhky-pl2.xlsx"]);
    const { sheets } = await validated(saved[0].bytes);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].recognition.recognizedBy).toBe("metadata");
    expect(sheets[0].recognition.entry.template.id).toBe("kh-dinhky-pl2");
    expect([sheets[0].recognition.unit.value, sheets[0].recognition.period.value]).toEqual([
      camRanhUnit,
      camRanhPeriod,
    ]);
    expect([sheets[0].filled, sheets[0].expected, sheets[0].findings]).toEqual([0, 128, []]);
  });

  it("validates a chosen file in the language asked for", async () => {
    const { host } = standalone();
    const bytes = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
    const result = await host.validate("en", new File([bytes.slice()], "cam-ranh.xlsx"));
    expect(result.fileName).toBe("cam-ranh.xlsx");
    expect(result.unrecognized).toEqual([]);
    expect(result.reports.map((r) => r.findings.map((f) => [f.indicator, f.message]))).toEqual([
      [["7.6.3.a", "Type a percentage, for example 100 (149/149 = 100%)."]],
    ]);
  });

  it("lists every empty input cell as a warning when asked, and only then", async () => {
    const { host } = standalone();
    const bytes = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
    const file = () => new File([bytes.slice()], "cam-ranh.xlsx");
    const plain = (await host.validate("vi", file())).reports[0];
    const full = (await host.validate("vi", file(), { completeness: true })).reports[0];
    const missing = full.findings.filter((f) => f.code === "completeness.missing");
    expect(plain.findings.some((f) => f.code === "completeness.missing")).toBe(false);
    expect(missing).toHaveLength(full.expected - full.filled);
    expect(missing.every((f) => f.severity === "warning" && f.message === "Chưa nhập số liệu.")).toBe(true);
  });

  it("says which sheets of a workbook hold no appendix", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").getCell("A1").value = "Danh sách cán bộ";
    const { host } = standalone();
    const result = await host.validate("vi", new File([(await saveWorkbook(wb)).slice()], "ghi-chu.xlsx"));
    expect(result).toEqual({ reports: [], unrecognized: ["Ghi chú"], fileName: "ghi-chu.xlsx" });
  });

  it("refuses an unreadable file with the reason the user can act on", async () => {
    const { host } = standalone();
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const failure = await host.validate("vi", new File([xls], "bao-cao.xls")).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnreadableFileError);
    expect(errorText(failure, "vi", vi)).toBe(`Không đọc được tệp «bao-cao.xls». ${unreadableMessage("xls", "vi")}`);
    expect(errorText(failure, "en", en)).toBe(`“bao-cao.xls” cannot be read. ${unreadableMessage("xls", "en")}`);
    const empty = await host.validate("vi", new File([], "rong.xlsx")).catch((e: unknown) => e);
    expect((empty as UnreadableFileError).reason).toBe("empty");
  });

  it("downloads the merge's four sheets as tong-hop-<template>.xlsx", async () => {
    const { host, saved } = standalone();
    const bytes = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
    const received = await readReceived([new File([bytes.slice()], "cam-ranh.xlsx")], "vi", () => undefined);
    const result = mergeFiles(received, catalog(), { locale: "vi" });
    const written = await host.writeSheets(mergeOutputSheets(result, "vi"), "tong-hop-kh-dinhky-pl2");
    expect(written.fileName).toBe("tong-hop-kh-dinhky-pl2.xlsx");
    expect(saved.map((s) => s.fileName)).toEqual(["tong-hop-kh-dinhky-pl2.xlsx"]);
    const opened = await openWorkbook(saved[0].bytes);
    if (!opened.ok) throw new Error(opened.reason);
    const names = Object.values(OUTPUT_SHEETS);
    expect(written.sheetNames).toEqual(names);
    for (const name of names) expect(opened.source.sheetNames()).toContain(name);
  });

  it("remembers the unit and period in the browser's storage", async () => {
    const storage = new Map<string, string>();
    const { host } = standalone(storage);
    expect(await host.loadRemembered()).toEqual({ unit: "", period: "" });
    await host.saveRemembered({ unit: camRanhUnit, period: camRanhPeriod });
    expect(await standalone(storage).host.loadRemembered()).toEqual({ unit: camRanhUnit, period: camRanhPeriod });
    storage.set("cchc.remembered", "{not json");
    expect(await host.loadRemembered()).toEqual({ unit: "", period: "" });
  });

  it("reads a chosen file's visible sheets for 'Tạo mẫu từ tệp…'", async () => {
    const { host } = standalone();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu");
    OWN_TABLE.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
    wb.addWorksheet("Ẩn", { state: "hidden" });
    const table = await host.readTable(new File([(await saveWorkbook(wb)).slice()], "tiep-cong-dan.xlsx"));
    expect([table.source, table.grids.map((g) => g.sheetName)]).toEqual(["tiep-cong-dan.xlsx", ["Biểu"]]);
  });

  it("downloads a definition, remembers the definitions made, and inserts one carrying its definition", async () => {
    const storage = new Map<string, string>();
    const { host, saved } = standalone(storage);
    const d = ownDefinition();
    await host.saveTextFile(definitionFileText(d), "tiep-cong-dan.json");
    expect(saved.map((s) => [s.fileName, new TextDecoder().decode(s.bytes)])).toEqual([
      ["tiep-cong-dan.json", definitionFileText(d)],
    ]);
    expect(await host.loadDefinitions()).toEqual([]);
    await host.saveDefinitions([d.definition.json]);
    expect(await standalone(storage).host.loadDefinitions()).toEqual([d.definition.json]);
    storage.set("cchc.definitions", "{not json");
    expect(await host.loadDefinitions()).toEqual([]);

    await host.insertTemplate({ templateId: d.template.id, unit: camRanhUnit, period: camRanhPeriod, definition: d });
    expect(saved[1].fileName).toBe("tiep-cong-dan.xlsx");
    const { sheets } = await validated(saved[1].bytes);
    expect(sheets.map((s) => [s.recognition.entry.template.id, s.recognition.recognizedBy, s.expected])).toEqual([
      ["tiep-cong-dan", "metadata", 3],
    ]);
  });

  it("starts blank without storage, and says so when asked to remember", async () => {
    const { host } = standalone(null);
    expect(await host.loadRemembered()).toEqual({ unit: "", period: "" });
    await expect(host.saveRemembered({ unit: "a", period: "b" })).rejects.toThrow();
    expect(await host.loadRoster()).toBe("");
    await expect(host.saveRoster("Sở Y tế")).rejects.toThrow();
  });

  it("remembers the roster in the browser's storage", async () => {
    const storage = new Map<string, string>();
    await standalone(storage).host.saveRoster("Sở Nội vụ\nSở Y tế");
    expect(await standalone(storage).host.loadRoster()).toBe("Sở Nội vụ\nSở Y tế");
  });
});

describe("error messages of the pane", () => {
  it("are Excel's own, in the user's language, for Office errors", () => {
    const e = new OfficeError("protected", "AccessDenied: The sheet is protected");
    expect(errorText(e, "vi", vi)).toBe(e.text("vi"));
    expect(errorText(e, "en", en)).toBe(e.text("en"));
    expect(errorText(e, "vi", vi)).toMatch(/^Trang tính đang được bảo vệ/);
  });

  it("are one plain sentence, never a stack trace, for anything else", () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(errorText(e, "vi", vi)).toBe(vi.unexpectedError);
    expect(errorText("boom", "en", en)).toBe(en.unexpectedError);
  });
});
