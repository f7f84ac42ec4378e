import "../old-webview/started";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { z } from "zod";
import { hasRequirements } from "../io/office/requirements";
import { App } from "./App";
import { detectEnvironment, officeOpened } from "./boot";
import { excelHost } from "./hosts/excel-host";
import { browserStorage, downloadFile, fileHost } from "./hosts/file-host";
import { localeOf, MESSAGES } from "./i18n";

/**
 * Outside Office, Office.onReady answers at once with no host; the limit only guards against an office.js that
 * never answers. Inside Office there is no limit: a cold Excel on the web can take long, and the pane waits.
 */
const OFFICE_TIMEOUT_MS = 10000;

// zod would probe eval() to compile faster validators; the page's Content-Security-Policy forbids eval, and the
// catalog is checked once at start, so the interpreted validators are all it needs.
z.config({ jitless: true });

// A file dropped outside a drop area must not make the browser leave the pane to open it.
for (const type of ["dragover", "drop"]) window.addEventListener(type, (e) => e.preventDefault());

function storedHostInfo(): string | null {
  try {
    return window.sessionStorage.getItem("hostInfoValue");
  } catch {
    return null;
  }
}

const insideOffice = officeOpened(window.location.search, window.name, storedHostInfo());
const root = createRoot(document.getElementById("root")!);
const startMessages = MESSAGES[localeOf(navigator.language)];
root.render(
  <FluentProvider theme={webLightTheme}>
    <Spinner label={insideOffice ? startMessages.connecting : startMessages.starting} />
  </FluentProvider>,
);

void detectEnvironment(typeof Office === "undefined" ? undefined : Office, {
  timeoutMs: OFFICE_TIMEOUT_MS,
  hasRequirements,
  browserLanguage: navigator.language,
  insideOffice,
}).then((env) => {
  const host =
    env.mode === "excel"
      ? excelHost()
      : env.mode === "standalone"
        ? fileHost({ storage: browserStorage(), save: downloadFile })
        : undefined;
  root.render(<App host={host} initialLocale={localeOf(env.language)} />);
});
