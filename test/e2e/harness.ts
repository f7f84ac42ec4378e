/**
 * What the end-to-end tests share: the real standalone server (scripts/serve-standalone.js) on a free port, Debian's
 * Chromium driven by playwright-core (never a downloaded browser), screenshots, file choosing and downloads as a
 * person does them, and a record of every request the page makes.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Download, Locator, Page } from "playwright-core";
import { CHROMIUM, haveChromium, launchChromium, ROOT, startServer, type Server } from "./browser";

export { CHROMIUM, haveChromium, launchChromium, ROOT, startServer, type Server } from "./browser";
/** Screenshots and other output of a run (gitignored). */
export const OUT_DIR = path.join(ROOT, "test-results", "e2e");
/** The task pane's width in Excel, and a desktop browser's. */
export const PANE = { width: 350, height: 900 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * `describe` when Chromium is installed. Without it the tests are skipped, loudly: a skipped run is no pass. On CI
 * (which installs Chromium) a missing browser is a failure, not a skip.
 */
export function describeE2E(name: string, body: () => void): void {
  if (haveChromium) {
    describe(name, body);
    return;
  }
  const reason = `${CHROMIUM} không có (Debian: apt-get install chromium): BỎ QUA kiểm thử đầu-cuối «${name}». / Chromium is missing: end-to-end tests SKIPPED, nothing was checked.`;
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(reason);
      });
    });
    return;
  }
  const bar = "!".repeat(100);
  process.stderr.write(`\n${bar}\n${reason}\n${bar}\n\n`);
  describe.skip(name, body);
}

/** A fresh browser context as a Vietnamese officer's browser: downloads allowed, the task pane's size. */
export function newContext(browser: Browser, locale = "vi-VN"): Promise<BrowserContext> {
  return browser.newContext({ acceptDownloads: true, locale, viewport: PANE });
}

/** A fresh context of a running browser with the standalone page open on it, up and showing its tabs. */
export async function openPage(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole("tab", { name: "Mẫu biểu", exact: true }).waitFor();
  return { context, page };
}

/** The standalone page open in a fresh Chromium: what a test drives, and what it records of the page. */
export interface OpenPage {
  server: Server;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  requests: RequestLog;
  pageErrors: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Starts the server and Chromium, opens the page in a fresh context, and waits for the first tab. */
export async function openStandalone(): Promise<OpenPage> {
  const server = await startServer();
  const browser = await launchChromium();
  const context = await newContext(browser);
  const requests = new RequestLog();
  requests.watchContext(context);
  const page = await context.newPage();
  await requests.watchNetwork(context, page);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.goto(`${server.origin}/`);
  await page.getByRole("tab", { name: "Mẫu biểu", exact: true }).waitFor();
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  return { server, browser, context, page, requests, pageErrors, consoleErrors, close };
}

/** Every URL a context's pages request (Playwright's view), plus what Chromium's network layer saw of a page. */
export class RequestLog {
  readonly urls: string[] = [];

  watchContext(context: BrowserContext): void {
    context.on("request", (r) => this.urls.push(r.url()));
  }

  /** Chromium's own view of a page's network (also the requests Playwright does not report, like the icon). */
  async watchNetwork(context: BrowserContext, page: Page): Promise<void> {
    const cdp = await context.newCDPSession(page);
    cdp.on("Network.requestWillBeSent", (e: { request: { url: string } }) => this.urls.push(e.request.url));
    await cdp.send("Network.enable");
  }

  /** The URLs that are neither of `origin` nor blob:/data:. */
  foreign(origin: string): string[] {
    return this.urls.filter((u) => {
      if (u.startsWith("blob:") || u.startsWith("data:")) return false;
      return new URL(u).origin !== origin;
    });
  }
}

/** Saves a full-page screenshot as test-results/e2e/<name>-<width>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `${name}-${page.viewportSize()!.width}.png`);
  // Transitions finished (a button just enabled again would still be fading from its disabled colour).
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}

/** The same screen at the task pane's width and at a desktop width; the page is left at the pane's width. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PANE);
  await screenshot(page, name);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, name);
  await page.setViewportSize(PANE);
}

/** Clicks a "Chọn tệp…" button and picks the files in the file chooser it opens (the real <input type=file>). */
export async function chooseFiles(page: Page, button: Locator, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.click()]);
  await chooser.setFiles(files);
}

/** Clicks a button that downloads a file; returns the download and its bytes. */
export async function download(page: Page, button: Locator): Promise<{ download: Download; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const file = await d.path();
  return { download: d, bytes: new Uint8Array(readFileSync(file)) };
}

/** How far the page is wider than the window (0: no sideways scrolling). */
export const overflowX = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A tab's panel, found by the tab's visible name. */
export function panel(page: Page, tabName: string): Locator {
  return page.getByRole("tabpanel", { name: tabName, exact: true });
}

/** Clicks a tab by its visible name and waits for its panel. */
export async function openTab(page: Page, tabName: string): Promise<Locator> {
  await page.getByRole("tab", { name: tabName, exact: true }).click();
  const p = panel(page, tabName);
  await p.waitFor();
  return p;
}

/** Chooses the reporting period on the Mẫu biểu tab from its two lists: the kind of period, then the year. */
export async function choosePeriod(tab: Locator, kind: string, year: string): Promise<void> {
  await tab.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption({ label: kind });
  await tab.getByRole("combobox", { name: "Năm" }).selectOption(year);
}

/** A validated sheet's results on the Kiểm tra tab, by its heading ("«file», trang «sheet» — template"). */
export function sheetResult(tab: Locator, sheet: string): Locator {
  return tab.getByRole("region", { name: new RegExp(`trang «${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}» — `) });
}
