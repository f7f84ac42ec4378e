/**
 * Tells the old-webview check (check.js, inlined at the end of every page) that a bundle runs. Imported first by
 * each entry, so it is set as soon as the bundle is parsed and starts, before the window's load event.
 */
if (typeof window !== "undefined") (window as Window & { cchcStarted?: boolean }).cchcStarted = true;

export {};
