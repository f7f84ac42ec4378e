import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/run-cli";
import { writtenWorkbook } from "../helpers/workbooks";

/** `cchc validate <file> --previous <earlier.xlsx>` on reports written by the real template writer. */

const dir = mkdtempSync(path.join(tmpdir(), "cchc-prev-"));
const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const UNIT = "Ban Quản lý Khu du lịch bán đảo Cam Ranh";
/** A filled periodic report, written once by our writer with the values in place (no load and save). */
const report = (unit: string, period: string, values: Record<string, number>) =>
  writtenWorkbook(unit, period, { "kh-dinhky-pl2": values });

describe("cchc validate --previous", () => {
  let q1: string;
  let plausible: string;
  let falling: string;
  let tenfold: string;
  let otherUnit: string;
  beforeAll(async () => {
    const base = { "1.1.a": 20, "1.1.b": 12, "6.1": 3, "6.2": 8 };
    q1 = write("quy-1.xlsx", await report(UNIT, "Quý I/2021", base));
    plausible = write("6-thang.xlsx", await report(UNIT, "6 tháng đầu năm 2021", { ...base, "1.1.b": 18, "6.2": 9 }));
    falling = write("6-thang-giam.xlsx", await report(UNIT, "6 tháng đầu năm 2021", { ...base, "6.2": 6 }));
    tenfold = write("6-thang-gap-10.xlsx", await report(UNIT, "6 tháng đầu năm 2021", { ...base, "1.1.a": 200 }));
    otherUnit = write("cam-lam.xlsx", await report("UBND huyện Cam Lâm", "6 tháng đầu năm 2021", base));
  });

  it("passes a plausible pair of reports", async () => {
    const { code, out } = await runCli("validate", plausible, "--previous", q1, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out).files[0].findings).toEqual([]);
  });

  it("flags a falling cumulative value with both figures, as a warning (exit 0)", async () => {
    const { code, out } = await runCli("validate", falling, "--previous", q1);
    expect(code).toBe(0);
    expect(out).toMatch(
      /Cảnh báo +[A-Z]+\d+ +Số đơn vị SNCL đã thực hiện tự chủ 100% chi thư…: Số lũy kế giảm so với kỳ trước \(Quý I\/2021\): từ 8 xuống 6\./,
    );
    expect(out.trim().split("\n").pop()).toBe(
      "Tổng cộng: 1 tệp, 1 trang tính đã kiểm tra, 0 tệp không đọc được, 0 lỗi, 1 cảnh báo.",
    );
  });

  it("flags a tenfold jump in the JSON findings, in the contract's shape", async () => {
    const { code, out } = await runCli("validate", tenfold, "--previous", q1, "--json");
    expect(code).toBe(0);
    const findings = JSON.parse(out).files[0].findings;
    expect(findings).toEqual([
      {
        severity: "warning",
        code: "period.jumpUp",
        sheet: "PL2-Định kỳ",
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        indicator: "1.1.a",
        label: "Số nhiệm vụ đề ra trong kế hoạch",
        value: "200",
        message:
          "Số liệu tăng từ 10 lần trở lên so với kỳ trước (Quý I/2021): từ 20 lên 200. Kiểm tra có gõ thừa chữ số không.",
      },
    ]);
  });

  it("says in one line why another unit's report is no previous report, and compares nothing", async () => {
    const { code, out } = await runCli("validate", otherUnit, "--previous", q1);
    expect(code).toBe(0);
    const lines = out.split("\n").filter((l) => l.includes("kỳ trước"));
    expect(lines).toEqual([
      expect.stringMatching(
        /Cảnh báo +Không so sánh với kỳ trước được: tệp quy-1\.xlsx là báo cáo của Ban Quản lý Khu du lịch bán đảo Cam Ranh, báo cáo này của UBND huyện Cam Lâm\.$/,
      ),
    ]);
  });

  it("refuses an unreadable previous report in one line, exit 2, and reads both files only", async () => {
    const before = [hash(q1), hash(plausible)];
    const missing = await runCli("validate", plausible, "--previous", path.join(dir, "khong-co.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Lỗi: không đọc được tệp kỳ trước «.*khong-co\.xlsx»: /);
    expect(missing.err.split("\n")).toHaveLength(1);
    const noValue = await runCli("validate", plausible, "--previous");
    expect(noValue.code).toBe(2);
    expect(noValue.err).toBe("Lỗi: tham số --previous cần một giá trị");
    await runCli("validate", plausible, "--previous", q1);
    expect([hash(q1), hash(plausible)]).toEqual(before);
  });
});
