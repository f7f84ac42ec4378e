import type { UserDefinition } from "../domain/catalog/definitions";
import type { Grid } from "../domain/grid";
import type { SheetLayout } from "../domain/layout/model";
import type { Finding, Locale } from "../domain/rules/finding";
import type { FileCheck } from "./model/findings";
import type { Remembered } from "./model/remembered";
import type { Handlers, Job } from "./worker/client";

/**
 * Where the task pane does its work. Inside Excel the workbook is the open one (Office.js); outside Excel
 * (the standalone page, for Excel 2019 and older, WPS, LibreOffice) it works on files the user picks and
 * downloads. The React app only talks to this interface.
 */
export interface TemplateChoice {
  /** One table, or every table of an appendix: one sheet each. */
  templateIds: string[];
  unit: string;
  period: string;
  /** A template the user made (not in the catalog): inserted with its definition, which the workbook carries. */
  definition?: UserDefinition;
}

/** A table to make a template from: where it came from, and its sheets (one in Excel: the active sheet). */
export interface TableSource {
  source: string;
  grids: Grid[];
}

/** What a host did with a workbook it wrote: sheets added to the open workbook, a new workbook, or a download. */
export interface Written {
  sheetNames: string[];
  fileName?: string;
  /** Excel opened the workbook in a window of its own, for the user to save or print. */
  newWorkbook?: boolean;
}

/** The earlier period's report "So với kỳ trước…" compares with: a file, or (Excel) a sheet of the open workbook. */
export type PreviousChoice = { file: File } | { sheet: string };

export interface Host {
  readonly kind: "excel" | "standalone";
  /** Excel: adds the templates as new sheets of the open workbook. Standalone: downloads them in one new .xlsx. */
  insertTemplates(choice: TemplateChoice): Promise<Written>;
  /**
   * Excel only: validates every appendix sheet of the open workbook, the active sheet first. `completeness` also
   * lists every empty input cell (DESIGN.md section 4: empty cells are counted, and listed when the user asks);
   * `previous` compares each sheet with the unit's earlier report.
   */
  validateWorkbook?(locale: Locale, opts: { completeness: boolean; previous?: PreviousChoice }): Promise<FileCheck>;
  /** Standalone only: reads and validates the chosen files in the worker, one FileCheck per file as it is done. */
  checkFiles?(
    files: readonly File[],
    locale: Locale,
    opts: { completeness: boolean; previous?: File },
    handlers: Handlers<"check">,
  ): Job<"check">;
  /** Excel only: activates the sheet and selects the cell of a finding. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** Excel only: marks the cells of findings in their sheets (red for errors, amber for warnings). */
  markFindings?(findings: readonly Finding[]): Promise<void>;
  /** Excel only: removes the marks the add-in made (and nothing else). */
  clearMarks?(sheet?: string): Promise<void>;
  /**
   * Excel: the merge outputs as new sheets of the open workbook (free names). Standalone: downloads them as
   * `<fileTitle>.xlsx`.
   */
  writeSheets(layouts: readonly SheetLayout[], fileTitle: string): Promise<Written>;
  /** Standalone only: downloads a workbook the worker wrote (the merge's outputs) as `<fileTitle>.xlsx`. */
  downloadWorkbook?(bytes: Uint8Array, fileTitle: string): Written;
  /**
   * A workbook the pane made for the user to keep or send (the validation results). Excel: opens it as a new
   * workbook, leaving the report untouched. Standalone: downloads `<fileTitle>.xlsx`.
   */
  saveWorkbook(layouts: readonly SheetLayout[], fileTitle: string): Promise<Written>;
  /** The template, unit and period last used. */
  loadRemembered(): Promise<Remembered>;
  saveRemembered(value: Remembered): Promise<void>;
  /** The roster of units expected to send, as the consolidator last left it: kept like the unit and period. */
  loadRoster(): Promise<string>;
  saveRoster(text: string): Promise<void>;
  /** Excel: the active sheet. Standalone: the visible sheets of `file`. */
  readTable(file?: File): Promise<TableSource>;
  /** The definitions the user made (their JSON), kept in the workbook (Excel) or the browser (standalone). */
  loadDefinitions(): Promise<string[]>;
  saveDefinitions(texts: readonly string[]): Promise<void>;
  /** Hands a text file to the user (a download): "Lưu mẫu" saves a definition as .json. */
  saveTextFile(text: string, fileName: string): Promise<void>;
}
