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
  /** How long to wait for Office.onReady before taking the page for a plain browser. */
  timeoutMs: number;
  hasRequirements(): boolean;
  browserLanguage: string;
}

/**
 * Decides how the pane runs. No office.js (unreachable, or not loaded): standalone. office.js loaded but no host
 * (the page opened in a browser), or no answer in time: standalone, so that a missing host never blocks the page.
 * In Excel: the Excel host, unless the Excel API requirement set is missing.
 */
export async function detectEnvironment(office: OfficeGlobal | undefined, opts: BootOptions): Promise<Environment> {
  const standalone: Environment = { mode: "standalone", language: opts.browserLanguage };
  if (!office) return standalone;
  let stopTimer = () => {};
  const timeout = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, opts.timeoutMs);
    stopTimer = () => clearTimeout(timer);
  });
  const info = await Promise.race([office.onReady().catch(() => undefined), timeout]);
  stopTimer();
  if (!info || info.host !== office.HostType.Excel) return standalone;
  const language = office.context.displayLanguage ?? "";
  return { mode: opts.hasRequirements() ? "excel" : "unsupported", language };
}
