import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { runCli } from "../helpers/run-cli";
import { filledTemplate, loadWorkbook } from "../helpers/workbooks";

const dir = mkdtempSync(path.join(tmpdir(), "cchc-vm-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
};

describe("cchc validate", () => {
  let camRanh: string;
  let clean: string;
  beforeAll(async () => {
    camRanh = write("cam-ranh.xlsx", await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues));
    clean = write(
      "clean.xlsx",
      await filledTemplate("kh-dinhky-pl2", "Sở Nội vụ", camRanhPeriod, { "1.1.a": 10, "1.1.b": 9 }),
    );
  });

  it("exits 1 with the JSON of DESIGN.md section 8 when a finding is an error", async () => {
    const before = hash(camRanh);
    const { code, out } = await runCli("validate", camRanh, "--json");
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["files"]);
    const [file] = json.files;
    expect(file).toMatchObject({
      file: camRanh,
      status: "ok",
      template: { id: "kh-dinhky-pl2", version: "1" },
      unit: camRanhUnit,
      period: camRanhPeriod,
      recognizedBy: "metadata",
      filled: 8,
      expected: 128,
    });
    expect(file.findings).toHaveLength(1);
    expect(Object.keys(file.findings[0]).sort()).toEqual(
      ["severity", "code", "sheet", "cell", "indicator", "label", "value", "message"].sort(),
    );
    expect(hash(camRanh)).toBe(before);
  });

  it("exits 0 on a clean report and prints a Vietnamese report ending with a summary line", async () => {
    const { code, out } = await runCli("validate", clean);
    expect(code).toBe(0);
    expect(out).toContain("Đã nhập 2/128 ô số liệu · 0 lỗi · 0 cảnh báo");
    expect(out.trim().split("\n").pop()).toBe(
      "Tổng cộng: 1 tệp, 1 trang tính đã kiểm tra, 0 tệp không đọc được, 0 lỗi, 0 cảnh báo.",
    );
  });

  it("prints each finding with its cell, label and message", async () => {
    const { out } = await runCli("validate", camRanh);
    expect(out).toMatch(
      /Lỗi +[A-Z]+\d+ +Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện…: Nhập tỷ lệ phần trăm, ví dụ 100 \(149\/149 = 100%\)\. \[149\/149\]/,
    );
  });

  it("reports unreadable files in one line each, exits 2, and still validates the others", async () => {
    const files = [
      write("empty.xlsx", ""),
      write("notes.xlsx", "ghi chú"),
      write("old.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])),
      write("broken.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])),
      write(
        "plain.xlsx",
        await (async () => {
          const ExcelJS = (await import("exceljs")).default;
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet("Danh sách").addRow(["Gạo", 10]);
          return new Uint8Array(await wb.xlsx.writeBuffer());
        })(),
      ),
      clean,
    ];
    const { code, out } = await runCli("validate", ...files);
    expect(code).toBe(2);
    const lines = out.split("\n");
    expect(lines).toContain(`${files[0]}: KHÔNG ĐỌC ĐƯỢC — Tệp rỗng (0 byte).`);
    expect(lines).toContain(`${files[1]}: KHÔNG ĐỌC ĐƯỢC — Tệp không phải là sổ tính Excel .xlsx.`);
    expect(lines.find((l) => l.startsWith(files[2]))).toMatch(/định dạng .xls cũ/);
    expect(lines.find((l) => l.startsWith(files[3]))).toMatch(/bị hỏng/);
    expect(lines.find((l) => l.startsWith(files[4]))).toMatch(/Không nhận ra phụ lục nào/);
    expect(out).toContain(`${clean} — trang «PL2-Định kỳ»`);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it("refuses a call without files", async () => {
    const { code, err } = await runCli("validate");
    expect(code).toBe(2);
    expect(err).toMatch(/^Lỗi: thiếu tệp cần kiểm tra/);
  });
});

/** Sets the workbook's own saved time, which decides which of two files of one unit counts. */
const savedAt = (day: string) => (_ws: unknown, wb: { modified: Date }) => {
  wb.modified = new Date(`${day}T09:00:00Z`);
};

describe("cchc merge", () => {
  const inbox = path.join(dir, "inbox");
  let inputs: Record<string, string>;
  beforeAll(async () => {
    inputs = {
      a: write(
        "inbox/so-noi-vu.xlsx",
        await filledTemplate("kh-pl2-ii1", "Sở Nội vụ", "Năm 2020", {
          "2@y2019": 3,
          "3.e@y2019": '=HYPERLINK("http://example.invalid","bấm")',
        }),
      ),
      b: write(
        "inbox/so-tu-phap.xlsx",
        await filledTemplate("kh-pl2-ii1", "Sở Tư pháp", "Năm 2020", { "2@y2019": 4 }, savedAt("2020-04-01")),
      ),
      c: write(
        "inbox/sub/cam-lam.xlsx",
        await filledTemplate("kh-pl2-ii1", "UBND huyện Cam Lâm", "Năm 2020", { "2@y2019": 5 }),
      ),
      dup: write(
        "inbox/so-tu-phap-gui-lai.xlsx",
        await filledTemplate("kh-pl2-ii1", "sở tư pháp", "Năm 2020", { "2@y2019": 40 }, savedAt("2020-04-03")),
      ),
      bad: write("inbox/hong.xlsx", "not a workbook"),
    };
    write("roster.txt", "Tên đơn vị\n1. Sở Nội vụ\n2. Sở Tư pháp\n3. UBND huyện Cam Lâm\n4. UBND huyện Khánh Sơn\n");
  });

  it("merges a folder, writes the output, reports duplicates, skipped files and missing units as JSON", async () => {
    const out = path.join(dir, "tong-hop.xlsx");
    const before = Object.fromEntries(Object.entries(inputs).map(([k, f]) => [k, hash(f)]));
    const {
      code,
      out: stdout,
      err,
    } = await runCli("merge", inbox, "-o", out, "--roster", path.join(dir, "roster.txt"), "--json");
    expect(code).toBe(0);
    expect(err).toMatch(/Đang đọc tệp 1\/5: /);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      "output",
      "unit",
      "period",
      "tables",
      "units",
      "duplicates",
      "missing",
      "unlisted",
      "overlaps",
      "skipped",
    ]);
    expect(json.output).toBe(out);
    expect(json.tables.map((t: { template: { id: string } }) => t.template.id)).toEqual(["kh-pl2-ii1"]);
    expect(json.units.map((u: { unit: string }) => u.unit).sort()).toEqual(
      ["Sở Nội vụ", "UBND huyện Cam Lâm", "sở tư pháp"].sort(),
    );
    expect(json.duplicates).toEqual([expect.objectContaining({ unit: "Sở Tư pháp", file: inputs.b })]);
    expect(json.skipped).toEqual([{ file: inputs.bad, sheet: null, reason: "Tệp không phải là sổ tính Excel .xlsx." }]);
    expect(json.missing).toEqual(["UBND huyện Khánh Sơn"]);
    for (const [k, f] of Object.entries(inputs)) expect(hash(f)).toBe(before[k]);

    const wb = await loadWorkbook(readFileSync(out));
    const summary = wb.getWorksheet(OUTPUT_SHEETS.summary)!;
    const ids = summary.getColumn(1).values;
    const row = ids.findIndex((v) => v === "2");
    const keys = summary.getRow(ids.findIndex((v) => v === "cchc-columns")).values as unknown[];
    expect(summary.getCell(row, keys.indexOf("y2019")).value).toBe(3 + 40 + 5);
    // Text from a received file stays text: a formula typed by a unit is never made live.
    const textRow = ids.findIndex((v) => v === "3.e");
    const textCell = summary.getCell(textRow, keys.indexOf("y2019"));
    expect(textCell.value).toBe('Sở Nội vụ: =HYPERLINK("http://example.invalid","bấm")');
    expect(textCell.formula).toBeUndefined();
  });

  it("never overwrites an existing output without --force, and leaves it intact", async () => {
    const out = write("giu-nguyen.xlsx", "bảng tổng hợp cũ");
    const { code, err } = await runCli("merge", inputs.a, "-o", out);
    expect(code).toBe(2);
    expect(err).toMatch(/đã có; dùng --force/);
    expect(readFileSync(out, "utf8")).toBe("bảng tổng hợp cũ");
    expect((await runCli("merge", inputs.a, "-o", out, "--force")).code).toBe(0);
  });

  it("exits 2 with a reason when nothing can be merged", async () => {
    const { code, out } = await runCli("merge", inputs.bad, "-o", path.join(dir, "none.xlsx"));
    expect(code).toBe(2);
    expect(out).toMatch(/BỎ QUA .*hong\.xlsx: Tệp không phải là sổ tính Excel \.xlsx\./);
    expect(out.trim().split("\n").pop()).toMatch(/^Không tổng hợp được/);
  });

  it("rejects an unknown --template id in one line", async () => {
    const { code, err } = await runCli("merge", inbox, "-o", path.join(dir, "x.xlsx"), "--template", "zzz");
    expect(code).toBe(2);
    expect(err).toBe("Lỗi: không có mẫu biểu «zzz». Xem danh sách mã: npx cchc templates");
  });
});

describe("cchc validate on a workbook with other sheets", () => {
  it("validates the appendix and says which sheets it did not check", async () => {
    const bytes = await filledTemplate("kh-dinhky-pl2", "Sở Nội vụ", "Quý I/2021", { "1.1.a": 3 }, (_ws, wb) => {
      wb.addWorksheet("Ghi chú").addRow(["Người lập biểu", "Nguyễn Văn A"]);
    });
    const file = write("co-trang-ghi-chu.xlsx", bytes);
    const { code, out } = await runCli("validate", file);
    expect(code).toBe(0);
    expect(out).toContain(`${file} — trang «PL2-Định kỳ»`);
    expect(out).toContain(`${file}: không kiểm tra «Ghi chú» (không phải phụ lục của danh mục).`);
  });
});
