import { mkdirSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium, ROOT, startServer } from "../test/e2e/browser";
import { bigWorkbook, manyUnitReports } from "../test/e2e/workbooks";

/**
 * How long the task pane's main thread is ever busy at a stretch while it does heavy work: the longest "long
 * task" (50 ms and more) PerformanceObserver reports, which is how long the page could not answer a click, a
 * key or paint. Shared by the end-to-end run (which prints the figures) and `npm run bench`.
 */
export interface LongTasks {
  /** The longest task, 0 when none reached 50 ms. */
  longestMs: number;
  count: number;
  totalMs: number;
  /** From the first file chosen to the last result on screen. */
  elapsedMs: number;
}

/** Page-side code as text: this module is compiled without the DOM's types (it runs in Node). */
const START_WATCHING = `(() => {
  const w = window;
  w.__longTasks = [];
  w.__longTaskObserver?.disconnect();
  w.__longTaskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  });
  w.__longTaskObserver.observe({ type: "longtask" });
})()`;

const STOP_WATCHING = `(() => {
  const w = window;
  w.__longTaskObserver.takeRecords().forEach((e) => w.__longTasks.push(e.duration));
  w.__longTaskObserver.disconnect();
  return w.__longTasks;
})()`;

/** What the page-side predicate uses of the page (this module is compiled without the DOM's types). */
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
interface PageGlobal {
  document: { querySelector(selector: string): PageElement | null };
}
const ANNOUNCER = '[data-testid="announcer"]';

/** Runs `job` on the page and reports the main thread's long tasks meanwhile. */
export async function watchLongTasks(page: Page, job: () => Promise<void>): Promise<LongTasks> {
  await page.evaluate(START_WATCHING);
  const start = Date.now();
  await job();
  const elapsedMs = Date.now() - start;
  // Long tasks are reported after they end: one more frame lets the last one in.
  await page.evaluate("new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))");
  const tasks = (await page.evaluate(STOP_WATCHING)) as number[];
  return {
    longestMs: Math.round(Math.max(0, ...tasks)),
    count: tasks.length,
    totalMs: Math.round(tasks.reduce((a, b) => a + b, 0)),
    elapsedMs,
  };
}

/** Waits, checking one element's text every 250 ms, until the live region says `text` (its start). */
async function announced(page: Page, text: string): Promise<void> {
  // A cheap check: a locator's polling would itself load the measured thread.
  await page.waitForFunction(
    // Runs in the page: only its arguments cross, no name of this module.
    ([selector, start]) =>
      (globalThis as unknown as PageGlobal).document.querySelector(selector)?.textContent?.startsWith(start),
    [ANNOUNCER, text] as const,
    { polling: 250, timeout: 600_000 },
  );
}

/** Chooses files with a tab's "Chọn tệp…" (the real file chooser). */
async function choose(page: Page, tabName: string, files: readonly string[]): Promise<void> {
  await page.getByRole("tab", { name: tabName, exact: true }).click();
  const tab = page.getByRole("tabpanel", { name: tabName, exact: true });
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    tab.getByRole("button", { name: "Chọn tệp…", exact: true }).click(),
  ]);
  await chooser.setFiles([...files]);
}

/**
 * Chooses files on the Kiểm tra tab and waits until the live region says that `sheets` appendix sheets were
 * validated: every file's result is on screen.
 */
export async function validateFiles(page: Page, files: readonly string[], sheets: number): Promise<void> {
  await choose(page, "Kiểm tra", files);
  await announced(page, `Đã kiểm tra ${sheets} trang phụ lục`);
}

/**
 * Gives the Tổng hợp tab the files, waits until they are read and the merge is on screen, then "Tổng hợp": until
 * the consolidated workbook is downloaded.
 */
export async function mergeFiles(page: Page, files: readonly string[]): Promise<void> {
  await choose(page, "Tổng hợp", files);
  await announced(page, `Đã đọc ${files.length} tệp`);
  // Usable once the worker's merge of these files is on screen (checked cheaply, as announced() does).
  await page.waitForFunction(
    ([panel, name]) =>
      [...((globalThis as unknown as PageGlobal).document.querySelector(panel)?.querySelectorAll("button") ?? [])].some(
        (b) => b.textContent === name && b.getAttribute("aria-disabled") !== "true",
      ),
    ["#panel-merge", "Tổng hợp"] as const,
    { polling: 250, timeout: 600_000 },
  );
  const button = page.getByRole("tabpanel", { name: "Tổng hợp", exact: true }).getByRole("button", {
    name: "Tổng hợp",
    exact: true,
  });
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 600_000 }), button.click()]);
  await download.path();
  await announced(page, "Đã tổng hợp");
}

/** The files of the measure: 300 units' reports and one 30 MB workbook, made once in `dir` and kept. */
export async function paneLoad(dir: string): Promise<{ reports: string[]; big: string }> {
  const reportsDir = path.join(dir, "300-xa");
  mkdirSync(reportsDir, { recursive: true });
  const reports = readdirSync(reportsDir).filter((f) => f.endsWith(".xlsx"));
  const paths =
    reports.length === 300
      ? reports.sort().map((f) => path.join(reportsDir, f))
      : await manyUnitReports(reportsDir, 300);
  const big = path.join(dir, "bao-cao-30mb.xlsx");
  if (!existsSync(big)) await bigWorkbook(big);
  return { reports: paths, big };
}

/** The figures of one run: a fresh page of the standalone page at `origin`, each job on it in turn. */
export async function paneLongTasks(
  browser: Browser,
  origin: string,
  load: { reports: string[]; big: string },
): Promise<PaneFigures> {
  const context = await browser.newContext({
    locale: "vi-VN",
    viewport: { width: 350, height: 900 },
    acceptDownloads: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole("tab", { name: "Kiểm tra", exact: true }).waitFor();
    const reports = await watchLongTasks(page, () => validateFiles(page, load.reports, load.reports.length));
    const merge = await watchLongTasks(page, () => mergeFiles(page, load.reports));
    const big = await watchLongTasks(page, () => validateFiles(page, [load.big], 1));
    return { reports, merge, big };
  } finally {
    await context.close();
  }
}

/** The figures of a run: Kiểm tra of 300 reports, Tổng hợp of the same 300 (read, merge, write), a 30 MB workbook. */
export interface PaneFigures {
  reports: LongTasks;
  merge: LongTasks;
  big: LongTasks;
}

/** The figures as lines for a report (Vietnamese, as the bench prints). */
export function longTaskLines(figures: PaneFigures): string[] {
  const line = (what: string, t: LongTasks) =>
    `  ${what}: tác vụ dài nhất ${t.longestMs} ms (${t.count} tác vụ >= 50 ms, cộng ${t.totalMs} ms), trong ${(t.elapsedMs / 1000).toFixed(1)} s`;
  return [
    "Luồng chính của trang độc lập trong Chromium (PerformanceObserver «longtask», mục tiêu < 200 ms):",
    line("kiểm tra 300 tệp", figures.reports),
    line("tổng hợp 300 tệp (đọc, tổng hợp, ghi)", figures.merge),
    line("kiểm tra một sổ tính 30 MB", figures.big),
  ];
}

/**
 * `npm run bench`'s part for the task pane: the built standalone page (dist/) served as offices serve it, in
 * Debian's Chromium, with the 300 reports and the 30 MB workbook made once under `workDir`.
 */
export async function paneBench(workDir: string): Promise<string[]> {
  if (!existsSync(path.join(ROOT, "dist", "standalone.html")))
    return ["Trang độc lập: chưa có dist/ (chạy npm run build trước)."];
  if (!haveChromium) return ["Trang độc lập: bỏ qua, không có /usr/bin/chromium (apt-get install chromium)."];
  const load = await paneLoad(workDir);
  const server = await startServer();
  const browser = await launchChromium();
  try {
    return longTaskLines(await paneLongTasks(browser, server.origin, load));
  } finally {
    await browser.close();
    await server.stop();
  }
}
