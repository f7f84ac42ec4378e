import { catalog } from "../../domain/catalog";
import { markBatches } from "../../domain/rules/marks";
import { validateWorkbook } from "../../domain/rules/validate-workbook";
import {
  clearMarks,
  markCells,
  readGrid,
  readWorkbookGrids,
  selectCell,
  toOfficeError,
  writeLayouts,
} from "../../io/office";
import type { Host } from "../host";
import { MESSAGES } from "../i18n";
import { fileCheck } from "../model/findings";
import { withPrevious } from "../model/previous";
import {
  loadStored,
  preferRemembered,
  readRemembered,
  REMEMBERED_KEY,
  type KeyValueStorage,
} from "../model/remembered";
import { choiceLayouts } from "../model/templates";
import type { PaneWorker } from "../worker/client";
import { downloadFile } from "./file-host";

/** The document settings that keep, with the workbook, the roster and the definitions the user made. */
const ROSTER = "cchc.roster";
const DEFINITIONS = "cchc.definitions";

export interface ExcelHostDeps {
  /** The browser's storage: the officer's last choice, for workbooks that remember none. */
  storage: KeyValueStorage | undefined;
  /** Writes workbooks off the page (the validation results opened as a new workbook). */
  worker: PaneWorker;
}

/** Saves a document setting (Office keeps them in the workbook). */
function saveSetting(name: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(name, value);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(toOfficeError(result.error)),
    ),
  );
}

/** One Excel batch; whatever Excel throws, Excel.run included, comes out as an OfficeError. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw toOfficeError(e);
  }
}

/** The open workbook's file name, which recognition reads a unit or period from when the sheet does not say. */
function workbookName(): string | undefined {
  const url = Office.context.document.url;
  if (!url) return undefined;
  const last = url.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Bytes as the base64 text Excel.createWorkbook takes, in slices (one call per byte would overflow the stack). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The task pane inside Excel: works on the open workbook through the Office.js adapter (src/io/office). */
export function excelHost(deps: ExcelHostDeps): Host {
  return {
    kind: "excel",

    async insertTemplates(choice) {
      // A template the user made travels with the workbook: its definition in a very-hidden sheet after the tables.
      const { entries, layouts } = choiceLayouts(choice);
      const written = await run((context) => writeLayouts(context, layouts));
      return { sheetNames: written.slice(0, entries.length) };
    },

    async validateWorkbook(locale, { completeness, previous }) {
      const { source, active } = await run(async (context) => {
        // Loaded with the sheets' first sync: no request of its own.
        const activeSheet = context.workbook.worksheets.getActiveWorksheet().load("name");
        const grids = await readWorkbookGrids(context);
        return { source: grids, active: activeSheet.name };
      });
      // The definitions the workbook carries are read from it too (validateWorkbook knows their sheet).
      const report = validateWorkbook(source, catalog(), { locale, completeness, fileName: workbookName() });
      const t = MESSAGES[locale];
      if (!previous) return fileCheck(report, catalog(), t, { first: active });
      if ("sheet" in previous) {
        const earlier = report.sheets.filter((s) => s.sheet === previous.sheet);
        const name = t.sheetOf(previous.sheet);
        const compared = withPrevious(report, { name, report: { sheets: earlier, unrecognized: [] } }, locale);
        return fileCheck(compared, catalog(), t, { first: active, comparedWith: name });
      }
      // An earlier report in a file is read in the worker; what it found comes back for the comparison.
      const { file } = previous;
      const read = await deps.worker.run("read", { file: { name: file.name, blob: file }, locale }).result;
      if (!read.ok)
        return {
          ...fileCheck(report, catalog(), t, { first: active }),
          previousUnreadable: { file: file.name, reason: read.reason },
        };
      const compared = withPrevious(report, { name: file.name, report: read.report }, locale);
      return fileCheck(compared, catalog(), t, { first: active, comparedWith: file.name });
    },

    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),

    // The marks show the latest validation: a sheet's earlier marks go first.
    markFindings: (findings) =>
      run(async (context) => {
        for (const sheet of new Set(findings.map((f) => f.sheet))) await clearMarks(context, sheet);
        for (const batch of markBatches(findings)) await markCells(context, batch.sheet, batch.cells, batch.severity);
      }),

    clearMarks: (sheet) => run((context) => clearMarks(context, sheet)),

    async writeSheets(layouts) {
      return { sheetNames: await run((context) => writeLayouts(context, layouts)) };
    },

    async saveWorkbook(layouts, fileTitle) {
      const bytes = await deps.worker.run("write", { layouts: [...layouts], title: fileTitle }).result;
      try {
        await Excel.createWorkbook(base64(bytes));
      } catch (e) {
        throw toOfficeError(e);
      }
      return { sheetNames: layouts.map((l) => l.sheetName), newWorkbook: true };
    },

    async loadRemembered() {
      const inWorkbook = readRemembered(Office.context.document.settings.get(REMEMBERED_KEY));
      return preferRemembered(inWorkbook, loadStored(deps.storage));
    },

    saveRemembered(value) {
      try {
        deps.storage?.setItem(REMEMBERED_KEY, JSON.stringify(value));
      } catch {
        // The browser's copy only serves new workbooks; the workbook's own setting is the one that counts.
      }
      return saveSetting(REMEMBERED_KEY, value);
    },

    async loadRoster() {
      const value = Office.context.document.settings.get(ROSTER) as unknown;
      return typeof value === "string" ? value : "";
    },

    saveRoster: (text) => saveSetting(ROSTER, text),

    async readTable() {
      const grid = await run((context) => readGrid(context));
      return { source: grid.sheetName, grids: [grid] };
    },

    async loadDefinitions() {
      const value: unknown = Office.context.document.settings.get(DEFINITIONS);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    },

    saveDefinitions: (texts) => saveSetting(DEFINITIONS, [...texts]),

    // Excel on the web and the desktop webviews hand a download to the user as a browser does.
    async saveTextFile(text, fileName) {
      downloadFile(new TextEncoder().encode(text), fileName);
    },
  };
}
