import { catalog } from "../../domain/catalog";
import { workbookCatalog } from "../../domain/catalog/carried";
import { buildLayout } from "../../domain/layout/build-layout";
import { definitionSheetLayout } from "../../domain/layout/definition-sheet";
import { isDefinitionSheet } from "../../domain/layout/identity";
import { validateGrid } from "../../domain/rules/validate-workbook";
import {
  clearMarks,
  markCells,
  readGrid,
  readWorkbookGrids,
  selectCell,
  toOfficeError,
  writeLayouts,
} from "../../io/office";
import type { Host, Remembered } from "../host";
import { markBatches } from "../../domain/rules/marks";
import { choiceEntry } from "../model/templates";
import { downloadFile } from "./file-host";

/** The document settings that keep, with the workbook, the unit and period last used, the roster, the definitions made. */
const REMEMBERED = "cchc.remembered";
const ROSTER = "cchc.roster";
const DEFINITIONS = "cchc.definitions";

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

/** The task pane inside Excel: works on the open workbook through the Office.js adapter (src/io/office). */
export function excelHost(): Host {
  return {
    kind: "excel",

    async insertTemplate(choice) {
      const { template, definition } = choiceEntry(choice);
      const layout = buildLayout(template, { unit: choice.unit, period: choice.period });
      // A template the user made travels with the workbook: its definition in a very-hidden sheet.
      const carrier = definition ? [definitionSheetLayout([{ template, definition }])] : [];
      const written = await run((context) => writeLayouts(context, [layout, ...carrier]));
      return { sheetNames: written.slice(0, 1) };
    },

    async validate(locale, _file, opts) {
      const { grid, carried } = await run(async (context) => ({
        grid: await readGrid(context),
        carried: await readWorkbookGrids(context, isDefinitionSheet),
      }));
      const report = validateGrid(grid, workbookCatalog(carried, catalog()), {
        locale,
        completeness: opts?.completeness,
        fileName: workbookName(),
      });
      return report ? { reports: [report], unrecognized: [] } : { reports: [], unrecognized: [grid.sheetName] };
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

    async loadRemembered() {
      const value = Office.context.document.settings.get(REMEMBERED) as Partial<Remembered> | null;
      return {
        unit: typeof value?.unit === "string" ? value.unit : "",
        period: typeof value?.period === "string" ? value.period : "",
      };
    },

    saveRemembered: (value) => saveSetting(REMEMBERED, value),

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
