import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { unreadableMessage } from "../../src/domain/files/unreadable";
import { mergeFiles } from "../../src/domain/merge/merge";
import type { ReceivedFile } from "../../src/domain/merge/select";
import { fileRows, mergeFileBase, rowCounts, rowMatches, templatesIn } from "../../src/taskpane/model/merge-view";
import { readReceived, readRosterFile, type PickedFile } from "../../src/taskpane/model/read-files";
import { camRanhPeriod, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { consolidation } from "../helpers/chain";
import { filledTemplate } from "../helpers/workbooks";

/** A file as the browser gives it, from bytes. */
const picked = (name: string, bytes: Uint8Array): PickedFile => new File([bytes.slice()], name);

describe("received files in the Tổng hợp tab", () => {
  let files: ReceivedFile[];
  const progress: [number, number][] = [];

  beforeAll(async () => {
    const report = (unit: string, values: Record<string, string | number>) =>
      filledTemplate("kh-dinhky-pl2", unit, camRanhPeriod, values);
    const chosen = [
      picked("cam-ranh.xlsx", await report("Ban Quản lý Khu du lịch bán đảo Cam Ranh", camRanhValues)),
      picked("cam-lam.xlsx", await report("UBND huyện Cam Lâm", { ...camRanhValues, "1.1.a": 40, "7.6.3.a": 95 })),
      picked("khanh-vinh.xlsx", new Uint8Array(readFileSync("test/fixtures/libreoffice/hand-1.xlsx"))),
      picked("cam-lam-sua.xlsx", await report("UBND huyện Cam Lâm", { ...camRanhValues, "7.6.3.a": 100 })),
      picked("bao-cao.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
      {
        name: "da-xoa.xlsx",
        arrayBuffer: () => Promise.reject(new DOMException("gone", "NotReadableError")),
      },
    ];
    files = await readReceived(chosen, "vi", (done, total) => progress.push([done, total]));
  });

  it("reads every file in turn, reporting progress before each one and at the end", () => {
    expect(progress).toEqual([
      [0, 6],
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
      [5, 6],
      [6, 6],
    ]);
    expect(files.map((f) => [f.file, f.outcome.ok])).toEqual([
      ["cam-ranh.xlsx", true],
      ["cam-lam.xlsx", true],
      ["khanh-vinh.xlsx", true],
      ["cam-lam-sua.xlsx", true],
      ["bao-cao.xls", false],
      ["da-xoa.xlsx", false],
    ]);
    expect(files[4].outcome).toEqual({ ok: false, reason: "xls" });
    expect(files[5].outcome).toEqual({ ok: false, reason: "notFound" });
  });

  it("offers the templates the files hold, the most common first", () => {
    expect(templatesIn(files, catalog()).map((e) => e.template.id)).toEqual(["kh-dinhky-pl2", "kh-pl2-ii1"]);
    expect(templatesIn([], catalog())).toEqual([]);
  });

  it("lists problems first, then the rest in the order given, each with unit, period, status and reason", () => {
    const result = mergeFiles(files, catalog(), { locale: "vi" });
    expect(result.tables.map((t) => t.entry.template.id)).toEqual(["kh-dinhky-pl2"]);
    const rows = fileRows(result, files, false);
    expect(rows.map((r) => [r.file, r.unit, r.period, r.status, r.problem])).toEqual([
      // Counted, but with a value left out (149/149 in a percent row): a problem to look at.
      ["cam-ranh.xlsx", "Ban Quản lý Khu du lịch bán đảo Cam Ranh", camRanhPeriod, "willMerge", true],
      ["cam-lam.xlsx", "UBND huyện Cam Lâm", camRanhPeriod, "duplicate", true],
      // A file of another period still shows whose it is and for which period, with the reason.
      ["khanh-vinh.xlsx", "UBND huyện Khánh Vĩnh", "Năm 2020", "otherPeriod", true],
      ["bao-cao.xls", "", "", "skipped", true],
      ["da-xoa.xlsx", "", "", "skipped", true],
      ["cam-lam-sua.xlsx", "UBND huyện Cam Lâm", camRanhPeriod, "willMerge", false],
    ]);
    expect(rows.map((r) => [r.errors, r.warnings, r.excluded])).toEqual([
      [1, 0, 1],
      [0, 0, 0],
      // The hand-made Khánh Vĩnh table (another period) is still validated: its parts exceed their totals.
      [4, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(rows[0].reason).toBe("Không cộng 1 giá trị lỗi (xem trang Kiểm tra).");
    expect(rows[0].findings.map((f) => f.indicator)).toEqual(["7.6.3.a"]);
    expect(rows[1].reason).toMatch(/^Trùng đơn vị với tệp «cam-lam-sua\.xlsx»/);
    expect(rows[2].reason).toBe(`Kỳ báo cáo khác: «Năm 2020», đang tổng hợp «${camRanhPeriod}».`);
    expect(rows[2].findings).toHaveLength(4);
    expect(rows[3].reason).toBe(unreadableMessage("xls", "vi"));
    expect(rows[4].reason).toBe(unreadableMessage("notFound", "vi"));
    expect(rows[5].reason).toBeUndefined();
    expect(rows.every((r) => r.sheet === undefined)).toBe(true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(mergeFileBase(result)).toBe("tong-hop-kh-dinhky-pl2");
    // After the merge is written, the counted rows say so.
    expect(
      fileRows(result, files, true)
        .filter((r) => r.status === "merged")
        .map((r) => r.file),
    ).toEqual(["cam-ranh.xlsx", "cam-lam-sua.xlsx"]);
  });

  it("counts the rows each summary filter shows", () => {
    const rows = fileRows(mergeFiles(files, catalog(), { locale: "vi" }), files, false);
    expect(rowCounts(rows)).toEqual({ all: 6, problems: 5, counted: 2, duplicates: 1, skipped: 3, excluded: 1 });
    expect(rows.filter((r) => rowMatches(r, "skipped")).map((r) => r.file)).toEqual([
      "khanh-vinh.xlsx",
      "bao-cao.xls",
      "da-xoa.xlsx",
    ]);
  });

  it("follows the template chosen, and a file of another period included on purpose", () => {
    const rows = fileRows(mergeFiles(files, catalog(), { locale: "en", templateId: "kh-pl2-ii1" }), files, false);
    expect(rows.filter((r) => r.status === "willMerge").map((r) => r.file)).toEqual(["khanh-vinh.xlsx"]);
    expect(rows[0].reason).toBe("Another template (kh-dinhky-pl2), not part of this merge.");
    const included = fileRows(
      mergeFiles(files, catalog(), { locale: "vi", includeOtherPeriod: ["khanh-vinh.xlsx"] }),
      files,
      false,
    );
    expect(included.find((r) => r.file === "khanh-vinh.xlsx")).toMatchObject({
      status: "willMerge",
      otherPeriod: true,
    });
  });

  it("shows a consolidation as one row, with the units it covers under it", async () => {
    const group = await consolidation("cum-1.xlsx", [files[0], files[3]], { unit: "Cụm 1" });
    const rows = fileRows(mergeFiles([group], catalog(), { locale: "vi" }), [group], false);
    const summary = rows.find((r) => r.sheet === "Tổng hợp")!;
    expect(summary.unit).toBe("Cụm 1");
    expect(summary.covers).toEqual([
      { unit: "Ban Quản lý Khu du lịch bán đảo Cam Ranh", file: "cam-ranh.xlsx", via: ["Cụm 1"], counted: true },
      { unit: "UBND huyện Cam Lâm", file: "cam-lam-sua.xlsx", via: ["Cụm 1"], counted: true },
    ]);
    // Its own Chi tiết, Nguồn and Kiểm tra are listed, and do not count.
    expect(rows.filter((r) => r.status === "skipped").map((r) => r.sheet)).toEqual(["Chi tiết", "Nguồn", "Kiểm tra"]);
  });
});

describe("a roster loaded from a file in the pane", () => {
  it("reads .txt, .csv and .xlsx rosters, and says when an .xlsx cannot be read", async () => {
    const text = new TextEncoder().encode("STT\tĐơn vị\n1\tUBND xã Cam Hải Tây\n2\tUBND xã Cam Thành Bắc\n");
    expect(await readRosterFile(picked("danh-sach.txt", text))).toEqual([
      "UBND xã Cam Hải Tây",
      "UBND xã Cam Thành Bắc",
    ]);
    const csv = new TextEncoder().encode('STT;Tên đơn vị\n1;"UBND xã A, huyện B"\n');
    expect(await readRosterFile(picked("danh-sach.csv", csv))).toEqual(["UBND xã A, huyện B"]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["STT", "Tên cơ quan, đơn vị"]);
    ws.addRow([1, "Sở Nội vụ"]);
    ws.addRow([2, "Sở Y tế"]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readRosterFile(picked("danh-sach.xlsx", xlsx))).toEqual(["Sở Nội vụ", "Sở Y tế"]);
    expect(await readRosterFile(picked("hong.xlsx", text))).toBeUndefined();
  });
});
