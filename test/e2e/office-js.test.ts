/**
 * The Excel page (taskpane.html) opened in a plain browser that cannot reach Microsoft's office.js (an office
 * without Internet, a blocked CDN): the pane must still come up, as the standalone page, within its own limit for
 * Office.onReady (OFFICE_TIMEOUT_MS in src/taskpane/index.tsx, 10 s). Opened by Office, it waits for Office
 * instead; and where its bundle cannot run (an IE11 or EdgeHTML webview: Chromium cannot be made one here, so the
 * bundle is blocked) the page says so instead of staying blank.
 */
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { vi } from "../../src/taskpane/i18n/vi";
import { describeE2E, launchChromium, newContext, startServer, type Server } from "./harness";

const OFFICE_HOST = "appsforoffice.microsoft.com";
const OLD_WEBVIEW = "Phiên bản Excel này dùng trình duyệt nhúng cũ nên không mở được ngăn CCHC.";
/** The pane's limit for Office.onReady, and a margin for a slow machine. */
const PANE_TIMEOUT_MS = 10_000;
const MARGIN_MS = 5_000;

describeE2E("the Excel page without office.js, with a slow Office, in an old webview", () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens taskpane.html with `office` answering the requests to Microsoft's CDN; returns when the pane is up. */
  async function openPane(
    office: (route: Route) => Promise<void>,
    opts: { withoutCsp?: boolean } = {},
  ): Promise<{ page: Page; officeRequests: string[]; ms: number }> {
    context = await newContext(browser);
    const officeRequests: string[] = [];
    await context.route(
      (url) => url.hostname === OFFICE_HOST,
      (route) => {
        officeRequests.push(route.request().url());
        return office(route);
      },
    );
    if (opts.withoutCsp)
      // As a plain static server (IIS, nginx, a shared folder) serves dist/: no Content-Security-Policy.
      await context.route(`${server.origin}/taskpane.html`, async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers["content-security-policy"];
        await route.fulfill({ response, headers });
      });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Mẫu biểu", exact: true }).waitFor({ timeout: PANE_TIMEOUT_MS + MARGIN_MS });
    return { page, officeRequests, ms: Date.now() - start };
  }

  it("comes up as the standalone page when office.js cannot be fetched (request aborted)", async () => {
    const { page, officeRequests } = await openPane((route) => route.abort("internetdisconnected"), {
      withoutCsp: true,
    });
    // The page did ask for office.js, and got nothing.
    expect(officeRequests).toEqual([`https://${OFFICE_HOST}/lib/1/hosted/office.js`]);
    await page.getByText("Đang chạy ngoài Excel", { exact: false }).waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(["Mẫu biểu", "Kiểm tra", "Tổng hợp"]);
  });

  it("comes up as the standalone page when served with the standalone server's policy (office.js refused)", async () => {
    const { page } = await openPane((route) => route.abort("blockedbyclient"));
    await page.getByText("Đang chạy ngoài Excel", { exact: false }).waitFor();
  });

  it("comes up within the pane's limit when office.js loads but Office.onReady never answers", async () => {
    const hanging = `window.Office = { onReady: function () { return new Promise(function () {}); },
      context: {}, HostType: { Excel: "Excel" } };`;
    const { page, officeRequests, ms } = await openPane(
      (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: hanging }),
      { withoutCsp: true },
    );
    expect(officeRequests).toHaveLength(1);
    // It waited for Office (about the limit), then gave up waiting rather than blocking the pane.
    expect(ms).toBeGreaterThanOrEqual(PANE_TIMEOUT_MS - 1_000);
    expect(ms).toBeLessThan(PANE_TIMEOUT_MS + MARGIN_MS);
    await page.getByText("Đang chạy ngoài Excel", { exact: false }).waitFor();
  });

  it("shows the message and the standalone page's address instead of a blank pane when the bundle cannot run", async () => {
    context = await newContext(browser);
    await context.route(
      (url) => url.hostname === OFFICE_HOST,
      (route) => route.abort("blockedbyclient"),
    );
    // What an IE11 or EdgeHTML webview does with an ES2022 bundle: nothing of it runs.
    await context.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort("blockedbyclient"));
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText(OLD_WEBVIEW).waitFor();
    const links = await page.getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([`${server.origin}/standalone.html`, `${server.origin}/standalone.html`]);
  });

  it("inside Office, waits for a slow Office.onReady saying it is connecting, and never turns into the standalone page", async () => {
    context = await newContext(browser);
    // An office.js whose onReady answers only when the test says so, as a cold Excel on the web may take long.
    const slowOffice = `window.Office = {
      onReady: function () { return new Promise(function (resolve) { window.answerOffice = resolve; }); },
      context: { displayLanguage: "vi-VN", requirements: { isSetSupported: function () { return false; } } },
      HostType: { Excel: "Excel" } };`;
    await context.route(
      (url) => url.hostname === OFFICE_HOST,
      (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: slowOffice }),
    );
    // As a static server (IIS, nginx) serves dist/: no policy keeping office.js out.
    await context.route(`${server.origin}/taskpane.html*`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["content-security-policy"];
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html?_host_Info=Excel$Web$16.01$vi-VN$telemetry$$$0`);
    await page.getByText(vi.connecting).waitFor();
    expect(await page.getByRole("tab").count()).toBe(0);
    // Office answers: Excel, without the API the pane needs. The pane says so; it never became the file pane.
    await page.evaluate(() =>
      (window as unknown as { answerOffice(i: unknown): void }).answerOffice({ host: "Excel" }),
    );
    await page.getByText(vi.unsupportedTitle).waitFor();
    expect(await page.getByText("Đang chạy ngoài Excel", { exact: false }).count()).toBe(0);
  });
});
