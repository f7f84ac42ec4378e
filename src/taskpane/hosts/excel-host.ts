import { catalog } from "../../domain/catalog";
import { buildLayout } from "../../domain/layout/build-layout";
import { validateGrid } from "../../domain/rules/validate-workbook";
import { clearMarks, markCells, readGrid, selectCell, toOfficeError, writeLayouts } from "../../io/office";
import type { Host, Remembered } from "../host";
import { markBatches } from "../../domain/rules/marks";

/** The document settings that keep the unit and period last used, and the roster, with the workbook. */
const REMEMBERED = "cchc.remembered";
const ROSTER = "cchc.roster";

/** Sets one document setting and saves the settings with the workbook. */
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

    async insertTemplate({ templateId, unit, period }) {
      const entry = catalog().get(templateId);
      if (!entry) throw new Error(`unknown template ${templateId}`);
      const layout = buildLayout(entry.template, { unit, period });
      return { sheetNames: await run((context) => writeLayouts(context, [layout])) };
    },

    async validate(locale, _file, opts) {
      const grid = await run((context) => readGrid(context));
      const report = validateGrid(grid, catalog(), {
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
  };
}
