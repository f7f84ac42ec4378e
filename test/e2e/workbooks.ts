/**
 * The files the end-to-end tests hand to the page, written to a temporary folder as a unit would send them: real
 * templates filled through the test helper, plus files no one can read.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeOutputSheets } from "../../src/domain/merge/output-sheets";
import { receiveWorkbook } from "../../src/io/xlsx/receive-workbook";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { filledTemplate, filledWorkbook, type CellInput } from "../helpers/workbooks";

export class TempFiles {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), "cchc-e2e-"));

  write(name: string, bytes: Uint8Array): string {
    const file = path.join(this.dir, name);
    writeFileSync(file, bytes);
    return file;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Kiểm tra: the Cam Ranh report as its unit filled it (one error: "149/149" in a percent row). */
export function camRanhReport(): Promise<Uint8Array> {
  return filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
}

/** Kiểm tra: the same report with three typing mistakes, each an error of its own kind. */
export const MISTAKES: Record<string, CellInput> = {
  "1.1.b": 30, // completed (30) above the plan (1.1.a = 23)
  "1.7": "có", // a word in a 0/1 flag row
  "5.2.2.a": -3, // a negative count
  "7.6.3.a": 100, // the percent typed right this time
};

export function reportWithMistakes(): Promise<Uint8Array> {
  return filledTemplate("kh-dinhky-pl2", "UBND huyện Cam Lâm", camRanhPeriod, { ...camRanhValues, ...MISTAKES });
}

/** Bytes that are no workbook at all. */
export const NOT_A_WORKBOOK = new TextEncoder().encode("Đây không phải là tệp Excel.\n");

/** Tổng hợp: reports of Khánh Hòa Phụ lục 2, bảng II.1, for "Năm 2020". */
export const MERGE_TEMPLATE = "kh-pl2-ii1";
export const MERGE_PERIOD = "Năm 2020";

export interface UnitReport {
  file: string;
  unit: string;
  values: Record<string, number | string>;
  /** The workbook's saved time: it decides which of a unit's two files counts. */
  modified: string;
}

const report = (unit: string, file: string, modified: string, n: number, flag: "x" | 0): UnitReport => ({
  file,
  unit,
  modified,
  values: {
    "1@y2019": 10 * n,
    "1.a@y2019": 3 * n,
    "1.b@y2019": 5 * n,
    "1@y2020": 2 * n + 1,
    "2@y2019": n + 4,
    "4@y2020": n,
    "3.a@y2019": flag,
    "7.a@y2019": 150_000_000 * n,
    "7.b@y2019": 200_000_000 * n,
  },
});

/** Four units; Cam Lâm sent twice, and its second file (saved later) is the one that counts. */
export const UNIT_REPORTS = {
  noiVu: report("Sở Nội vụ", "so-noi-vu.xlsx", "2020-03-02T08:00:00Z", 1, "x"),
  tuPhap: report("Sở Tư pháp", "so-tu-phap.xlsx", "2020-03-03T08:00:00Z", 2, 0),
  nhaTrang: report("UBND thành phố Nha Trang", "ubnd-nha-trang.xlsx", "2020-03-04T08:00:00Z", 3, "x"),
  camLamFirst: report("UBND huyện Cam Lâm", "ubnd-cam-lam.xlsx", "2020-03-05T08:00:00Z", 4, 0),
  camLamResent: report("UBND huyện Cam Lâm", "ubnd-cam-lam-gui-lai.xlsx", "2020-03-09T08:00:00Z", 7, "x"),
};

/** The files a consolidator received, in the order they are picked (the resent file before the first one). */
export const RECEIVED: UnitReport[] = [
  UNIT_REPORTS.noiVu,
  UNIT_REPORTS.tuPhap,
  UNIT_REPORTS.nhaTrang,
  UNIT_REPORTS.camLamResent,
  UNIT_REPORTS.camLamFirst,
];
/** What the merge counts: every unit once, Cam Lâm by its later file. */
export const COUNTED: UnitReport[] = [
  UNIT_REPORTS.noiVu,
  UNIT_REPORTS.tuPhap,
  UNIT_REPORTS.nhaTrang,
  UNIT_REPORTS.camLamResent,
];
export const UNREADABLE_RECEIVED = "bao-cao-hong.xlsx";

export function unitReport(r: UnitReport): Promise<Uint8Array> {
  return filledTemplate(MERGE_TEMPLATE, r.unit, MERGE_PERIOD, r.values, (_ws, wb) => {
    wb.modified = new Date(r.modified);
  });
}

/** The consolidated figure the merge must give for `ref`, computed here from the values typed. */
export function expectedFigure(ref: string, reports: readonly UnitReport[]): number | string {
  const typed = reports.map((r) => r.values[ref]);
  if (typed.every((v) => typeof v === "number")) return (typed as number[]).reduce((a, b) => a + b, 0);
  return `${typed.filter((v) => v === "x").length}/${typed.length} đơn vị`;
}

/** Tổng hợp of several tables: Khánh Hòa Phụ lục 2 II.1, II.2 and II.8 in one workbook per unit, for "Năm 2020". */
export const MULTI_TEMPLATES = ["kh-pl2-ii1", "kh-pl2-ii2", "kh-pl2-ii8"];

export interface MultiReport {
  file: string;
  unit: string;
  period: string;
  tables: Record<string, Record<string, CellInput>>;
}

const multi = (file: string, unit: string, n: number, period = MERGE_PERIOD): MultiReport => ({
  file,
  unit,
  period,
  tables: {
    "kh-pl2-ii1": { "2@y2019": n + 4, "4@y2020": n, "3.a@y2019": n % 2 ? "x" : 0 },
    "kh-pl2-ii2": { "2@y2019": 10 * n, "3@y2019": 2 * n },
    "kh-pl2-ii8": { "1": n % 2 ? "Đạt" : "Không đạt" },
  },
});

/** Three units in time, one with a negative count (left out), and one that sent the year before. */
export const MULTI_REPORTS = {
  dienKhanh: multi("dien-khanh.xlsx", "UBND huyện Diên Khánh", 1),
  khanhSon: { ...multi("khanh-son.xlsx", "UBND huyện Khánh Sơn", 2), broken: true },
  vanNinh: multi("van-ninh.xlsx", "UBND huyện Vạn Ninh", 3),
  khanhVinh: multi("khanh-vinh-2019.xlsx", "UBND huyện Khánh Vĩnh", 4, "Năm 2019"),
};

/** The negative count Khánh Sơn typed in II.2, row 2, 2019: the merge must leave it out and say so. */
export const BROKEN_VALUE = { template: "kh-pl2-ii2", ref: "2@y2019", value: -5 };

export function multiReport(r: MultiReport & { broken?: boolean }): Promise<Uint8Array> {
  const tables = r.broken
    ? {
        ...r.tables,
        [BROKEN_VALUE.template]: { ...r.tables[BROKEN_VALUE.template], [BROKEN_VALUE.ref]: BROKEN_VALUE.value },
      }
    : r.tables;
  return filledWorkbook(r.unit, r.period, tables);
}

/** A consolidation of some units' reports, as another consolidator would send it up (merged by the domain, written). */
export async function consolidationOf(reports: readonly UnitReport[], unit: string): Promise<Uint8Array> {
  const received = [];
  for (const r of reports) received.push(await receiveWorkbook(r.file, await unitReport(r), "vi"));
  const merged = mergeFiles(received, catalog(), { locale: "vi", unit });
  return layoutWorkbook(mergeOutputSheets(merged, "vi"), `Tổng hợp ${unit}`);
}
