import { tooLarge } from "./errors";

const MB = 1024 * 1024;

/**
 * What reading one .xlsx may cost, whoever sent it. Real appendices stay far below: the largest templates
 * (dl-pl2, kh-dinhky-pl2) are about 25 KB zipped, 70 KB of sheet XML and 1,300 cells; a consolidation of 200 units
 * a few MB. Beyond a budget the file is "tooLarge", read no further. Within them, a file crafted to cost the most
 * (64 MB of long Vietnamese text, test/hostile) is read and checked in about 2 s and 310 MB.
 */
export const XLSX_BUDGETS = {
  /** The .xlsx file itself, as stored. */
  fileBytes: 50 * MB,
  /** One part (a worksheet, the shared strings, ...) once inflated: its declared size, then its actual one. */
  partBytes: 50 * MB,
  /** Every part read, inflated, each counted once however many sheets name it. */
  totalBytes: 64 * MB,
  /** <sheet> entries of the workbook. */
  sheets: 5_000,
  /** Cells (<c> elements) over every worksheet: a part that several sheets name counts once per sheet. */
  cells: 2_000_000,
} as const;

export type XlsxBudgets = { readonly [K in keyof typeof XLSX_BUDGETS]: number };

/** What one reading has spent so far; every check throws "tooLarge" before the work it would allow. */
export class ReadBudget {
  private bytes = 0;
  private cellCount = 0;

  constructor(readonly limits: XlsxBudgets = XLSX_BUDGETS) {}

  file(size: number): void {
    if (size > this.limits.fileBytes) throw tooLarge(`file of ${size} bytes (budget ${this.limits.fileBytes})`);
  }

  sheets(count: number): void {
    if (count > this.limits.sheets) throw tooLarge(`${count} sheets (budget ${this.limits.sheets})`);
  }

  /** Called with a part's declared size, before it is inflated. */
  part(name: string, size: number): void {
    if (size > this.limits.partBytes)
      throw tooLarge(`${name} declares ${size} bytes (budget ${this.limits.partBytes} per part)`);
    this.bytes += size;
    if (this.bytes > this.limits.totalBytes)
      throw tooLarge(`${name}: parts total ${this.bytes} bytes (budget ${this.limits.totalBytes})`);
  }

  /** Cells still allowed: a worksheet parser stops past this many. */
  get cellsLeft(): number {
    return this.limits.cells - this.cellCount;
  }

  cells(sheet: string, count: number): void {
    this.cellCount += count;
    if (this.cellCount > this.limits.cells)
      throw tooLarge(`${sheet}: more than ${this.limits.cells} cells in the workbook`);
  }
}
