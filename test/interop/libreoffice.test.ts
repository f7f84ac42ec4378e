import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalog } from "../../src/domain/catalog";
import { ID_COLUMN, parseIdentity } from "../../src/domain/layout/identity";
import { templateWorkbook } from "../../src/io/xlsx/template-workbook";
import { findSoffice, sofficeConvert } from "../helpers/soffice";

const soffice = findSoffice();
if (!soffice) console.log("Bỏ qua kiểm thử LibreOffice: chưa cài soffice (gói Debian libreoffice-calc-nogui).");
const withSoffice = soffice ? describe : describe.skip;

withSoffice("our templates in LibreOffice", () => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-interop-"));
  const unit = "Ban Quản lý Khu du lịch bán đảo Cam Ranh";
  const period = "6 tháng đầu năm 2021";
  const file = path.join(dir, "kh-dinhky-pl2.xlsx");

  beforeAll(async () => {
    const template = catalog().get("kh-dinhky-pl2")!.template;
    writeFileSync(file, await templateWorkbook([{ template, unit, period }]));
  });

  it("converts to a PDF that shows the official table", () => {
    const pdf = sofficeConvert(soffice!, file, "pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
    expect(text).toContain("TẠI BAN QUẢN LÝ KHU DU LỊCH BÁN ĐẢO CAM RANH");
    expect(text).toContain("Số nhiệm vụ đề ra trong kế hoạch");
    // The hidden id column never prints.
    expect(text).not.toContain("cchc-template");
  });

  it("keeps the identity carriers and row ids through a LibreOffice save as .xlsx", async () => {
    const copy = sofficeConvert(soffice!, file, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(copy) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => w.state === "visible")!;
    const ids: unknown[] = [];
    ws.getColumn(ID_COLUMN).eachCell((c) => ids.push(c.value));
    const template = catalog().get("kh-dinhky-pl2")!.template;
    expect(parseIdentity(ids)).toEqual({ templateId: "kh-dinhky-pl2", version: template.version, unit, period });
    for (const row of template.rows) if (row.type === "indicator") expect(ids).toContain(row.id);
    expect(ws.getColumn(ID_COLUMN).hidden).toBe(true);
  });
});
