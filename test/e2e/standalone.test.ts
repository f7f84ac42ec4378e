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
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../../src/domain/layout/identity";
import { OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import type { Finding } from "../../src/domain/rules/finding";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { vi } from "../../src/taskpane/i18n/vi";
import { documentLabel, documentsOf, templateLabel } from "../../src/taskpane/model/templates";
import { camRanhPeriod, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { loadWorkbook } from "../helpers/workbooks";
import {
  chooseFiles,
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
  type Server,
} from "./harness";
import {
  camRanhReport,
  COUNTED,
  expectedFigure,
  MERGE_PERIOD,
  MERGE_TEMPLATE,
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

/** Rows and columns of an injected (or consolidated) sheet by its hidden ids: "<rowId>" and "<columnKey>". */
function idsOf(ws: ExcelJS.Worksheet): { row(id: string): number; col(key: string): number } {
  const rows = new Map<string, number>();
  let keyRow = 0;
  ws.getColumn(ID_COLUMN).eachCell((c, r) => {
    if (c.value === COLUMN_KEYS_TAG) keyRow = r;
    else if (typeof c.value === "string" && !rows.has(c.value)) rows.set(c.value, r);
  });
  const cols = new Map<string, number>();
  ws.getRow(keyRow).eachCell((c, col) => cols.set(String(c.value), col));
  return {
    row: (id) => rows.get(id) ?? fail(`no row ${id} in ${ws.name}`),
    col: (key) => cols.get(key) ?? fail(`no column ${key} in ${ws.name}`),
  };
}

function fail(message: string): never {
  throw new Error(message);
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
      await p.getByRole("textbox", { name: "Kỳ báo cáo" }).fill(PERIOD);
      // The preview shows the title as the sheet will print it, with the unit.
      await p.getByText("TẠI UBND HUYỆN CAM LÂM", { exact: true }).waitFor();

      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Chèn mẫu" }));
      expect(d.suggestedFilename()).toBe("kh-dinhky-pl2.xlsx");
      await p.getByText("Đã tải về tệp «kh-dinhky-pl2.xlsx».").waitFor();
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

    it("offers every appendix of a document, and remembers unit and period when the page is opened again", async () => {
      let p = await openTab(page, "Mẫu biểu");
      const choice = documents.find((d) => d.document.id === "binh-dinh-2020")!;
      await p.getByRole("combobox", { name: "Văn bản" }).selectOption({ label: documentLabel(choice.document) });
      const appendix = p.getByRole("combobox", { name: "Phụ lục" });
      expect(await appendix.locator("option").allInnerTexts()).toEqual(
        choice.templates.map((e) => templateLabel(e, vi)),
      );
      const pl5 = choice.templates.find((e) => e.template.id === "bd-pl5")!;
      await appendix.selectOption({ label: templateLabel(pl5, vi) });
      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Chèn mẫu" }));
      expect(d.suggestedFilename()).toBe("bd-pl5.xlsx");
      const ws = (await loadWorkbook(bytes)).getWorksheet("PL5")!;
      expect(ws.getCell(1, ID_COLUMN).text).toMatch(/^cchc-template:bd-pl5@/);
      expect(textsOf(ws)).toEqual(expect.arrayContaining([`Đơn vị báo cáo: ${UNIT}`, `Kỳ báo cáo: ${PERIOD}`]));

      await page.reload();
      p = await openTab(page, "Mẫu biểu");
      const unit = p.getByRole("textbox", { name: "Đơn vị báo cáo" });
      await page.waitForFunction((el) => (el as HTMLInputElement).value !== "", await unit.elementHandle());
      expect(await unit.inputValue()).toBe(UNIT);
      expect(await p.getByRole("textbox", { name: "Kỳ báo cáo" }).inputValue()).toBe(PERIOD);
    });
  });

  describe("Kiểm tra", () => {
    const report = (p: Locator, sheet: string) => p.getByRole("region", { name: `Kết quả kiểm tra trang «${sheet}»` });
    const errorItems = (r: Locator) => r.getByRole("region", { name: "Lỗi", exact: true }).getByRole("listitem");

    it("shows the Cam Ranh report's one error, 149/149 in a percent row, with its cell and message", async () => {
      const bytes = await camRanhReport();
      const file = files.write("cam-ranh-6-thang-2021.xlsx", bytes);
      const [expected] = await domainFindings(bytes);
      expect(expected).toMatchObject({ indicator: "7.6.3.a", value: "149/149" });

      const p = await openTab(page, "Kiểm tra");
      await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [file]);
      const r = report(p, "PL2-Định kỳ");
      await r.waitFor();
      await p.getByText("Tệp: cam-ranh-6-thang-2021.xlsx", { exact: true }).waitFor();
      await r.getByText(`Đã nhập ${Object.keys(camRanhValues).length}/128 ô số liệu`, { exact: true }).waitFor();
      expect(Object.keys(camRanhValues)).toHaveLength(8);
      expect(await r.getByText("1 lỗi", { exact: true }).count()).toBe(1);
      expect(await r.getByText("0 cảnh báo", { exact: true }).count()).toBe(1);
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
      const r = report(p, "PL2-Định kỳ");
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
        expect(await p.getByRole("region", { name: /^Kết quả kiểm tra/ }).count()).toBe(0);
      }
      await screenshotBoth(page, "kiem-tra-unreadable");
    });
  });

  describe("Tổng hợp", () => {
    const mergePanel = () => openTab(page, "Tổng hợp");
    const fileRow = (p: Locator, file: string) =>
      p
        .getByRole("table", { name: "Các tệp đã nhận" })
        .getByRole("row")
        .filter({ has: page.getByText(file, { exact: true }) });

    it("reads the received files, shows each with its status, and downloads figures equal to the sums typed", async () => {
      const paths: string[] = [];
      for (const r of RECEIVED) paths.push(files.write(r.file, await unitReport(r)));
      paths.push(files.write(UNREADABLE_RECEIVED, NOT_A_WORKBOOK));

      const p = await mergePanel();
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
      await p.getByText("4 đơn vị được tổng hợp, 1 tệp trùng, 1 tệp bỏ qua.", { exact: true }).waitFor();
      const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
      progressSeen = progress;
      expect(progress.length).toBeGreaterThan(0);
      for (const label of progress) expect(label).toMatch(/^Đang đọc tệp [1-6]\/6$/);
      // Reading is over: the progress bar is gone.
      expect(await p.getByRole("progressbar").count()).toBe(0);

      await p
        .getByText(`Mẫu: ${templateLabel(catalog().get(MERGE_TEMPLATE)!, vi)}; kỳ báo cáo: ${MERGE_PERIOD}`)
        .waitFor();
      const status = async (file: string) => {
        const row = fileRow(p, file);
        expect(await row.count()).toBe(1);
        return row.getByRole("cell").allInnerTexts();
      };
      // Each row: the file with its unit and period under it, the status with its reason, errors / warnings.
      for (const r of COUNTED)
        expect(await status(r.file)).toEqual([`${r.file}\n${r.unit} · ${MERGE_PERIOD}`, "Đã tổng hợp", "0 / 0"]);
      const [dupFile, dupState] = await status(UNIT_REPORTS.camLamFirst.file);
      expect(dupFile).toBe(`${UNIT_REPORTS.camLamFirst.file}\n${UNIT_REPORTS.camLamFirst.unit} · ${MERGE_PERIOD}`);
      expect(dupState).toBe(
        "Trùng\nTrùng đơn vị với tệp «ubnd-cam-lam-gui-lai.xlsx» (tệp kia lưu sau); không cộng hai lần.",
      );
      // An unreadable file was never checked: it shows no counts rather than a clean "0 / 0".
      expect(await status(UNREADABLE_RECEIVED)).toEqual([
        UNREADABLE_RECEIVED,
        `Bỏ qua\n${unreadableMessage("notXlsx", "vi")}`,
        "—",
      ]);

      // The units expected, one of which has not sent its report.
      await p
        .getByRole("textbox", { name: "Danh sách đơn vị (mỗi dòng một đơn vị)" })
        .fill([...COUNTED.map((r) => r.unit), "UBND thị xã Ninh Hòa"].join("\n"));
      const missing = p.getByRole("region", { name: "Đơn vị chưa gửi (1)" });
      await missing.waitFor();
      expect(await missing.getByRole("listitem").allInnerTexts()).toEqual(["UBND thị xã Ninh Hòa"]);
      const duplicates = p.getByRole("region", { name: "Tệp trùng đơn vị (1)" });
      expect(await duplicates.getByRole("listitem").innerText()).toContain("UBND huyện Cam Lâm — «ubnd-cam-lam.xlsx»:");

      const { download: d, bytes } = await download(page, p.getByRole("button", { name: "Tổng hợp", exact: true }));
      expect(d.suggestedFilename()).toBe(`tong-hop-${MERGE_TEMPLATE}.xlsx`);
      await p.getByText(`Đã tổng hợp 4 đơn vị; đã tải về tệp «tong-hop-${MERGE_TEMPLATE}.xlsx».`).waitFor();
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
      await p.getByRole("button", { name: `Dùng tệp «${UNIT_REPORTS.camLamFirst.file}» cho đơn vị này` }).click();
      await fileRow(p, UNIT_REPORTS.camLamResent.file).getByText("Trùng", { exact: true }).waitFor();
      expect(await fileRow(p, UNIT_REPORTS.camLamFirst.file).getByText("Đã tổng hợp").count()).toBe(1);
      const { bytes } = await download(page, p.getByRole("button", { name: "Tổng hợp", exact: true }));
      const chosen = [UNIT_REPORTS.noiVu, UNIT_REPORTS.tuPhap, UNIT_REPORTS.nhaTrang, UNIT_REPORTS.camLamFirst];
      expectFigures((await loadWorkbook(bytes)).getWorksheet(OUTPUT_SHEETS.summary)!, chosen);
      // Back to the file saved last, as the first download had it.
      await p.getByRole("button", { name: `Dùng tệp «${UNIT_REPORTS.camLamResent.file}» cho đơn vị này` }).click();
      await fileRow(p, UNIT_REPORTS.camLamFirst.file).getByText("Trùng", { exact: true }).waitFor();
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
      await p.getByText("4 units merged, 1 duplicate, 1 skipped.", { exact: true }).waitFor();
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

    it("starts in English in an English browser", async () => {
      const english = await newContext(browser, "en-US");
      requests.watchContext(english);
      try {
        const p = await english.newPage();
        await p.goto(`${server.origin}/`);
        await p.getByRole("tab", { name: "Templates", exact: true }).waitFor();
        expect(await p.getByRole("tab").allInnerTexts()).toEqual(["Templates", "Validate", "Merge"]);
        expect(await p.getByRole("button", { name: "Tiếng Việt", exact: true }).count()).toBe(1);
        expect(await p.getByRole("button", { name: "Insert template" }).count()).toBe(1);
      } finally {
        await english.close();
      }
    });
  });

  it("made no request beyond its own origin during all of the above", () => {
    expect(requests.urls.length).toBeGreaterThan(3);
    expect(requests.urls).toContain(`${server.origin}/`);
    // The ExcelJS chunk, loaded on demand, came from the page's origin too.
    const scripts = new Set(requests.urls.filter((u) => u.startsWith(`${server.origin}/`) && u.endsWith(".js")));
    expect(scripts.size).toBeGreaterThan(1);
    expect(requests.foreign(server.origin)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("fits the task pane's width: nothing scrolls sideways at 350 px", () => {
    expect(PANE.width).toBe(350);
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
  });
});
