import { INDEX_SHEET, isDefinitionSheet } from "../../domain/layout/identity";
import type { SheetLayout } from "../../domain/layout/model";
import { UnreadableFileError } from "../errors";
import type { Host } from "../host";
import { loadStored, REMEMBERED_KEY, type KeyValueStorage } from "../model/remembered";
import { choiceLayouts, templateFileTitle } from "../model/templates";
import { runInTurn, type PaneWorker } from "../worker/client";

/** Where the standalone page keeps the roster and the definitions the user made. */
const ROSTER = "cchc.roster";
const DEFINITIONS = "cchc.definitions";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Files handed to the worker per message: copying a chosen file to it costs the page a look-up of the file. */
const FILES_PER_MESSAGE = 25;

export interface FileHostDeps {
  /** localStorage in the browser; undefined where the browser refuses storage (some private modes). */
  storage: KeyValueStorage | undefined;
  /** Hands a written workbook to the user (a download in the browser). */
  save(bytes: Uint8Array, fileName: string): void;
  /** Reads, validates and writes workbooks off the page. */
  worker: PaneWorker;
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
 * The standalone page (no Excel: Excel 2019 and older, WPS, LibreOffice users): validates chosen .xlsx files and
 * writes new workbooks as downloads, both in the pane's worker.
 */
export function fileHost(deps: FileHostDeps): Host {
  /** Writes the layouts in the worker and downloads them as `<title>.xlsx`. */
  const download = async (layouts: readonly SheetLayout[], title: string) => {
    const fileName = `${title}.xlsx`;
    deps.save(await deps.worker.run("write", { layouts: [...layouts], title }).result, fileName);
    return { sheetNames: layouts.map((l) => l.sheetName), fileName };
  };
  return {
    kind: "standalone",

    async insertTemplates(choice) {
      const { entries, layouts } = choiceLayouts(choice);
      return { ...(await download(layouts, templateFileTitle(entries, choice.unit, choice.period))), sheetNames: [] };
    },

    checkFiles(files, locale, { completeness, previous }, handlers) {
      const slices = Array.from({ length: Math.ceil(files.length / FILES_PER_MESSAGE) }, (_, i) =>
        files.slice(i * FILES_PER_MESSAGE, (i + 1) * FILES_PER_MESSAGE),
      );
      const inputs = slices.map((slice) => ({
        size: slice.length,
        input: {
          files: slice.map((blob) => ({ name: blob.name, blob })),
          locale,
          completeness,
          ...(previous ? { previous: { name: previous.name, blob: previous } } : {}),
        },
      }));
      return runInTurn(deps.worker, "check", inputs, handlers);
    },

    writeSheets: download,

    downloadWorkbook(bytes, fileTitle) {
      const fileName = `${fileTitle}.xlsx`;
      deps.save(bytes, fileName);
      return { sheetNames: [], fileName };
    },

    saveWorkbook: download,

    loadRemembered: async () => loadStored(deps.storage),

    async saveRemembered(value) {
      if (!deps.storage) throw new Error("no storage");
      deps.storage.setItem(REMEMBERED_KEY, JSON.stringify(value));
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
