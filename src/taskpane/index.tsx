import "../old-webview/started";
// Before the catalog: its schemas must not probe eval() (see jitless.ts).
import "./jitless";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { hasRequirements } from "../io/office/requirements";
import { App } from "./App";
import { detectEnvironment, officeOpened } from "./boot";
import { excelHost } from "./hosts/excel-host";
import { browserStorage, downloadFile, fileHost } from "./hosts/file-host";
import { LOCALE_KEY, localeOf, MESSAGES, startLocale } from "./i18n";
import { PaneWorker } from "./worker/client";
import { spawnPaneWorker } from "./worker/spawn";

/**
 * Outside Office, Office.onReady answers at once with no host; the limit only guards against an office.js that
 * never answers. Inside Office there is no limit: a cold Excel on the web can take long, and the pane waits.
 */
const OFFICE_TIMEOUT_MS = 10000;

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
  const storage = browserStorage();
  const worker = new PaneWorker(spawnPaneWorker);
  const host =
    env.mode === "excel"
      ? excelHost({ storage, worker })
      : env.mode === "standalone"
        ? fileHost({ storage, save: downloadFile, worker })
        : undefined;
  const remember = (locale: string) => {
    try {
      storage?.setItem(LOCALE_KEY, locale);
    } catch {
      // Not remembered: the next visit starts in Vietnamese again.
    }
  };
  root.render(
    <App
      host={host}
      worker={worker}
      initialLocale={startLocale(env.mode, env.language, storage?.getItem(LOCALE_KEY) ?? null)}
      onLocaleChange={env.mode === "standalone" ? remember : undefined}
    />,
  );
});
