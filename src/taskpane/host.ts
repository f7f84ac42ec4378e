import type { UserDefinition } from "../domain/catalog/definitions";
import type { Grid } from "../domain/grid";
import type { SheetLayout } from "../domain/layout/model";
import type { Finding, Locale } from "../domain/rules/finding";
import type { SheetReport } from "../domain/rules/validate-sheet";

/**
 * Where the task pane does its work. Inside Excel the workbook is the open one (Office.js); outside Excel
 * (the standalone page, for Excel 2019 and older, WPS, LibreOffice) it works on files the user picks and
 * downloads. The React app only talks to this interface.
 */
export interface TemplateChoice {
  templateId: string;
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

export interface ValidationResult {
  /** The appendix sheets validated (one in Excel: the active sheet; every appendix sheet of a file). */
  reports: SheetReport[];
  /** Sheets looked at that hold no appendix of the catalog. */
  unrecognized: string[];
  /** The file validated, in standalone mode. */
  fileName?: string;
}

/** What a host did with a workbook it wrote: sheets added to the open workbook, or a file downloaded. */
export interface Written {
  sheetNames: string[];
  fileName?: string;
}

export interface Remembered {
  unit: string;
  period: string;
}

export interface Host {
  readonly kind: "excel" | "standalone";
  /** Excel: adds the template as a new sheet of the open workbook. Standalone: downloads a new .xlsx. */
  insertTemplate(choice: TemplateChoice): Promise<Written>;
  /**
   * Excel: validates the active sheet. Standalone: validates `file`. `completeness` also lists every empty input
   * cell as a warning (DESIGN.md section 4: empty cells are counted, and listed when the user asks).
   */
  validate(locale: Locale, file?: File, opts?: { completeness?: boolean }): Promise<ValidationResult>;
  /** Excel only: activates the sheet and selects the cell of a finding. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** Excel only: marks the cells of findings in the sheet (red for errors, amber for warnings). */
  markFindings?(findings: readonly Finding[]): Promise<void>;
  /** Excel only: removes the marks the add-in made (and nothing else). */
  clearMarks?(sheet?: string): Promise<void>;
  /**
   * Excel: the merge outputs as new sheets of the open workbook (free names). Standalone: downloads them as
   * `<fileTitle>.xlsx`.
   */
  writeSheets(layouts: readonly SheetLayout[], fileTitle: string): Promise<Written>;
  /** The unit and period last used: kept in the workbook (Excel) or the browser (standalone). */
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
