/**
 * Never frozen: heavy files are read and validated in the pane's worker. In Chromium the page is given 300 units'
 * reports and a 30 MB workbook; the longest main-thread task meanwhile is measured and printed (a figure, not a
 * pass mark: `npm run bench` prints the same), and what is asserted is behaviour: every result arrives, the page
 * takes clicks while the worker reads, and "Hủy" stops it.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import {
  longTaskLines,
  mergeFiles,
  paneLoad,
  validateFiles,
  watchLongTasks,
  type PaneFigures,
} from "../../bench/pane-longtasks";
import {
  chooseFiles,
  describeE2E,
  launchChromium,
  newContext,
  OUT_DIR,
  openPage,
  openTab,
  ROOT,
  sheetResult,
  startServer,
  type Server,
} from "./harness";
import { TempFiles } from "./workbooks";

describeE2E("the page while the worker reads heavy files", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let files: TempFiles;
  let load: { reports: string[]; big: string };
  const figures: Partial<PaneFigures> = {};

  beforeAll(async () => {
    files = new TempFiles();
    load = await paneLoad(files.dir);
    server = await startServer();
    browser = await launchChromium();
    ({ page } = await openPage(browser, server.origin));
  }, 300_000);

  afterAll(async () => {
    if (figures.reports && figures.merge && figures.big) {
      const lines = longTaskLines({ reports: figures.reports, merge: figures.merge, big: figures.big });
      process.stdout.write(`\n${lines.join("\n")}\n`);
      writeFileSync(path.join(OUT_DIR, "longtasks.json"), JSON.stringify(figures, null, 2));
    }
    await browser?.close();
    await server?.stop();
    files?.remove();
  });

  it("validates 300 units' reports, every one listed", async () => {
    figures.reports = await watchLongTasks(page, () => validateFiles(page, load.reports, 300));
    const p = await openTab(page, "Kiểm tra");
    const list = p.getByRole("region", { name: /^300 tệp, \d+ tệp sẵn sàng gửi$/ });
    expect(await list.getByRole("listitem").count()).toBe(300);
    expect(await list.getByRole("listitem").first().innerText()).toMatch(/^xa-001\.xlsx\n/);
  });

  it("merges the same 300 reports: read, merged and written, every file listed", async () => {
    figures.merge = await watchLongTasks(page, () => mergeFiles(page, load.reports));
    const p = await openTab(page, "Tổng hợp");
    await p.getByText(/: 300 đơn vị$/).waitFor();
    // The header row and one row per file, drawn a few dozen at a time.
    await p.getByRole("table", { name: "Các tệp đã nhận" }).getByRole("row").nth(300).waitFor();
    expect(await p.getByRole("table", { name: "Các tệp đã nhận" }).getByRole("row").count()).toBe(301);
  });

  it("validates a 30 MB workbook: its report checked, its data sheet named as no appendix", async () => {
    figures.big = await watchLongTasks(page, () => validateFiles(page, [load.big], 1));
    const p = await openTab(page, "Kiểm tra");
    await sheetResult(p, "PL2-Định kỳ").getByText("Còn 1 lỗi cần sửa trước khi gửi.").waitFor();
    await p.getByText("Không phải phụ lục, không kiểm tra: Dữ liệu.", { exact: true }).waitFor();
  });

  it("answers clicks while the worker reads, and stops when Hủy is pressed", async () => {
    const p = await openTab(page, "Kiểm tra");
    // Four 30 MB workbooks: seconds of reading for the worker, the time to use the page meanwhile.
    await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [load.big, load.big, load.big, load.big]);
    await p.getByText("Đang kiểm tra tệp 2/4").waitFor();
    await openTab(page, "Mẫu biểu");
    await page.getByRole("textbox", { name: "Đơn vị báo cáo" }).fill("Sở Nội vụ");
    await openTab(page, "Kiểm tra");
    await p.getByRole("button", { name: "Hủy" }).click();
    await p.getByText("Đã hủy.", { exact: true }).waitFor();
    expect(await p.getByRole("progressbar").count()).toBe(0);
    // What was done before the stop stays on screen.
    await sheetResult(p, "PL2-Định kỳ").waitFor();
    await page.getByTestId("announcer").filter({ hasText: "Đã hủy." }).waitFor();
    // And the next job starts a fresh worker.
    await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), load.reports.slice(0, 2));
    await p.getByRole("region", { name: /^2 tệp, / }).waitFor();
  });

  it("answers while the Tổng hợp tab reads received files, and stops when Hủy is pressed", async () => {
    const p = await openTab(page, "Tổng hợp");
    await p.getByRole("button", { name: "Bỏ các tệp đã chọn" }).click();
    // Four 30 MB workbooks under names of their own (a file chosen twice is read once).
    const big = [1, 2, 3, 4].map((k) => {
      const copy = path.join(files.dir, `lon-${k}.xlsx`);
      copyFileSync(load.big, copy);
      return copy;
    });
    await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), big);
    await p.getByText("Đang đọc tệp 2/4").waitFor();
    await p.getByRole("textbox", { name: "Đơn vị tổng hợp" }).fill("UBND tỉnh Khánh Hòa");
    await p.getByRole("button", { name: "Hủy" }).click();
    await p.getByText("Đã hủy.", { exact: true }).waitFor();
    expect(await p.getByRole("progressbar").count()).toBe(0);
    await page.getByTestId("announcer").filter({ hasText: "Đã hủy." }).waitFor();
    // The next files are read by a fresh worker and merged.
    await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), load.reports.slice(0, 2));
    await p.getByText(/: 2 đơn vị$/).waitFor();
  });

  it("works opened from a folder (file://), where no worker starts: the same jobs run on the page", async () => {
    const folder = await newContext(browser);
    try {
      const local = await folder.newPage();
      const errors: string[] = [];
      local.on("pageerror", (e) => errors.push(e.message));
      await local.goto(pathToFileURL(path.join(ROOT, "dist", "standalone.html")).href);
      const p = await openTab(local, "Kiểm tra");
      await chooseFiles(local, p.getByRole("button", { name: "Chọn tệp…" }), load.reports.slice(0, 3));
      const list = p.getByRole("region", { name: /^3 tệp, / });
      await list.waitFor();
      expect(errors).toEqual([]);
    } finally {
      await folder.close();
    }
  });
});
