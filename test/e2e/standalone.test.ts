/**
 * The standalone page, built for production and served by scripts/serve-standalone.js, in Debian's Chromium: what a
 * person does on each tab (the visible names are the contract), the downloads opened with ExcelJS, screenshots at
 * the task pane's width and a desktop width, and every request the page made checked to stay on its own origin.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Browser, Locator, Page } from "playwright-core";
import { catalog } from "../../src/domain/catalog";
import { unreadableMessage } from "../../src/domain/files/unreadable";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { ID_COLUMN } from "../../src/domain/layout/identity";
import { OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import type { Finding } from "../../src/domain/rules/finding";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { vi } from "../../src/taskpane/i18n/vi";
import {
  appendicesOf,
  documentLabel,
  documentsOf,
  templateLabel,
  templateName,
} from "../../src/taskpane/model/templates";
import { camRanhPeriod, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { filledTemplate, idsOf, loadWorkbook } from "../helpers/workbooks";
import {
  chooseFiles,
  choosePeriod,
  describeE2E,
  download,
  newContext,
  OUT_DIR,
  openStandalone,
  openTab,
  overflowX,
  type OpenPage,
  PANE,
  RequestLog,
  screenshotBoth,
  sheetResult,
  type Server,
} from "./harness";
import {
  BROKEN_VALUE,
  camRanhReport,
  consolidationOf,
  COUNTED,
  expectedFigure,
  MERGE_PERIOD,
  MERGE_TEMPLATE,
  MULTI_REPORTS,
  MULTI_TEMPLATES,
  multiReport,
  NOT_A_WORKBOOK,
  RECEIVED,
  reportWithMistakes,
  TempFiles,
  UNIT_REPORTS,
  unitReport,
  UNREADABLE_RECEIVED,
  type UnitReport,
} from "./workbooks";

const TABS = [
  { name: "Mẫu biểu", slug: "mau-bieu" },
  { name: "Kiểm tra", slug: "kiem-tra" },
  { name: "Tổng hợp", slug: "tong-hop" },
];
const UNIT = "UBND huyện Cam Lâm";
const PERIOD = "6 tháng đầu năm 2024";

/** What the domain finds in a file: the reference the screen is compared with. */
async function domainFindings(bytes: Uint8Array): Promise<Finding[]> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(opened.reason);
  return validateWorkbook(opened.source, catalog(), { locale: "vi" }).sheets.flatMap((s) => s.findings);
}

/** Every text of a sheet, cell by cell. */
function textsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(c.text)));
  return out;
}

/** The texts of a sheet's rows, one string per row (cells joined by " | "). */
function rowsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((c) => cells.push(c.text));
    out.push(cells.join(" | "));
  });
  return out;
}

describeE2E("the standalone page in Chromium", () => {
  let opened: OpenPage;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let files: TempFiles;
  let requests: RequestLog;
  let pageErrors: string[];
  let progressSeen: string[] = [];
  /** Sideways overflow at the task pane's width, by screen: reported, see the last test. */
  const overflow: Record<string, number> = {};

  const paneOverflow = async (name: string) => {
    overflow[name] = await overflowX(page);
  };

  beforeAll(async () => {
    files = new TempFiles();
    opened = await openStandalone();
    ({ server, browser, page, requests, pageErrors } = opened);
  });

  afterAll(async () => {
    writeFileSync(
      path.join(OUT_DIR, "standalone-log.json"),
      JSON.stringify(
        { requests: requests.urls, pageErrors, consoleErrors: opened.consoleErrors, overflow, progressSeen },
        null,
        2,
      ),
    );
    await opened?.close();
    files?.remove();
  });

  it("opens in Vietnamese on a Vietnamese browser, with the three tabs, each empty", async () => {
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(TABS.map((t) => t.name));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    await page.getByText("Đang chạy ngoài Excel", { exact: false }).waitFor();
    for (const tab of TABS) {
      await openTab(page, tab.name);
      await paneOverflow(`${tab.slug}-empty`);
      await screenshotBoth(page, `${tab.slug}-empty`);
    }
  });

  describe("Mẫu biểu", () => {
    const documents = documentsOf(catalog());

    it("downloads the chosen appendix laid out for the unit and period, identified and validated", async () => {
      const p = await openTab(page, "Mẫu biểu");
      const choice = documents.find((d) => d.document.id === "khanh-hoa-periodic-2021")!;
      const entry = choice.templates.find((e) => e.template.id === "kh-dinhky-pl2")!;
      await p.getByRole("combobox", { name: "Văn bản" }).selectOption({ label: documentLabel(choice.document) });
      await p.getByRole("combobox", { name: "Phụ lục" }).selectOption({ label: templateLabel(entry, vi) });
      await p.getByRole("textbox", { name: "Đơn vị báo cáo" }).fill(UNIT);
      await choosePeriod(p, "6 tháng đầu năm", "2024");
      // The preview shows the title as the sheet will print it, with the unit, and the period as it will be written.
      await p.getByText("TẠI UBND HUYỆN CAM LÂM", { exact: true }).waitFor();
      await p.getByText(`Kỳ báo cáo: ${PERIOD}`, { exact: true }).waitFor();

      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tải mẫu về" }));
      const fileName = `Khánh Hòa PL2-Định kỳ - ${UNIT} - ${PERIOD}.xlsx`;
      expect(d.suggestedFilename()).toBe(fileName);
      await p.getByText(`Đã tải về tệp «${fileName}».`).waitFor();
      await paneOverflow("mau-bieu-results");
      await screenshotBoth(page, "mau-bieu-results");

      const wb = await loadWorkbook(bytes);
      const ws = wb.getWorksheet("PL2-Định kỳ")!;
      expect(ws).toBeDefined();
      expect(ws.state).toBe("visible");
      const titleBlock = [1, 2, 3, 4, 5, 6].map((r) => ws.getCell(r, ID_COLUMN + 1).text);
      expect(titleBlock).toEqual(
        expect.arrayContaining(["TẠI UBND HUYỆN CAM LÂM", `Đơn vị báo cáo: ${UNIT}`, `Kỳ báo cáo: ${PERIOD}`]),
      );
      // The hidden identity: template, unit and period in column A, which is hidden.
      expect(ws.getCell(1, ID_COLUMN).text).toMatch(/^cchc-template:kh-dinhky-pl2@\w+$/);
      expect([ws.getCell(2, ID_COLUMN).text, ws.getCell(3, ID_COLUMN).text]).toEqual([
        `cchc-unit:${UNIT}`,
        `cchc-period:${PERIOD}`,
      ]);
      expect(ws.getColumn(ID_COLUMN).hidden).toBe(true);
      // Every input cell carries the native data validation of its indicator's kind.
      const layout = buildLayout(entry.template, { unit: UNIT, period: PERIOD });
      const ids = idsOf(ws);
      expect(layout.inputs.length).toBeGreaterThan(100);
      for (const input of layout.inputs) {
        const expected = layout.cells.find((c) => c.row === input.row && c.col === input.col)!.validation!;
        const dv = ws.getCell(ids.row(input.rowId), ids.col(input.columnKey)).dataValidation;
        // A list has no operator in the file; its allowed values are the check.
        const list = expected.type === "list";
        expect({ ref: input.ref, type: dv?.type, rule: list ? dv?.formulae : dv?.operator }).toEqual({
          ref: input.ref,
          type: expected.type,
          rule: list ? [`"${expected.formulae.join(",")}"`] : expected.operator,
        });
      }
      const count = ws.getCell(ids.row("1.1.a"), ids.col("value")).dataValidation;
      expect(count).toMatchObject({ type: "whole", showErrorMessage: true, errorStyle: "stop" });
    });

    it("offers every appendix of a document, and remembers document, table, unit and period when opened again", async () => {
      let p = await openTab(page, "Mẫu biểu");
      const choice = documents.find((d) => d.document.id === "binh-dinh-2020")!;
      await p.getByRole("combobox", { name: "Văn bản" }).selectOption({ label: documentLabel(choice.document) });
      const appendix = p.getByRole("combobox", { name: "Phụ lục" });
      // Every table, and for an appendix of several tables (Phụ lục 4) all of them at once.
      expect(await appendix.locator("option").allInnerTexts()).toEqual(
        appendicesOf(choice).flatMap((a) => [
          ...(a.templates.length > 1 ? [vi.allTables(a.templates.length)] : []),
          ...a.templates.map((e) => templateLabel(e, vi)),
        ]),
      );
      const pl5 = choice.templates.find((e) => e.template.id === "bd-pl5")!;
      await appendix.selectOption({ label: templateLabel(pl5, vi) });
      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tải mẫu về" }));
      expect(d.suggestedFilename()).toBe(`Bình Định PL5 - ${UNIT} - ${PERIOD}.xlsx`);
      const ws = (await loadWorkbook(bytes)).getWorksheet("PL5")!;
      expect(ws.getCell(1, ID_COLUMN).text).toMatch(/^cchc-template:bd-pl5@/);
      expect(textsOf(ws)).toEqual(expect.arrayContaining([`Đơn vị báo cáo: ${UNIT}`, `Kỳ báo cáo: ${PERIOD}`]));

      await page.reload();
      p = await openTab(page, "Mẫu biểu");
      const unit = p.getByRole("textbox", { name: "Đơn vị báo cáo" });
      await page.waitForFunction((el) => (el as HTMLInputElement).value !== "", await unit.elementHandle());
      expect(await unit.inputValue()).toBe(UNIT);
      expect(await p.getByRole("combobox", { name: "Kỳ báo cáo" }).inputValue()).toBe("h1");
      expect(await p.getByRole("combobox", { name: "Năm" }).inputValue()).toBe("2024");
      expect(await p.getByRole("combobox", { name: "Văn bản" }).inputValue()).toBe("binh-dinh-2020");
      expect(await p.getByRole("combobox", { name: "Phụ lục" }).inputValue()).toBe("t:bd-pl5");
    });

    it("downloads every table of an appendix in one workbook («Tất cả các bảng của phụ lục này»)", async () => {
      const p = await openTab(page, "Mẫu biểu");
      const kh = documents.find((d) => d.document.id === "khanh-hoa-2020")!;
      await p.getByRole("combobox", { name: "Văn bản" }).selectOption({ label: documentLabel(kh.document) });
      await p.getByRole("combobox", { name: "Phụ lục" }).selectOption({ label: vi.allTables(10) });
      await p.getByText(/^Gồm 10 bảng: I, II\.1, /).waitFor();
      await choosePeriod(p, "Cả năm", "2020");
      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tải mẫu về" }));
      expect(d.suggestedFilename()).toBe(`Khánh Hòa Phụ lục 2 - ${UNIT} - Năm 2020.xlsx`);
      const opened = await openWorkbook(bytes);
      if (!opened.ok) throw new Error(opened.reason);
      const report = validateWorkbook(opened.source, catalog(), { locale: "vi" });
      expect(report.sheets.map((s) => s.recognition.entry.template.id)).toEqual(kh.templates.map((e) => e.template.id));
    });

    it("leaves the unit and period to fill in an unlocked, marked box when they are left blank", async () => {
      const p = await openTab(page, "Mẫu biểu");
      const choice = documents.find((d) => d.document.id === "khanh-hoa-periodic-2021")!;
      await p.getByRole("combobox", { name: "Văn bản" }).selectOption({ label: documentLabel(choice.document) });
      await p.getByRole("textbox", { name: "Đơn vị báo cáo" }).fill("");
      await p.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption({ label: "Để trống (đơn vị tự ghi)" });
      await p.getByText("Đơn vị: để trống, đơn vị tự ghi vào ô nền vàng", { exact: true }).waitFor();
      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tải mẫu về" }));
      expect(d.suggestedFilename()).toBe("Khánh Hòa PL2-Định kỳ.xlsx");
      const ws = (await loadWorkbook(bytes)).getWorksheet("PL2-Định kỳ")!;
      for (const label of ["Đơn vị báo cáo:", "Kỳ báo cáo:"]) {
        let row = 0;
        ws.eachRow((r, n) => r.eachCell((c) => void (c.value === label && (row = n))));
        expect([label, row > 0]).toEqual([label, true]);
        const cells: ExcelJS.Cell[] = [];
        ws.getRow(row).eachCell((c) => cells.push(c));
        const box = cells.find((c) => c.value !== label && c.protection?.locked === false)!;
        expect(box).toBeDefined();
        expect(box.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFF2CC" } });
      }
      await screenshotBoth(page, "mau-bieu-blank");
      // Validated as it is, the unit missing is said, not guessed silently from the file name.
      const file = files.write(d.suggestedFilename(), bytes);
      const v = await openTab(page, "Kiểm tra");
      await chooseFiles(page, v.getByRole("button", { name: "Chọn tệp…" }), [file]);
      // A finding of the whole sheet: "Cả trang", then the message.
      await v
        .getByText(/Cả trang\s*Chưa ghi đơn vị báo cáo \(tạm lấy theo tên tệp: «Khánh Hòa PL2 Định kỳ»\)\./)
        .waitFor();
    });
  });

  describe("Kiểm tra", () => {
    const errorItems = (r: Locator) => r.getByRole("region", { name: /^Lỗi \(/ }).getByRole("listitem");

    it("shows the Cam Ranh report's one error, 149/149 in a percent row, with its cell and message", async () => {
      const bytes = await camRanhReport();
      const file = files.write("cam-ranh-6-thang-2021.xlsx", bytes);
      const [expected] = await domainFindings(bytes);
      expect(expected).toMatchObject({ indicator: "7.6.3.a", value: "149/149" });

      const p = await openTab(page, "Kiểm tra");
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [file]);
      const r = sheetResult(p, "PL2-Định kỳ");
      await r.waitFor();
      expect(await r.getByRole("heading").first().innerText()).toBe(
        "«cam-ranh-6-thang-2021.xlsx», trang «PL2-Định kỳ» — Khánh Hòa – Phụ lục 2 (2021)",
      );
      await p.getByText("Tệp: cam-ranh-6-thang-2021.xlsx", { exact: true }).waitFor();
      await r.getByText(`Đã nhập ${Object.keys(camRanhValues).length}/128 ô số liệu`, { exact: true }).waitFor();
      expect(Object.keys(camRanhValues)).toHaveLength(8);
      expect(await r.getByText("1 lỗi", { exact: true }).count()).toBe(1);
      expect(await r.getByText("0 cảnh báo", { exact: true }).count()).toBe(1);
      await r.getByText("Còn 1 lỗi cần sửa trước khi gửi.", { exact: true }).waitFor();
      const items = errorItems(r);
      expect(await items.count()).toBe(1);
      const text = await items.first().innerText();
      expect(text).toContain(`Ô ${expected.cell}`);
      expect(text).toContain("Giá trị: 149/149");
      expect(text).toContain("Nhập tỷ lệ phần trăm, ví dụ 100 (149/149 = 100%).");
    });

    it("shows every error of a report with several mistakes: a negative count, «có» in a flag row, done > planned", async () => {
      const bytes = await reportWithMistakes();
      const file = files.write("cam-lam-3-loi.xlsx", bytes);
      const expected = await domainFindings(bytes);
      expect(expected.map((f) => [f.indicator, f.code]).sort()).toEqual([
        ["1.1.b", "cross.notGreater"],
        ["1.7", "code.word"],
        ["5.2.2.a", "count.negative"],
      ]);

      const p = await openTab(page, "Kiểm tra");
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [file]);
      await p.getByText("Tệp: cam-lam-3-loi.xlsx", { exact: true }).waitFor();
      const r = sheetResult(p, "PL2-Định kỳ");
      await r.getByText("3 lỗi", { exact: true }).waitFor();
      await r.getByText(`Đơn vị: ${UNIT}`, { exact: true }).waitFor();
      await r.getByText(`Kỳ báo cáo: ${camRanhPeriod}`, { exact: true }).waitFor();
      const items = errorItems(r);
      expect(await items.count()).toBe(3);
      const shown = await items.allInnerTexts();
      for (const f of expected) {
        const item = shown.find((s) => s.includes(`Ô ${f.cell} · `));
        expect(item).toBeDefined();
        expect(item).toContain(`Giá trị: ${f.value}`);
        expect(item).toContain(f.message);
      }
      expect(shown.join("\n")).toContain("Nhập mã 1 thay cho chữ «có» (Có = 1; Không = 0).");
      expect(shown.join("\n")).toContain("Số lượng không được âm.");
      expect(shown.join("\n")).toMatch(/Số đã hoàn thành \(30\) lớn hơn số đề ra ở E\d+ \(23\)\./);
      await paneOverflow("kiem-tra-results");
      await screenshotBoth(page, "kiem-tra-results");
    });

    it("lists the empty cells when ticked, at once, as one line per heading of the table", async () => {
      const p = await openTab(page, "Kiểm tra");
      const r = sheetResult(p, "PL2-Định kỳ");
      await p.getByRole("checkbox", { name: "Liệt kê cả các ô chưa nhập" }).check();
      const empty = r.getByRole("region", { name: /^Ô chưa nhập \(/ });
      await empty.waitFor();
      const expected = 128 - (Object.keys(camRanhValues).length + 1);
      expect(await empty.getByRole("heading").innerText()).toBe(`Ô chưa nhập (${expected})`);
      const lines = await empty.getByRole("listitem").allInnerTexts();
      expect(lines.length).toBeLessThan(10);
      expect(lines[0]).toMatch(/^1\. Công tác chỉ đạo điều hành CCHC — \d+ ô: E\d+, E\d+/);
      // No card per empty cell: the error cards are still the three errors.
      expect(await errorItems(r).count()).toBe(3);
      await paneOverflow("kiem-tra-empty");
      await screenshotBoth(page, "kiem-tra-empty");
      await p.getByRole("checkbox", { name: "Liệt kê cả các ô chưa nhập" }).uncheck();
      await empty.waitFor({ state: "detached" });
    });

    it("compares a report with the unit's previous one («So với kỳ trước…»), and stops when asked", async () => {
      const values = (total: number) => ({ ...camRanhValues, "6.1": 4, "6.2": total });
      const earlier = files.write(
        "quy-1-2021.xlsx",
        await filledTemplate("kh-dinhky-pl2", UNIT, "Quý I/2021", values(10)),
      );
      const later = files.write(
        "6-thang-2021.xlsx",
        await filledTemplate("kh-dinhky-pl2", UNIT, camRanhPeriod, values(9)),
      );
      const p = await openTab(page, "Kiểm tra");
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [later]);
      const r = sheetResult(p, "PL2-Định kỳ");
      await r.getByText("0 cảnh báo", { exact: true }).waitFor();
      await chooseFiles(page, p.getByRole("button", { name: "So với kỳ trước…" }), [earlier]);
      await r.getByText("So với kỳ trước: quy-1-2021.xlsx", { exact: true }).waitFor();
      const warnings = r.getByRole("region", { name: /^Cảnh báo \(/ }).getByRole("listitem");
      expect(await warnings.allInnerTexts()).toEqual([
        expect.stringContaining("Số lũy kế giảm so với kỳ trước (Quý I/2021): từ 10 xuống 9."),
      ]);
      await paneOverflow("kiem-tra-previous");
      await screenshotBoth(page, "kiem-tra-previous");
      await p.getByRole("button", { name: "Bỏ so sánh" }).click();
      await r.getByText("0 cảnh báo", { exact: true }).waitFor();
      expect(await r.getByText(/^So với kỳ trước/).count()).toBe(0);
    });

    it("validates several files at once, one line each, and shows the chosen file's results", async () => {
      const clean = files.write(
        "so-noi-vu.xlsx",
        await unitReport({ ...UNIT_REPORTS.noiVu, values: { ...UNIT_REPORTS.noiVu.values } }),
      );
      const withErrors = files.write("cam-lam-loi.xlsx", await reportWithMistakes());
      const broken = files.write("hong.xlsx", NOT_A_WORKBOOK);
      const p = await openTab(page, "Kiểm tra");
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [clean, withErrors, broken]);
      const list = p.getByRole("region", { name: "3 tệp, 1 tệp sẵn sàng gửi" });
      await list.waitFor();
      expect(await list.getByRole("listitem").allInnerTexts()).toEqual([
        "so-noi-vu.xlsx\nSẵn sàng gửi",
        "cam-lam-loi.xlsx\n3 lỗi · 0 cảnh báo",
        "hong.xlsx\nKhông đọc được",
      ]);
      // The first file needing correction is shown first.
      await sheetResult(p, "PL2-Định kỳ").waitFor();
      await list.getByRole("button", { name: /^so-noi-vu\.xlsx/ }).click();
      const ready = sheetResult(p, "PL2-II.1");
      await ready.getByText("Sẵn sàng gửi", { exact: true }).waitFor();
      await ready.getByText("Không có lỗi nào.").waitFor();
      await paneOverflow("kiem-tra-files");
      await screenshotBoth(page, "kiem-tra-files");
      await list.getByRole("button", { name: /^hong\.xlsx/ }).click();
      await p.getByText(`Không đọc được tệp «hong.xlsx». ${unreadableMessage("notXlsx", "vi")}`).waitFor();

      // The results as a workbook to keep or send back: every file, every finding.
      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tải kết quả kiểm tra" }));
      expect(d.suggestedFilename()).toBe("Kết quả kiểm tra.xlsx");
      const rows = rowsOf((await loadWorkbook(bytes)).getWorksheet("Kết quả kiểm tra")!);
      expect(rows[0]).toBe("KẾT QUẢ KIỂM TRA BÁO CÁO");
      expect(rows.filter((r) => r.includes(" | so-noi-vu.xlsx | ") && r.includes("Sẵn sàng gửi"))).toHaveLength(1);
      expect(rows.filter((r) => r.includes(" | cam-lam-loi.xlsx | ") && r.includes(" | Lỗi | "))).toHaveLength(3);
      expect(rows.filter((r) => r.includes(" | hong.xlsx | ") && r.includes("Không kiểm tra"))).toHaveLength(1);
    });

    it("says so, in a message bar, when a file cannot be read", async () => {
      const p = await openTab(page, "Kiểm tra");
      const cases = [
        { name: "bao-cao-hong.xlsx", bytes: NOT_A_WORKBOOK, reason: unreadableMessage("notXlsx", "vi") },
        {
          name: "bao-cao-cu.xls",
          bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
          reason: unreadableMessage("xls", "vi"),
        },
      ];
      for (const c of cases) {
        await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [files.write(c.name, c.bytes)]);
        const bar = p.locator(".fui-MessageBar", { hasText: `Không đọc được tệp «${c.name}». ${c.reason}` });
        await bar.waitFor();
        // The previous file's findings are gone: what is on screen is about this file.
        expect(await p.getByRole("region", { name: /trang «/ }).count()).toBe(0);
      }
      await screenshotBoth(page, "kiem-tra-unreadable");
    });
  });

  describe("Tổng hợp", () => {
    const mergePanel = () => openTab(page, "Tổng hợp");
    const filesTable = (p: Locator) => p.getByRole("table", { name: "Các tệp đã nhận" });
    const fileRow = (p: Locator, file: string) =>
      filesTable(p)
        .getByRole("row")
        .filter({ has: page.getByText(file, { exact: true }) });
    /** The texts of a file's row: unit, file, period and the row's buttons; status and reason; the counts. */
    const status = async (p: Locator, file: string) => {
      const row = fileRow(p, file);
      expect(await row.count()).toBe(1);
      return row.getByRole("cell").allInnerTexts();
    };
    /** The files the table lists, top to bottom. */
    const listed = async (p: Locator) =>
      (await filesTable(p).getByRole("row").allInnerTexts()).slice(1).map((r) => r.split("\n")[1]);

    it("reads the received files, says what will happen before the merge, and downloads figures equal to the sums typed", async () => {
      const paths: string[] = [];
      for (const r of RECEIVED) paths.push(files.write(r.file, await unitReport(r)));
      paths.push(files.write(UNREADABLE_RECEIVED, NOT_A_WORKBOOK));

      const p = await mergePanel();
      // Nothing to merge yet: the button says why it cannot be used.
      expect(await p.getByRole("button", { name: "Tổng hợp", exact: true }).getAttribute("aria-disabled")).toBe("true");
      await p.getByText("Chọn hoặc kéo thả các tệp đã nhận trước khi tổng hợp.", { exact: true }).waitFor();
      // Whatever the reading shows on its way ("Đang đọc tệp k/n" over a progress bar), as it appears.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { progressSeen: string[] }).progressSeen = seen;
        new MutationObserver(() => {
          const bar = document.querySelector('#panel-merge [role="progressbar"]');
          const label = /Đang đọc tệp \d+\/\d+/.exec(document.getElementById("panel-merge")?.textContent ?? "");
          if (bar && label && seen[seen.length - 1] !== label[0]) seen.push(label[0]);
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), paths);
      await p.getByRole("button", { name: "Tất cả (6)" }).waitFor();
      const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
      progressSeen = progress;
      expect(progress.length).toBeGreaterThan(0);
      for (const label of progress) expect(label).toMatch(/^Đang đọc tệp [1-6]\/6$/);
      // Reading is over: the progress bar is gone.
      expect(await p.getByRole("progressbar").count()).toBe(0);

      await p
        .getByText(`${templateName(catalog().get(MERGE_TEMPLATE)!, catalog(), vi)}: 4 đơn vị`, { exact: true })
        .waitFor();
      await p.getByText(`Kỳ báo cáo: ${MERGE_PERIOD}`, { exact: true }).waitFor();
      // Problems first (the duplicate, the unreadable file), then the files in the order they were chosen.
      expect(await listed(p)).toEqual([
        UNIT_REPORTS.camLamFirst.file,
        UNREADABLE_RECEIVED,
        ...COUNTED.map((r) => r.file),
      ]);
      // Each row: the unit in bold with its file and period under it, the status with its reason, errors / warnings.
      for (const r of COUNTED)
        expect(await status(p, r.file)).toEqual([`${r.unit}\n${r.file}\n${MERGE_PERIOD}\nXóa`, "Sẽ tổng hợp", "0 / 0"]);
      expect(await status(p, UNIT_REPORTS.camLamFirst.file)).toEqual([
        `${UNIT_REPORTS.camLamFirst.unit}\n${UNIT_REPORTS.camLamFirst.file}\n${MERGE_PERIOD}\nXóa`,
        "Trùng\nTrùng đơn vị với tệp «ubnd-cam-lam-gui-lai.xlsx» (tệp kia lưu sau); không cộng hai lần.\nDùng tệp này",
        "0 / 0",
      ]);
      // An unreadable file was never checked: it shows no counts rather than a clean "0 / 0".
      expect(await status(p, UNREADABLE_RECEIVED)).toEqual([
        "(chưa rõ đơn vị)\nbao-cao-hong.xlsx\nXóa",
        `Bỏ qua\n${unreadableMessage("notXlsx", "vi")}`,
        "—",
      ]);
      // The summary counts filter the list.
      await p.getByRole("button", { name: "Trùng (1)" }).click();
      expect(await listed(p)).toEqual([UNIT_REPORTS.camLamFirst.file]);
      await p.getByRole("button", { name: "Tất cả (6)" }).click();

      // The units expected, one of which has not sent its report.
      await p
        .getByRole("textbox", { name: "Danh sách đơn vị (mỗi dòng một đơn vị)" })
        .fill([...COUNTED.map((r) => r.unit), "UBND thị xã Ninh Hòa"].join("\n"));
      const missing = p.getByRole("region", { name: "Đơn vị chưa gửi (1)" });
      await missing.waitFor();
      expect(await missing.getByRole("listitem").allInnerTexts()).toEqual(["UBND thị xã Ninh Hòa"]);

      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tổng hợp", exact: true }));
      expect(d.suggestedFilename()).toBe(`tong-hop-${MERGE_TEMPLATE}.xlsx`);
      await p.getByText(`Đã tổng hợp 4 đơn vị; đã tải về tệp «tong-hop-${MERGE_TEMPLATE}.xlsx».`).waitFor();
      // Now the rows say what was done.
      for (const r of COUNTED) expect((await status(p, r.file))[1]).toBe("Đã tổng hợp");
      await paneOverflow("tong-hop-results");
      await screenshotBoth(page, "tong-hop-results");

      const wb = await loadWorkbook(bytes);
      for (const name of Object.values(OUTPUT_SHEETS)) expect(wb.getWorksheet(name)).toBeDefined();
      expectFigures(wb.getWorksheet(OUTPUT_SHEETS.summary)!, COUNTED);

      const detail = textsOf(wb.getWorksheet(OUTPUT_SHEETS.detail)!);
      for (const r of COUNTED) expect(detail).toContain(`${r.unit}\n(${r.file})`);
      expect(detail.join("\n")).not.toContain(`(${UNIT_REPORTS.camLamFirst.file})`);

      const sources = rowsOf(wb.getWorksheet(OUTPUT_SHEETS.sources)!);
      const sourceOf = (needle: string) => sources.filter((s) => s.includes(needle));
      for (const r of COUNTED) expect(sourceOf(` | ${r.file} | `)).toEqual([expect.stringContaining("Đã tổng hợp")]);
      expect(sourceOf(` | ${UNIT_REPORTS.camLamFirst.file} | `)).toEqual([
        expect.stringContaining("Trùng, không tính"),
      ]);
      expect(sourceOf(` | ${UNREADABLE_RECEIVED} | `)).toEqual([expect.stringContaining("Không tổng hợp")]);
      expect(sourceOf("UBND thị xã Ninh Hòa")).toEqual([expect.stringContaining("Chưa gửi")]);
      expect(wb.getWorksheet(OUTPUT_SHEETS.checks)!.rowCount).toBeGreaterThan(0);
    });

    it("counts the other file of a unit once the consolidator chooses it («Dùng tệp này»)", async () => {
      const p = await mergePanel();
      await p.getByRole("button", { name: `Dùng tệp này («${UNIT_REPORTS.camLamFirst.file}») cho đơn vị` }).click();
      await fileRow(p, UNIT_REPORTS.camLamResent.file).getByText("Trùng", { exact: true }).waitFor();
      // The choice changed the merge: nothing says "Đã tổng hợp" until it is written again.
      expect(await fileRow(p, UNIT_REPORTS.camLamFirst.file).getByText("Sẽ tổng hợp").count()).toBe(1);
      const { bytes } = await download(page, p.getByRole("button", { name: "Tổng hợp", exact: true }));
      const chosen = [UNIT_REPORTS.noiVu, UNIT_REPORTS.tuPhap, UNIT_REPORTS.nhaTrang, UNIT_REPORTS.camLamFirst];
      expectFigures((await loadWorkbook(bytes)).getWorksheet(OUTPUT_SHEETS.summary)!, chosen);
      // Back to the file saved last, as the first download had it.
      await p.getByRole("button", { name: `Dùng tệp này («${UNIT_REPORTS.camLamResent.file}») cho đơn vị` }).click();
      await fileRow(p, UNIT_REPORTS.camLamFirst.file).getByText("Trùng", { exact: true }).waitFor();
    });

    it("merges every table of multi-table files, leaves out a value with an error, includes a file of another period on purpose, and suggests a roster near match", async () => {
      const p = await mergePanel();
      await p.getByRole("button", { name: "Bỏ các tệp đã chọn" }).click();
      const reports = Object.values(MULTI_REPORTS);
      const paths: string[] = [];
      for (const r of reports) paths.push(files.write(r.file, await multiReport(r)));
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), paths);
      await p.getByRole("button", { name: `Tất cả (${reports.length * MULTI_TEMPLATES.length})` }).waitFor();
      for (const id of MULTI_TEMPLATES)
        await p.getByText(`${templateName(catalog().get(id)!, catalog(), vi)}: 3 đơn vị`, { exact: true }).waitFor();
      await p.getByRole("textbox", { name: "Đơn vị tổng hợp" }).fill("UBND tỉnh Khánh Hòa");

      // The value with an error: the row is amber and says how many values it leaves out; its findings open in place.
      const broken = MULTI_REPORTS.khanhSon;
      const ii2 = catalog().get(BROKEN_VALUE.template)!.template.sheetName;
      const brokenRow = fileRow(p, `${broken.file} · trang «${ii2}»`);
      await brokenRow.getByText("Sẽ tổng hợp, 1 giá trị lỗi không cộng", { exact: true }).waitFor();
      await brokenRow.getByRole("button", { name: "Xem lỗi, cảnh báo (1)" }).click();
      const findings = p.getByRole("list", { name: `Lỗi và cảnh báo của tệp «${broken.file}»` });
      expect(await findings.getByRole("listitem").allInnerTexts()).toEqual([
        expect.stringMatching(/^Lỗi · Ô [A-Z]+\d+ «-5»: Số lượng không được âm/),
      ]);

      // A file of another period, included on purpose.
      const other = MULTI_REPORTS.khanhVinh;
      const otherRow = fileRow(p, `${other.file} · trang «${catalog().get("kh-pl2-ii1")!.template.sheetName}»`);
      await otherRow.getByText("Kỳ khác", { exact: true }).waitFor();
      await otherRow
        .getByRole("button", { name: vi.includeFileFor(other.file) })
        .first()
        .click();
      for (const id of MULTI_TEMPLATES)
        await p.getByText(`${templateName(catalog().get(id)!, catalog(), vi)}: 4 đơn vị`, { exact: true }).waitFor();

      // A roster with a unit typed slightly wrong: reported as not received, with the near match suggested.
      await p
        .getByRole("textbox", { name: "Danh sách đơn vị (mỗi dòng một đơn vị)" })
        .fill("STT\tĐơn vị\n1\tUBND huyện Dien Khanh\n2\tKhánh Sơn\n3\tUBND huyện Vạn Ninhh\n4\tUBND huyện Khánh Vĩnh");
      const missing = p.getByRole("region", { name: "Đơn vị chưa gửi (1)" });
      await missing.waitFor();
      expect(await missing.getByRole("listitem").allInnerTexts()).toEqual([
        "UBND huyện Vạn Ninhh\nCó phải «UBND huyện Vạn Ninh»?",
      ]);
      const unlisted = p.getByRole("region", { name: "Đã gửi nhưng không có trong danh sách (1)" });
      expect(await unlisted.getByRole("listitem").allInnerTexts()).toEqual([
        "UBND huyện Vạn Ninh\nCó phải «UBND huyện Vạn Ninhh»?",
      ]);
      await paneOverflow("tong-hop-multi");
      await screenshotBoth(page, "tong-hop-multi");

      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tổng hợp", exact: true }));
      expect(d.suggestedFilename()).toBe("tong-hop.xlsx");
      await brokenRow.getByText("Đã tổng hợp, 1 giá trị lỗi không cộng", { exact: true }).waitFor();
      const wb = await loadWorkbook(bytes);
      const counted = reports;
      for (const id of MULTI_TEMPLATES) {
        const sheet = catalog().get(id)!.template.sheetName;
        const summary = wb.getWorksheet(`${OUTPUT_SHEETS.summary} ${sheet}`)!;
        expect(textsOf(summary)).toContain("Đơn vị báo cáo: UBND tỉnh Khánh Hòa");
        const at = idsOf(summary);
        for (const ref of Object.keys(counted[0].tables[id])) {
          const typed = counted
            .map((r) => r.tables[id][ref])
            .filter((_, i) => !(id === BROKEN_VALUE.template && ref === BROKEN_VALUE.ref && counted[i] === broken));
          const nums = typed.filter((v): v is number => typeof v === "number");
          const expected =
            nums.length === typed.length
              ? nums.reduce((a, b) => a + b, 0)
              : `${typed.filter((v) => v === "x" || v === "Đạt").length}/${typed.length} đơn vị`;
          expect({ id, ref, value: at.cell(ref.includes("@") ? ref : `${ref}@value`).value }).toEqual({
            id,
            ref,
            value: expected,
          });
        }
        expect(wb.getWorksheet(`${OUTPUT_SHEETS.detail} ${sheet}`)).toBeDefined();
      }
      // The value left out: said beside the figure on Tổng hợp, marked on Chi tiết, counted in Nguồn.
      const summary = textsOf(wb.getWorksheet(`${OUTPUT_SHEETS.summary} ${ii2}`)!);
      expect(summary.find((t) => t.includes("không cộng 1 giá trị lỗi"))).toMatch(
        // Only the 2019 column has figures on that row: the note names its column.
        new RegExp(`^Năm 2019: Cộng 3/4 đơn vị; không cộng 1 giá trị lỗi: ${broken.unit}, [A-Z]+\\d+ «-5»$`),
      );
      expect(textsOf(wb.getWorksheet(`${OUTPUT_SHEETS.detail} ${ii2}`)!)).toContain("-5 (lỗi, không tổng hợp)");
      const sources = rowsOf(wb.getWorksheet(OUTPUT_SHEETS.sources)!);
      expect(sources.filter((s) => s.includes(` | ${other.file} | `))).toEqual(
        MULTI_TEMPLATES.map(() => expect.stringContaining("vẫn tổng hợp theo lựa chọn của người tổng hợp")),
      );
      // One file removed from the list: its three tables go, the others stay.
      await p
        .getByRole("button", { name: `Xóa tệp «${other.file}» khỏi danh sách` })
        .first()
        .click();
      await p.getByRole("button", { name: `Tất cả (${(reports.length - 1) * MULTI_TEMPLATES.length})` }).waitFor();
      for (const id of MULTI_TEMPLATES)
        await p.getByText(`${templateName(catalog().get(id)!, catalog(), vi)}: 3 đơn vị`, { exact: true }).waitFor();
    });

    it("shows a consolidation received with the units it covers, and a unit covered twice counted once", async () => {
      const p = await mergePanel();
      await p.getByRole("button", { name: "Bỏ các tệp đã chọn" }).click();
      // Only an unreadable file: nothing can be merged, and the button says why.
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [
        files.write("rong.xlsx", new Uint8Array()),
      ]);
      await p.getByText(vi.nothingToMerge, { exact: true }).waitFor();
      // Disabled but focusable: a keyboard user reaches it and hears why.
      const button = p.getByRole("button", { name: "Tổng hợp", exact: true });
      expect(await button.getAttribute("aria-disabled")).toBe("true");
      expect(await button.getAttribute("aria-describedby")).toBeTruthy();
      await p.getByRole("button", { name: "Xóa tệp «rong.xlsx» khỏi danh sách" }).click();
      // The roster of the last test is remembered; this consolidator has none.
      await p.getByRole("textbox", { name: "Danh sách đơn vị (mỗi dòng một đơn vị)" }).fill("");
      const group = files.write("cum-bac.xlsx", await consolidationOf(COUNTED.slice(0, 2), "Cụm phía Bắc"));
      const own = files.write(UNIT_REPORTS.tuPhap.file, await unitReport(UNIT_REPORTS.tuPhap));
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [group, own]);
      const row = fileRow(p, `cum-bac.xlsx · trang «${OUTPUT_SHEETS.summary}»`);
      await row.getByText("Cụm phía Bắc", { exact: true }).waitFor();
      await row.getByRole("button", { name: "Xem 2 đơn vị trong bảng tổng hợp" }).click();
      const covered = p.getByRole("list", { name: "Các đơn vị trong bảng tổng hợp «cum-bac.xlsx»" });
      expect(await covered.getByRole("listitem").allInnerTexts()).toEqual([
        `${UNIT_REPORTS.noiVu.unit} (qua Cụm phía Bắc)`,
        `${UNIT_REPORTS.tuPhap.unit} (qua Cụm phía Bắc)`,
      ]);
      // Sở Tư pháp is in the consolidation (saved later) and sent its own file too: counted once, and said where.
      const ownRow = fileRow(p, UNIT_REPORTS.tuPhap.file);
      const overlap = `«${UNIT_REPORTS.tuPhap.unit}» có trong hai đầu vào; chỉ tính một lần, theo «cum-bac.xlsx» (tệp kia lưu sau).`;
      await ownRow.getByText(overlap, { exact: true }).waitFor();
      expect((await status(p, UNIT_REPORTS.tuPhap.file))[1]).toBe(`Tính ở tệp khác\n${overlap}\nDùng tệp này`);
      const units = `${templateName(catalog().get(MERGE_TEMPLATE)!, catalog(), vi)}: 2 đơn vị`;
      await p.getByText(units, { exact: true }).waitFor();
      await paneOverflow("tong-hop-chain");
      await screenshotBoth(page, "tong-hop-chain");
      // The consolidator may count the unit's own file instead: the consolidation's copy is then the one left out.
      await ownRow.getByRole("button", { name: vi.useThisFileFor(UNIT_REPORTS.tuPhap.file) }).click();
      await ownRow.getByText("Sẽ tổng hợp", { exact: true }).waitFor();
      expect((await covered.getByRole("listitem").allInnerTexts())[1]).toBe(
        `${UNIT_REPORTS.tuPhap.unit} (qua Cụm phía Bắc)\n«${UNIT_REPORTS.tuPhap.unit}» có trong hai đầu vào; chỉ tính một lần, theo «${UNIT_REPORTS.tuPhap.file}» (người tổng hợp đã chọn tệp kia).\nDùng tệp này`,
      );
      await p.getByText(units, { exact: true }).waitFor();
    });

    /** The Tổng hợp sheet's figures, cell by cell, against those computed from what the units typed. */
    function expectFigures(ws: ExcelJS.Worksheet, counted: readonly UnitReport[]): void {
      const ids = idsOf(ws);
      const refs = Object.keys(counted[0].values);
      for (const ref of refs) {
        const [rowId, key] = ref.split("@");
        expect({ ref, value: ws.getCell(ids.row(rowId), ids.col(key)).value }).toEqual({
          ref,
          value: expectedFigure(ref, counted),
        });
      }
      // A cell no unit filled stays empty.
      expect(ws.getCell(ids.row("1"), ids.col("y2015")).value).toBeNull();
    }
  });

  describe("language", () => {
    it("switches to English with the language button, and back", async () => {
      await page.getByRole("button", { name: "English", exact: true }).click();
      await page.getByRole("tab", { name: "Templates", exact: true }).waitFor();
      expect(await page.getByRole("tab").allInnerTexts()).toEqual(["Templates", "Validate", "Merge"]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      // The results on screen follow the language (the merge tab still holds its files).
      const p = await openTab(page, "Merge");
      await p.getByRole("button", { name: "All (5)" }).waitFor();
      await p.getByText("Will be merged", { exact: true }).first().waitFor();
      await paneOverflow("tong-hop-results-en");
      await screenshotBoth(page, "tong-hop-results-en");
      const v = await openTab(page, "Validate");
      await v
        .getByText(`“bao-cao-cu.xls” cannot be read. ${unreadableMessage("xls", "en")}`, { exact: true })
        .waitFor();
      await screenshotBoth(page, "kiem-tra-results-en");
      await page.getByRole("button", { name: "Tiếng Việt", exact: true }).click();
      await page.getByRole("tab", { name: "Mẫu biểu", exact: true }).waitFor();
      expect(await page.getByRole("tab").allInnerTexts()).toEqual(TABS.map((t) => t.name));
    });

    it("starts in Vietnamese in an English browser, and in English once the user chose it there", async () => {
      const english = await newContext(browser, "en-US");
      requests.watchContext(english);
      try {
        const p = await english.newPage();
        await p.goto(`${server.origin}/`);
        await p.getByRole("tab", { name: "Mẫu biểu", exact: true }).waitFor();
        expect(await p.evaluate(() => document.documentElement.lang)).toBe("vi");
        await p.getByRole("button", { name: "English", exact: true }).click();
        await p.getByRole("tab", { name: "Templates", exact: true }).waitFor();
        await p.reload();
        await p.getByRole("tab", { name: "Templates", exact: true }).waitFor();
        expect(await p.getByRole("tab").allInnerTexts()).toEqual(["Templates", "Validate", "Merge"]);
        expect(await p.getByRole("button", { name: "Tiếng Việt", exact: true }).count()).toBe(1);
        expect(await p.getByRole("button", { name: "Download template" }).count()).toBe(1);
      } finally {
        await english.close();
      }
    });
  });

  it("made no request beyond its own origin during all of the above", () => {
    expect(requests.urls.length).toBeGreaterThan(3);
    expect(requests.urls).toContain(`${server.origin}/`);
    // The chunks loaded on demand (the worker, the writer) came from the page's origin too.
    const scripts = new Set(requests.urls.filter((u) => u.startsWith(`${server.origin}/`) && u.endsWith(".js")));
    expect(scripts.size).toBeGreaterThan(1);
    expect(requests.foreign(server.origin)).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Nothing red in the console either: no Content-Security-Policy violation (zod's eval probe) on load or after.
    expect(opened.consoleErrors).toEqual([]);
  });

  it("fits the task pane's width: nothing scrolls sideways at 350 px", () => {
    expect(PANE.width).toBe(350);
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
  });
});
