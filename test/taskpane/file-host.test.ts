import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { OfficeError } from "../../src/io/office/errors";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { errorText } from "../../src/taskpane/errors";
import type { Host } from "../../src/taskpane/host";
import { fileHost } from "../../src/taskpane/hosts/file-host";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";
import { resultsLayout, type FileCheck } from "../../src/taskpane/model/findings";
import { receiveFile } from "../../src/taskpane/model/receive-file";
import { NOTHING_REMEMBERED } from "../../src/taskpane/model/remembered";
import { templateFileTitle } from "../../src/taskpane/model/templates";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { definitionFileText } from "../../src/domain/catalog/definitions";
import { OWN_TABLE, ownDefinition } from "../helpers/made-definition";
import { filledTemplate, loadWorkbook, saveWorkbook } from "../helpers/workbooks";
import { inPageWorker } from "./worker-helpers";

/** A standalone host whose downloads and browser storage are kept in memory, its jobs run on the page. */
function standalone(storage: Map<string, string> | null = new Map()) {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  const host = fileHost({
    storage: storage
      ? { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) }
      : undefined,
    save: (bytes, fileName) => saved.push({ bytes, fileName }),
    worker: inPageWorker(),
  });
  return { host, saved };
}

async function validated(bytes: Uint8Array) {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(opened.reason);
  return validateWorkbook(opened.source, catalog(), { locale: "vi" });
}

/** Every file's check, through the host as the Kiểm tra tab calls it. */
async function check(host: Host, files: File[], locale: "vi" | "en" = "vi", completeness = false) {
  const items: FileCheck[] = [];
  const progress: string[] = [];
  const job = host.checkFiles!(
    files,
    locale,
    { completeness },
    {
      item: (c) => items.push(c),
      progress: (done, total) => progress.push(`${done}/${total}`),
    },
  );
  await job.result;
  return { items, progress };
}

describe("the standalone page's host", () => {
  it("works on files only: no cell selection, no marks, no validation of an open workbook", () => {
    const { host } = standalone();
    expect(host.kind).toBe("standalone");
    expect([host.selectCell, host.markFindings, host.clearMarks, host.validateWorkbook]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("downloads the chosen template, laid out for the unit and period, named after all three", async () => {
    const { host, saved } = standalone();
    const written = await host.insertTemplates({
      templateIds: ["kh-dinhky-pl2"],
      unit: camRanhUnit,
      period: "Quý I/2021",
    });
    const name = `Khánh Hòa PL2-Định kỳ - ${camRanhUnit} - Quý I-2021.xlsx`;
    expect(written).toEqual({ sheetNames: [], fileName: name });
    expect(saved.map((s) => s.fileName)).toEqual([name]);
    const { sheets } = await validated(saved[0].bytes);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].recognition.recognizedBy).toBe("metadata");
    expect(sheets[0].recognition.entry.template.id).toBe("kh-dinhky-pl2");
    expect([sheets[0].recognition.unit.value, sheets[0].recognition.period.value]).toEqual([camRanhUnit, "Quý I/2021"]);
    expect([sheets[0].filled, sheets[0].expected, sheets[0].findings]).toEqual([0, 128, []]);
  });

  it("downloads every table of an appendix in one workbook", async () => {
    const { host, saved } = standalone();
    const ids = catalog()
      .templates.filter((e) => e.document.id === "khanh-hoa-2020" && e.template.appendix === "Phụ lục 2")
      .map((e) => e.template.id);
    expect(ids).toHaveLength(10);
    const written = await host.insertTemplates({ templateIds: ids, unit: "Sở Nội vụ", period: "" });
    expect(written.fileName).toBe("Khánh Hòa Phụ lục 2 - Sở Nội vụ.xlsx");
    const { sheets } = await validated(saved[0].bytes);
    expect(sheets.map((s) => s.recognition.entry.template.id)).toEqual(ids);
  });

  it("validates several files, one result per file as each is done, in the language asked for", async () => {
    const { host } = standalone();
    const bytes = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const { items, progress } = await check(
      host,
      [new File([bytes.slice()], "cam-ranh.xlsx"), new File([xls], "bao-cao.xls"), new File([], "rong.xlsx")],
      "en",
    );
    expect(progress).toEqual(["0/3", "1/3", "2/3", "3/3"]);
    expect(items.map((c) => [c.file, c.unreadable])).toEqual([
      ["cam-ranh.xlsx", undefined],
      ["bao-cao.xls", "xls"],
      ["rong.xlsx", "empty"],
    ]);
    expect(items[0].sheets.map((s) => s.findings.map((f) => [f.indicator, f.message]))).toEqual([
      [["7.6.3.a", "Type a percentage, for example 100 (149/149 = 100%)."]],
    ]);
    expect(items[0].sheets[0]).toMatchObject({ file: "cam-ranh.xlsx", template: "Khánh Hòa – Phụ lục 2 (2021)" });
  });

  it("lists every empty input cell when asked, and only then, as one list per heading", async () => {
    const { host } = standalone();
    const bytes = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
    const file = () => new File([bytes.slice()], "cam-ranh.xlsx");
    const plain = (await check(host, [file()])).items[0].sheets[0];
    const full = (await check(host, [file()], "vi", true)).items[0].sheets[0];
    expect(plain.empty).toEqual([]);
    expect(full.emptyCount).toBe(full.expected - full.filled);
    expect(full.findings).toEqual(plain.findings);
    expect(full.empty.map((g) => g.heading)).toEqual(
      catalog()
        .get("kh-dinhky-pl2")!
        .template.rows.filter((r) => r.type === "section" && r.level === 0)
        .map((r) => (r.type === "section" ? `${r.stt} ${r.label}` : "")),
    );
  });

  it("says which sheets of a workbook hold no appendix", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").getCell("A1").value = "Danh sách cán bộ";
    const { host } = standalone();
    const { items } = await check(host, [new File([(await saveWorkbook(wb)).slice()], "ghi-chu.xlsx")]);
    expect(items).toEqual([{ file: "ghi-chu.xlsx", sheets: [], unrecognized: ["Ghi chú"], unchecked: [] }]);
  });

  it("downloads the merge's four sheets as tong-hop-<template>.xlsx", async () => {
    const { host, saved } = standalone();
    const bytes = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
    const received = [await receiveFile(new File([bytes.slice()], "cam-ranh.xlsx"), "vi")];
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

  it("downloads the validation results as a printable workbook named after the file", async () => {
    const { host, saved } = standalone();
    const bytes = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
    const { items } = await check(host, [new File([bytes.slice()], "cam-ranh.xlsx")]);
    const { layout, title } = resultsLayout(items, "vi", vi, new Date(2026, 10, 30));
    const written = await host.saveWorkbook([layout], title);
    expect(written.fileName).toBe("Kết quả kiểm tra - cam-ranh.xlsx");
    const wb = await loadWorkbook(saved[0].bytes);
    const ws = wb.getWorksheet("Kết quả kiểm tra")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
    expect(texts).toEqual(expect.arrayContaining(["KẾT QUẢ KIỂM TRA BÁO CÁO", "Cần sửa", "Lỗi", "Giá trị"]));
    expect(texts).toContain("Nhập tỷ lệ phần trăm, ví dụ 100 (149/149 = 100%).");
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });

  it("remembers the template, unit and period in the browser's storage", async () => {
    const storage = new Map<string, string>();
    const { host } = standalone(storage);
    expect(await host.loadRemembered()).toEqual(NOTHING_REMEMBERED);
    const choice = { templateId: "bd-pl5", allTables: false, unit: camRanhUnit, period: camRanhPeriod };
    await host.saveRemembered(choice);
    expect(await standalone(storage).host.loadRemembered()).toEqual(choice);
    storage.set("cchc.remembered", "{not json");
    expect(await host.loadRemembered()).toEqual(NOTHING_REMEMBERED);
    // What an older version kept: unit and period only.
    storage.set("cchc.remembered", JSON.stringify({ unit: "Sở Y tế", period: "Năm 2024" }));
    expect(await host.loadRemembered()).toEqual({ ...NOTHING_REMEMBERED, unit: "Sở Y tế", period: "Năm 2024" });
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

    await host.insertTemplates({
      templateIds: [d.template.id],
      unit: camRanhUnit,
      period: camRanhPeriod,
      definition: d,
    });
    expect(saved[1].fileName).toBe(`${templateFileTitle([d], camRanhUnit, camRanhPeriod)}.xlsx`);
    const { sheets } = await validated(saved[1].bytes);
    expect(sheets.map((s) => [s.recognition.entry.template.id, s.recognition.recognizedBy, s.expected])).toEqual([
      ["tiep-cong-dan", "metadata", 3],
    ]);
  });

  it("starts blank without storage, and says so when asked to remember", async () => {
    const { host } = standalone(null);
    expect(await host.loadRemembered()).toEqual(NOTHING_REMEMBERED);
    await expect(host.saveRemembered({ ...NOTHING_REMEMBERED, unit: "a" })).rejects.toThrow();
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
