/**
 * The pane for people who use a keyboard or a screen reader, in Chromium at the task pane's width: axe-core on the
 * tabs empty and with results, in both languages; the jobs of Mẫu biểu and Kiểm tra done with the keyboard only;
 * where the focus goes and what the live region says.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { catalog } from "../../src/domain/catalog";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { AXE_VERSION, axeViolations, REQUIRED_RULES, serious, type AxeViolation } from "./axe";
import {
  chooseFiles,
  describeE2E,
  launchChromium,
  OUT_DIR,
  openPage,
  openTab,
  screenshot,
  startServer,
  type Server,
} from "./harness";
import { NOT_A_WORKBOOK, RECEIVED, reportWithMistakes, TempFiles, unitReport } from "./workbooks";

/** What the focused element is: "tab" or its tag, and its accessible text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body";
    const label = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
    // innerText: what is shown (a Fluent tab also holds a hidden copy of its name, to reserve its bold width).
    const role = el.getAttribute("role") === "tab" ? "tab" : el.tagName.toLowerCase();
    return `${role}: ${(label || el.innerText || "").trim().replace(/\s+/g, " ")}`;
  });

/** Presses Tab (or Shift+Tab) until the focus is on what `matches`, at most `limit` times: the keyboard's way. */
async function tabTo(page: Page, matches: RegExp, opts: { back?: boolean; limit?: number } = {}): Promise<string> {
  for (let i = 0; i < (opts.limit ?? 25); i++) {
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (matches.test(now)) return now;
  }
  throw new Error(`Tab never reached ${matches} (now on ${await focused(page)})`);
}

/** Waits until the live region says `text` (it is emptied first, then filled, so that repeats are read). */
const announced = (page: Page, text: string) => page.getByTestId("announcer").filter({ hasText: text }).waitFor();

describeE2E("the pane for keyboard and screen reader users", () => {
  let server: Server;
  let browser: Browser;
  let files: TempFiles;
  /** Every axe run: screen, then what it found (all impacts), written to test-results/e2e/axe.json. */
  const axeLog: Record<string, AxeViolation[]> = {};

  beforeAll(async () => {
    files = new TempFiles();
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    writeFileSync(path.join(OUT_DIR, "axe.json"), JSON.stringify(axeLog, null, 2));
    const lines = Object.entries(axeLog).map(
      ([screen, v]) =>
        `  ${screen.padEnd(28)} ${v.length === 0 ? "0 vi phạm" : v.map((x) => `${x.id} (${x.impact})`).join(", ")}`,
    );
    process.stdout.write(
      `\naxe-core ${AXE_VERSION}, WCAG 2.2 A/AA + best practices, theo màn hình:\n${lines.join("\n")}\n`,
    );
    await browser?.close();
    await server?.stop();
    files?.remove();
  });

  /** axe on the page as it is: no serious or critical violation, and none of the rules the issue found broken. */
  async function expectAccessible(page: Page, screen: string): Promise<void> {
    const found = await axeViolations(page);
    axeLog[screen] = found;
    expect({ screen, serious: serious(found) }).toEqual({ screen, serious: [] });
    expect({ screen, required: found.filter((v) => REQUIRED_RULES.includes(v.id)) }).toEqual({
      screen,
      required: [],
    });
  }

  describe.each([
    { lang: "vi", names: ["Mẫu biểu", "Kiểm tra", "Tổng hợp"], choose: "Chọn tệp…", download: "Tải mẫu về" },
    { lang: "en", names: ["Templates", "Validate", "Merge"], choose: "Choose files…", download: "Download template" },
  ])("axe-core, $lang", ({ lang, names, choose, download }) => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await openPage(browser, server.origin));
      if (lang === "en") {
        await page.getByRole("button", { name: "English", exact: true }).click();
        await page.getByRole("tab", { name: "Templates", exact: true }).waitFor();
      }
    });

    afterAll(() => context?.close());

    it("finds nothing serious on any tab, empty", async () => {
      for (const name of names) {
        await openTab(page, name);
        await expectAccessible(page, `${lang} ${name} (trống)`);
      }
    });

    it("finds nothing serious once the tabs hold results", async () => {
      const templates = await openTab(page, names[0]);
      await templates.getByRole("textbox").first().fill("UBND xã Cam Hải Tây");
      const [d] = await Promise.all([
        page.waitForEvent("download"),
        templates.getByRole("button", { name: download }).click(),
      ]);
      await d.path();
      await templates.locator(".fui-MessageBar").waitFor();
      await expectAccessible(page, `${lang} ${names[0]} (đã tải)`);
      await screenshot(page, `a11y-${lang}-mau-bieu`);

      const validate = await openTab(page, names[1]);
      const paths = [
        files.write(`loi-${lang}.xlsx`, await reportWithMistakes()),
        files.write(`dung-${lang}.xlsx`, await unitReport(RECEIVED[0])),
        files.write(`hong-${lang}.xlsx`, NOT_A_WORKBOOK),
      ];
      await chooseFiles(page, validate.getByRole("button", { name: choose }), paths);
      await validate.getByRole("region", { name: /trang «PL2-Định kỳ»|sheet “PL2-Định kỳ”/ }).waitFor();
      await validate.getByRole("checkbox").check();
      await validate.getByRole("region", { name: /^(Ô chưa nhập|Cells left empty) \(/ }).waitFor();
      await expectAccessible(page, `${lang} ${names[1]} (kết quả)`);
      await screenshot(page, `a11y-${lang}-kiem-tra`);

      const merge = await openTab(page, names[2]);
      await chooseFiles(
        page,
        merge.getByRole("button", { name: choose }),
        await Promise.all(RECEIVED.map(async (r) => files.write(`${lang}-${r.file}`, await unitReport(r)))),
      );
      await merge.getByRole("table").waitFor();
      await expectAccessible(page, `${lang} ${names[2]} (kết quả)`);
    });
  });

  describe("keyboard only", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await openPage(browser, server.origin));
      // Playwright takes over file choosers once something listens for them; a key press is quicker than a click,
      // so the listener is there from the start rather than set up as Enter is pressed.
      page.on("filechooser", () => undefined);
    });

    afterAll(() => context?.close());

    it("downloads a template: document, table, unit and period chosen with keys, the button kept in focus", async () => {
      await tabTo(page, /^select: Văn bản/);
      const documentChoice = page.getByRole("combobox", { name: "Văn bản" });
      // The periodic report comes first; the next document down is Sơn La's.
      expect(await documentChoice.inputValue()).toBe("khanh-hoa-periodic-2021");
      await page.keyboard.press("ArrowDown");
      expect(await documentChoice.inputValue()).toBe("son-la-2024");
      await page.keyboard.press("ArrowUp");
      expect(await documentChoice.inputValue()).toBe("khanh-hoa-periodic-2021");
      await tabTo(page, /^select: Phụ lục/);
      await tabTo(page, /^input: Đơn vị báo cáo/);
      await page.keyboard.type("UBND xã Cam Hải Tây");
      await tabTo(page, /^select: Kỳ báo cáo/);
      // Quý I is first; two down is Quý III.
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      expect(await page.getByRole("combobox", { name: "Kỳ báo cáo" }).inputValue()).toBe("q3");
      await tabTo(page, /^select: Năm/);
      const button = await tabTo(page, /^button: Tải mẫu về/);
      expect(button).toBe("button: Tải mẫu về");
      const year = await page.getByRole("combobox", { name: "Năm" }).inputValue();
      const [d] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(d.suggestedFilename()).toBe(`Khánh Hòa PL2-Định kỳ - UBND xã Cam Hải Tây - Quý III-${year}.xlsx`);
      await page.getByText(/^Đã tải về tệp/).waitFor();
      // While it worked the button stayed focusable: the focus never fell to the page.
      expect(await focused(page)).toBe("button: Tải mẫu về");
      await announced(page, `Đã tải về tệp «${d.suggestedFilename()}».`);
    });

    it("validates a file: results announced, focus on their heading, the findings one list for the arrow keys", async () => {
      const file = files.write("ban-phim.xlsx", await reportWithMistakes());
      const opened = await openWorkbook(new Uint8Array(readFileSync(file)));
      if (!opened.ok) throw new Error(opened.reason);
      const errors = validateWorkbook(opened.source, catalog(), { locale: "vi" }).sheets[0].findings;
      expect(errors).toHaveLength(3);

      // Back to the tab list, the arrow key to Kiểm tra, Enter to open it.
      await tabTo(page, /^tab: Mẫu biểu/, { back: true });
      await page.keyboard.press("ArrowRight");
      expect(await focused(page)).toBe("tab: Kiểm tra");
      await page.keyboard.press("Enter");
      await page.getByRole("tabpanel", { name: "Kiểm tra", exact: true }).waitFor();
      await tabTo(page, /^button: Chọn tệp…/);
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
      await chooser.setFiles([file]);
      await announced(page, "Đã kiểm tra 1 trang phụ lục: 3 lỗi, 0 cảnh báo.");
      expect(await focused(page)).toBe("h2: Kết quả kiểm tra");

      // One Tab stop for the whole list; Down and Up go through it; Tab leaves it.
      const first = await tabTo(page, /^div: Ô /);
      expect(first).toContain(`Ô ${errors[0].cell} · `);
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toContain(`Ô ${errors[1].cell} · `);
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toContain(`Ô ${errors[2].cell} · `);
      await page.keyboard.press("ArrowUp");
      expect(await focused(page)).toContain(`Ô ${errors[1].cell} · `);
      await page.keyboard.press("Tab");
      expect(await focused(page)).not.toMatch(/^div: Ô /);
      await screenshot(page, "keyboard-kiem-tra");
    });

    it("merges received files: chosen, read, merged and downloaded with keys, the outcome announced", async () => {
      const paths = await Promise.all(
        RECEIVED.map(async (r) => files.write(`ban-phim-${r.file}`, await unitReport(r))),
      );
      await tabTo(page, /^tab: Kiểm tra/, { back: true, limit: 40 });
      await page.keyboard.press("ArrowRight");
      expect(await focused(page)).toBe("tab: Tổng hợp");
      await page.keyboard.press("Enter");
      const tab = page.getByRole("tabpanel", { name: "Tổng hợp", exact: true });
      await tab.waitFor();
      await tabTo(page, /^button: Chọn tệp…/);
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
      await chooser.setFiles(paths);
      await announced(page, `Đã đọc ${paths.length} tệp; kết quả ở bảng Các tệp đã nhận.`);
      // The choice button kept the focus while the files were read.
      expect(await focused(page)).toBe("button: Chọn tệp…");
      await tab.getByText("Sẽ tổng hợp", { exact: true }).first().waitFor();
      await tabTo(page, /^button: Tổng hợp$/);
      const [d] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      await announced(page, `Đã tổng hợp 4 đơn vị; đã tải về tệp «${d.suggestedFilename()}».`);
      expect(await focused(page)).toBe("button: Tổng hợp");
      await tab.getByText("Đã tổng hợp", { exact: true }).first().waitFor();
      await screenshot(page, "keyboard-tong-hop");
    });
  });
});
