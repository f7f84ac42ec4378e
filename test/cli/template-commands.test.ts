import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { runCli } from "../helpers/run-cli";

const dir = mkdtempSync(path.join(tmpdir(), "cchc-cli-"));
const BIN = path.join(__dirname, "..", "..", "bin", "cchc.js");

describe("cchc templates", () => {
  it("lists every template as JSON with id, version, title and source", async () => {
    const { code, out } = await runCli("templates", "--json");
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; version: string; title: string; source: string }[];
    expect(list.map((t) => t.id)).toEqual(catalog().templates.map((e) => e.template.id));
    const periodic = list.find((t) => t.id === "kh-dinhky-pl2")!;
    expect(periodic.title).toBe("THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
    expect(list.find((t) => t.id === "bd-pl4-iii")!.source).toMatch(/04\/KH-UBND.*Phụ lục 4, bảng III/);
    for (const t of list) expect(Object.keys(t)).toEqual(["id", "version", "title", "source"]);
  });

  it("names the issuing province or body in every source, and tells every table apart by its own heading", async () => {
    const list = JSON.parse((await runCli("templates", "--json")).out) as {
      id: string;
      title: string;
      source: string;
    }[];
    const byId = new Map(list.map((t) => [t.id, t]));
    for (const t of list) expect([t.id, t.source]).toEqual([t.id, expect.stringMatching(/^Ủy ban nhân dân tỉnh \S/)]);
    expect(byId.get("dl-pl1")!.source).toMatch(/^Ủy ban nhân dân tỉnh Đắk Lắk — Kế hoạch nâng cao .* — Phụ lục I$/);
    expect(byId.get("bd-pl4-iii")!.source).toMatch(/^Ủy ban nhân dân tỉnh Bình Định — .* — Phụ lục 4, bảng III$/);
    expect(byId.get("kh-pl2-ii1")!.title).toBe(
      "THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH TỈNH KHÁNH HÒA QUA CÁC NĂM — Bảng II.1 — Lĩnh vực chỉ đạo, điều hành",
    );
    expect(byId.get("kh-pl2-ii4a")!.title).toMatch(/— Bảng II\.4a — Số lượng, cơ cấu tổ chức thuộc UBND tỉnh$/);
    // Within one document no two tables share a title (Sơn La and the periodic form of Khánh Hòa print the same
    // title, in different documents).
    const docOf = new Map(catalog().templates.map((e) => [e.template.id, e.document.id]));
    expect(new Set(list.map((t) => `${docOf.get(t.id)}: ${t.title}`)).size).toBe(list.length);
  });

  it("says what a table without indicators is for, in the human list", async () => {
    const { out } = await runCli("templates");
    const line = (id: string) => out.split("\n").find((l) => l.trim().startsWith(`${id} `))!;
    expect(line("kh-pl2-i")).toMatch(
      /0 chỉ tiêu +Bảng I — Bảng phân công báo cáo.*\(bảng phân công: .*không có ô số liệu\)$/,
    );
    expect(line("sl-pl1")).toMatch(
      /0 chỉ tiêu +DANH MỤC CÁC NHIỆM VỤ .*\(danh sách nhiệm vụ đã hoàn thành do đơn vị tự liệt kê.*\)$/,
    );
    expect(line("kh-pl2-ii1")).toMatch(/Phụ lục 2 II\.1 +19 chỉ tiêu +Bảng II\.1 — Lĩnh vực chỉ đạo, điều hành$/);
    expect(out).toContain("\nỦy ban nhân dân tỉnh Đắk Lắk — Kế hoạch nâng cao");
  });

  it("prints a readable Vietnamese list ending with a summary", async () => {
    const { code, out } = await runCli("templates");
    expect(code).toBe(0);
    expect(out).toMatch(/kh-pl2-ii1 +Phụ lục 2 II\.1/);
    expect(out.trim().split("\n").pop()).toBe(`${catalog().templates.length} mẫu biểu từ 5 văn bản.`);
  });
});

describe("cchc template", () => {
  it("writes the template with unit and period", async () => {
    const file = path.join(dir, "sl.xlsx");
    const { code, out } = await runCli("template", "sl-pl2", "--unit", "Sở Nội vụ", "--period", "Năm 2024", "-o", file);
    expect(code).toBe(0);
    expect(out).toContain(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("PL-II")!.getCell("A2").value).toBe("cchc-unit:Sở Nội vụ");
  });

  it.each([
    [["template", "no-such", "-o", path.join(dir, "x.xlsx")], /^Lỗi: không có mẫu biểu «no-such»/],
    [["template", "sl-pl2"], /^Lỗi: thiếu tham số -o/],
    [
      ["template", "sl-pl2", "-o", path.join(dir, "missing-dir", "x.xlsx")],
      /^Lỗi: không ghi được tệp .*thư mục .* không tồn tại/,
    ],
    [["template", "sl-pl2", "-o"], /^Lỗi: tham số -o cần một giá trị/],
    [["template", "sl-pl2", "--bogus", "-o", "x.xlsx"], /^Lỗi: không hiểu tham số --bogus/],
    [["frobnicate"], /^Lỗi: không có lệnh «frobnicate»/],
  ])("refuses %j with one Vietnamese line and exit 2", async (argv, message) => {
    const { code, err } = await runCli(...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.split("\n")[0]).not.toMatch(/at .*\(/);
  });

  it("never overwrites an existing file unless --force", async () => {
    const file = path.join(dir, "kept.xlsx");
    writeFileSync(file, "user data");
    const refused = await runCli("template", "bd-pl1", "-o", file);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/đã có; dùng --force/);
    expect(readFileSync(file, "utf8")).toBe("user data");
    expect((await runCli("template", "bd-pl1", "-o", file, "--force")).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it("reports an unwritable folder without a stack trace (real process)", () => {
    // /sys refuses new files even to root, so this holds whoever runs the tests.
    const res = spawnSync(process.execPath, [BIN, "template", "bd-pl1", "-o", "/sys/cchc.xlsx"], { encoding: "utf8" });
    expect(res.status).toBe(2);
    expect(res.stderr).toBe("Lỗi: không ghi được tệp «/sys/cchc.xlsx»: không có quyền ghi.\n");
  });

  it("runs as a real process: one line on stderr, exit 2, for an unknown id", () => {
    const res = spawnSync(process.execPath, [BIN, "template", "nope", "-o", path.join(dir, "n.xlsx")], {
      encoding: "utf8",
    });
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stdout).toBe("");
  });

  it("writes every template into a folder with --all", async () => {
    const out = path.join(dir, "all");
    const { code } = await runCli("template", "--all", "-o", out);
    expect(code).toBe(0);
    for (const e of catalog().templates) expect(existsSync(path.join(out, `${e.template.id}.xlsx`))).toBe(true);
  });
});
