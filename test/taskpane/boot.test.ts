import { detectEnvironment, officeOpened, type OfficeGlobal } from "../../src/taskpane/boot";

const EXCEL = "Excel";

/** office.js as seen by the pane: onReady answers with `host`, or never when `host` is "never". */
function office(host: string | null, displayLanguage = "en-US"): OfficeGlobal {
  return {
    onReady: () => (host === "never" ? new Promise(() => undefined) : Promise.resolve({ host })),
    context: { displayLanguage },
    HostType: { Excel: EXCEL },
  };
}

const opts = (hasRequirements: boolean, insideOffice = false) => ({
  timeoutMs: 50,
  hasRequirements: () => hasRequirements,
  browserLanguage: "vi-VN",
  insideOffice,
});

describe("how the pane starts", () => {
  it("runs standalone, in the browser's language, when office.js is not there", async () => {
    expect(await detectEnvironment(undefined, opts(false))).toEqual({ mode: "standalone", language: "vi-VN" });
  });

  it("runs standalone when office.js finds no Office host (a page opened in a browser)", async () => {
    expect(await detectEnvironment(office(null), opts(true))).toEqual({ mode: "standalone", language: "vi-VN" });
    expect(await detectEnvironment(office("Word"), opts(true))).toMatchObject({
      mode: "standalone",
    });
  });

  it("runs standalone when Office never answers, after the timeout", async () => {
    const started = Date.now();
    expect(await detectEnvironment(office("never"), opts(true))).toEqual({ mode: "standalone", language: "vi-VN" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("uses Excel, in Office's display language, when the requirement set is there", async () => {
    expect(await detectEnvironment(office(EXCEL, "en-US"), opts(true))).toEqual({ mode: "excel", language: "en-US" });
  });

  it("says the Excel is too old when the requirement set is missing", async () => {
    expect(await detectEnvironment(office(EXCEL, "vi-VN"), opts(false))).toEqual({
      mode: "unsupported",
      language: "vi-VN",
    });
  });

  it("inside an Office host, waits for a slow Office.onReady however long it takes, never falling back", async () => {
    let answer: (info: { host: unknown }) => void = () => undefined;
    const slow = { ...office(EXCEL), onReady: () => new Promise<{ host: unknown }>((r) => (answer = r)) };
    let settled: unknown;
    const env = detectEnvironment(slow, opts(true, true)).then((e) => (settled = e));
    // Far past the limit a plain browser gets (50 ms here): still waiting.
    await new Promise((r) => setTimeout(r, 200));
    expect(settled).toBeUndefined();
    answer({ host: EXCEL });
    expect(await env).toEqual({ mode: "excel", language: "en-US" });
  });

  it("knows an Office host opened the page from what hosts give it before office.js answers", () => {
    expect(officeOpened("?_host_Info=Excel$Web$16.01$vi-VN$telemetry$$$0", "", null)).toBe(true);
    expect(officeOpened("?et=&_host_Info=Excel$Win32$16.01$en-US$$$$0", "", null)).toBe(true);
    expect(officeOpened("", '{"hostInfo":"Excel|Web|16.00|en-US"}', null)).toBe(true);
    expect(officeOpened("", "", "Excel$Mac$16.00$vi-VN")).toBe(true);
    expect(officeOpened("?s=1", "", null)).toBe(false);
    expect(officeOpened("", "", null)).toBe(false);
  });

  it("runs standalone when onReady fails", async () => {
    const failing = { ...office(EXCEL), onReady: () => Promise.reject(new Error("no host")) };
    expect(await detectEnvironment(failing, opts(true))).toMatchObject({ mode: "standalone" });
  });
});
