/** Where the pane finds itself: inside Excel, inside an Excel too old for it, or in a plain browser. */
export type Environment =
  | { mode: "excel"; language: string }
  | { mode: "unsupported"; language: string }
  | { mode: "standalone"; language: string };

/** What boot needs of office.js's global `Office`, so that tests can stand in for it. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  context: { displayLanguage?: string };
  HostType: { Excel: unknown };
}

export interface BootOptions {
  /** Outside an Office host: how long to wait for Office.onReady before taking the page for a plain browser. */
  timeoutMs: number;
  hasRequirements(): boolean;
  browserLanguage: string;
  /** Whether an Office host opened the page (officeOpened): then Office is waited for however long it takes. */
  insideOffice: boolean;
}

/**
 * Whether an Office host opened the page, from what every host gives an add-in's page before office.js has
 * answered: the `_host_Info` query parameter (Excel on the web, Windows, Mac), the host info Excel on the web
 * may put in the window's name instead, or the copy office.js keeps in sessionStorage for the page's reloads.
 */
export function officeOpened(search: string, windowName: string, storedHostInfo: string | null): boolean {
  return /[?&]_host_Info=/i.test(search) || /_host_Info|"hostInfo"/.test(windowName) || Boolean(storedHostInfo);
}

/**
 * Decides how the pane runs. No office.js (unreachable, or not loaded): standalone. office.js loaded in a plain
 * browser: standalone, once Office.onReady says there is no host or has not answered in time. Opened by an Office
 * host: Office.onReady is awaited without a limit (a cold Excel on the web can take long; the pane meanwhile says
 * it is connecting), then the Excel host, unless the Excel API requirement set is missing.
 */
export async function detectEnvironment(office: OfficeGlobal | undefined, opts: BootOptions): Promise<Environment> {
  const standalone: Environment = { mode: "standalone", language: opts.browserLanguage };
  if (!office) return standalone;
  const ready = office.onReady().catch(() => undefined);
  let info: { host: unknown } | undefined;
  if (opts.insideOffice) info = await ready;
  else {
    let stopTimer = () => {};
    const timeout = new Promise<undefined>((resolve) => {
      const timer = setTimeout(resolve, opts.timeoutMs);
      stopTimer = () => clearTimeout(timer);
    });
    info = await Promise.race([ready, timeout]);
    stopTimer();
  }
  if (!info || info.host !== office.HostType.Excel) return standalone;
  const language = office.context.displayLanguage ?? "";
  return { mode: opts.hasRequirements() ? "excel" : "unsupported", language };
}
