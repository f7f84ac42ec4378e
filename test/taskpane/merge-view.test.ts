import { readFileSync } from "node:fs";
import { catalog } from "../../src/domain/catalog";
import { unreadableMessage } from "../../src/domain/files/unreadable";
import { mergeFiles } from "../../src/domain/merge/merge";
import type { ReceivedFile } from "../../src/domain/merge/select";
import { fileRows, mergeFileBase, templatesIn } from "../../src/taskpane/model/merge-view";
import { readReceived, type PickedFile } from "../../src/taskpane/model/read-files";
import { camRanhPeriod, camRanhValues } from "../fixtures/cam-ranh-2021-values";
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

  it("lists every file in the order given, with its unit, period, status and reason", () => {
    const result = mergeFiles(files, catalog(), { locale: "vi" });
    expect(result.tables.map((t) => t.entry.template.id)).toEqual(["kh-dinhky-pl2"]);
    const rows = fileRows(result, files);
    expect(rows.map((r) => [r.file, r.unit, r.period, r.status])).toEqual([
      ["cam-ranh.xlsx", "Ban Quản lý Khu du lịch bán đảo Cam Ranh", camRanhPeriod, "included"],
      ["cam-lam.xlsx", "UBND huyện Cam Lâm", camRanhPeriod, "duplicate"],
      // A file of another period still shows whose it is and for which period, with the reason.
      ["khanh-vinh.xlsx", "UBND huyện Khánh Vĩnh", "Năm 2020", "skipped"],
      ["cam-lam-sua.xlsx", "UBND huyện Cam Lâm", camRanhPeriod, "included"],
      ["bao-cao.xls", "", "", "skipped"],
      ["da-xoa.xlsx", "", "", "skipped"],
    ]);
    expect(rows.map((r) => [r.errors, r.warnings])).toEqual([
      [1, 0],
      [0, 0],
      // The hand-made Khánh Vĩnh table (another template) is still validated: its parts exceed their totals.
      [4, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(rows[1].reason).toMatch(/^Trùng đơn vị với tệp «cam-lam-sua\.xlsx»/);
    expect(rows[2].reason).toBe(`Kỳ báo cáo khác: «Năm 2020», đang tổng hợp «${camRanhPeriod}».`);
    expect(rows[4].reason).toBe(unreadableMessage("xls", "vi"));
    expect(rows[5].reason).toBe(unreadableMessage("notFound", "vi"));
    expect(rows.filter((r) => r.status === "included").map((r) => r.reason)).toEqual([
      "Không cộng 1 giá trị lỗi (xem trang Kiểm tra).",
      undefined,
    ]);
    expect(rows.every((r) => r.sheet === undefined)).toBe(true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(mergeFileBase(result)).toBe("tong-hop-kh-dinhky-pl2");
  });

  it("follows the template chosen instead of the most common one", () => {
    const rows = fileRows(mergeFiles(files, catalog(), { locale: "en", templateId: "kh-pl2-ii1" }), files);
    expect(rows.filter((r) => r.status === "included").map((r) => r.file)).toEqual(["khanh-vinh.xlsx"]);
    expect(rows[0].reason).toBe("Another template (kh-dinhky-pl2), not part of this merge.");
  });
});
