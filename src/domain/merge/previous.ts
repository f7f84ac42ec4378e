import { periodOrderProblem, previousSheetOf } from "../rules/compare-periods";
import type { Locale } from "../rules/finding";
import type { WorkbookReport } from "../rules/validate-workbook";
import type { MergeResult } from "./merge";

/**
 * The previous period beside this one (`cchc merge --previous`): each Tổng hợp gains a "Kỳ trước" column with the
 * figure the earlier consolidation shows for the same indicator, so that the consolidator sees the trend without
 * opening two files. The earlier workbook is read like any report: its sheet of the same template (the one of
 * the same consolidating unit when it holds several), of a period that ends before this one.
 */
export interface PreviousTable {
  /** The earlier workbook's sheet the column comes from; undefined when none could be used (`reason` says why). */
  sheet?: string;
  unit: string;
  period: string;
  version?: string;
  /** Input ref -> the earlier figure as that sheet shows it (a number, or text such as "7/12 đơn vị"). */
  values: Map<string, string | number>;
  reason?: string;
}

export interface PreviousFigures {
  /** The earlier workbook's file name, as Nguồn and the messages name it. */
  file: string;
  /** By template id, for every table of the merge. */
  tables: Map<string, PreviousTable>;
}

const WORDS = {
  vi: {
    noSheet: (file: string) => `Tệp kỳ trước «${file}» không có bảng của mẫu biểu này.`,
    periodColumns: "Các cột của bảng đã là các năm, giai đoạn: không thêm cột «Kỳ trước».",
    samePeriod: (p: string) => `Tệp kỳ trước cũng là kỳ «${p}», không phải kỳ trước: không thêm cột «Kỳ trước».`,
    notEarlier: (p: string, now: string) =>
      `Tệp kỳ trước là kỳ «${p}», sau kỳ «${now}» đang tổng hợp: không thêm cột «Kỳ trước».`,
  },
  en: {
    noSheet: (file: string) => `The previous period's file "${file}" has no table of this template.`,
    periodColumns: 'The table\'s columns are already its years or phases: no "Previous period" column.',
    samePeriod: (p: string) =>
      `The previous file is also of "${p}", not an earlier period: no "Previous period" column.`,
    notEarlier: (p: string, now: string) =>
      `The previous file is of "${p}", later than "${now}" being merged: no "Previous period" column.`,
  },
};

/** The earlier figures for every table of a merge, or for each table the reason there are none. */
export function previousFigures(
  r: MergeResult,
  previous: WorkbookReport,
  file: string,
  locale: Locale,
): PreviousFigures {
  const w = WORDS[locale];
  const tables = new Map<string, PreviousTable>();
  for (const table of r.tables) {
    const template = table.entry.template;
    const sheet = previousSheetOf(previous, template.id, r.unit);
    const values = new Map<string, string | number>();
    const found = {
      sheet: sheet?.sheet,
      unit: sheet?.recognition.unit.value ?? "",
      period: sheet?.recognition.period.value ?? "",
      version: sheet?.recognition.version,
      values,
    };
    const order = sheet && periodOrderProblem(r.period, found.period);
    const reason = !sheet
      ? w.noSheet(file)
      : template.periodColumns
        ? w.periodColumns
        : order === "samePeriod"
          ? w.samePeriod(found.period)
          : order === "notEarlier"
            ? w.notEarlier(found.period, r.period)
            : undefined;
    if (sheet && !reason)
      for (const c of table.cells) {
        const earlier = sheet.cells.get(c.input.ref);
        if (!earlier) continue;
        const v = earlier.value?.type === "number" ? earlier.value.value : earlier.display.trim();
        if (v !== "") values.set(c.input.ref, v);
      }
    tables.set(template.id, reason ? { ...found, sheet: undefined, reason } : found);
  }
  return { file, tables };
}
