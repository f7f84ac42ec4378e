import "../old-webview/started";
import type { Locale } from "../domain/rules/finding";
import { hasRequirements, OFFICE_ERROR_MESSAGES, toOfficeError } from "../io/office";
import { encodeSummary, type CheckSummary } from "./summary-codec";
import { checkActiveSheet, failureSummary } from "./validate-active-sheet";

/**
 * The ribbon's function commands (manifest.xml FunctionFile: commands.html). "Kiểm tra" works without the task
 * pane: an ExecuteFunction command has no UI of its own, and opening the task pane from it would need a shared
 * runtime. So it does what a user expects of the button in the sheet itself (invalid cells turn red or amber)
 * and opens a small dialog with the counts, the first findings and where to see the rest. Closing the dialog
 * completes the command: completing it earlier would unload this page, and with it the dialog.
 */

const uiLocale = (): Locale => (Office.context.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi");

/** The open workbook's file name, from its URL or path. */
function workbookName(): string | undefined {
  const last = Office.context.document.url?.split(/[\\/]/).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Opens the summary dialog; `done` runs once it is closed, or at once when it cannot be shown. */
function showSummary(summary: CheckSummary, done: () => void): void {
  const url = new URL("summary.html", window.location.href);
  url.searchParams.set("s", encodeSummary(summary));
  Office.context.ui.displayDialogAsync(url.href, { height: 45, width: 35, displayInIframe: true }, (result) => {
    try {
      if (result.status === Office.AsyncResultStatus.Failed) {
        done();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        done();
      });
      // Closed with the dialog's own X.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    } catch {
      done();
    }
  });
}

/**
 * The ribbon's Kiểm tra. Office shows the button as busy until event.completed() is called, so it is called in
 * every case, exactly once: when the dialog closes, or at once if the dialog cannot be shown or anything throws.
 */
export async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    event.completed();
  };
  try {
    const locale = uiLocale();
    let summary: CheckSummary;
    try {
      summary = hasRequirements()
        ? await Excel.run((context) => checkActiveSheet(context, locale, workbookName()))
        : failureSummary(OFFICE_ERROR_MESSAGES.unsupported[locale], locale);
    } catch (e) {
      summary = failureSummary(toOfficeError(e).text(locale), locale);
    }
    showSummary(summary, complete);
  } catch {
    complete();
  }
}

Office.onReady(() => Office.actions.associate("validateActiveSheet", validateActiveSheet));
