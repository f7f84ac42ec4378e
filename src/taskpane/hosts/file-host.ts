import { catalog } from "../../domain/catalog";
import { INDEX_SHEET, isDefinitionSheet } from "../../domain/layout/identity";
import { validateWorkbook } from "../../domain/rules/validate-workbook";
import { UnreadableFileError } from "../errors";
import type { Host, Remembered } from "../host";
import { choiceEntry } from "../model/templates";

/** Where the standalone page keeps the unit and period last used, the roster, and the definitions the user made. */
const REMEMBERED = "cchc.remembered";
const ROSTER = "cchc.roster";
const DEFINITIONS = "cchc.definitions";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileHostDeps {
  /** localStorage in the browser; undefined where the browser refuses storage (some private modes). */
  storage: Pick<Storage, "getItem" | "setItem"> | undefined;
  /** Hands a written workbook to the user (a download in the browser). */
  save(bytes: Uint8Array, fileName: string): void;
}

/** Offers bytes as a download through a Blob URL and an <a download>. */
export function downloadFile(bytes: Uint8Array, fileName: string): void {
  const type = /\.json$/i.test(fileName) ? "application/json" : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once may cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** localStorage, or undefined where merely touching it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The standalone page (no Excel: Excel 2019 and older, WPS, LibreOffice users): validates a chosen .xlsx and
 * writes new workbooks as downloads. ExcelJS is loaded on first use only, from a separate chunk.
 */
export function fileHost(deps: FileHostDeps): Host {
  return {
    kind: "standalone",

    async insertTemplate(choice) {
      const { template, definition } = choiceEntry(choice);
      const { templateWorkbook } = await import(
        /* webpackChunkName: "xlsx-writer" */ "../../io/xlsx/template-workbook"
      );
      const fileName = `${template.id}.xlsx`;
      const { unit, period } = choice;
      deps.save(await templateWorkbook([{ template, unit, period, definition }]), fileName);
      return { sheetNames: [], fileName };
    },

    async validate(locale, file, opts) {
      if (!file) throw new Error("validate: no file given");
      const opened = await openFile(file);
      const report = validateWorkbook(opened.source, catalog(), {
        locale,
        fileName: file.name,
        completeness: opts?.completeness,
      });
      return { reports: report.sheets, unrecognized: report.unrecognized, fileName: file.name };
    },

    async writeSheets(layouts, fileTitle) {
      const { layoutWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../../io/xlsx/template-workbook");
      const fileName = `${fileTitle}.xlsx`;
      deps.save(await layoutWorkbook(layouts, fileTitle), fileName);
      return { sheetNames: layouts.map((l) => l.sheetName), fileName };
    },

    async loadRemembered() {
      try {
        const value = JSON.parse(deps.storage?.getItem(REMEMBERED) ?? "{}") as Partial<Remembered>;
        return {
          unit: typeof value.unit === "string" ? value.unit : "",
          period: typeof value.period === "string" ? value.period : "",
        };
      } catch {
        // Nothing usable stored: start blank.
        return { unit: "", period: "" };
      }
    },

    async saveRemembered(value) {
      if (!deps.storage) throw new Error("no storage");
      deps.storage.setItem(REMEMBERED, JSON.stringify(value));
    },

    async loadRoster() {
      return deps.storage?.getItem(ROSTER) ?? "";
    },

    async saveRoster(text) {
      if (!deps.storage) throw new Error("no storage");
      deps.storage.setItem(ROSTER, text);
    },

    async readTable(file) {
      if (!file) throw new Error("readTable: no file given");
      const opened = await openFile(file);
      const names = opened.source.sheetNames().filter((n) => n !== INDEX_SHEET && !isDefinitionSheet(n));
      return { source: file.name, grids: names.map((n) => opened.source.grid(n)).filter((g) => !g.hidden) };
    },

    async loadDefinitions() {
      try {
        const value: unknown = JSON.parse(deps.storage?.getItem(DEFINITIONS) ?? "[]");
        return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
      } catch {
        return [];
      }
    },

    async saveDefinitions(texts) {
      if (!deps.storage) throw new Error("no storage");
      deps.storage.setItem(DEFINITIONS, JSON.stringify(texts));
    },

    async saveTextFile(text, fileName) {
      deps.save(new TextEncoder().encode(text), fileName);
    },
  };
}

/** A chosen file opened for reading, or the reason it cannot be (UnreadableFileError). */
async function openFile(file: File) {
  const bytes = await file.arrayBuffer().then(
    (b) => new Uint8Array(b),
    () => {
      throw new UnreadableFileError(file.name, "notFound");
    },
  );
  const { openWorkbook } = await import(/* webpackChunkName: "xlsx-reader" */ "../../io/xlsx/open-workbook");
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new UnreadableFileError(file.name, opened.reason);
  return opened;
}
