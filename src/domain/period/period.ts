import { foldWord } from "../text/fold";

/**
 * Reporting periods as officers write them (DESIGN.md section 7: compared by meaning, not by spelling).
 * "06 tháng đầu năm 2024", "6 tháng năm 2024", "Sáu tháng đầu năm 2024" and "6T/2024" are one period;
 * "Quý 1/2024", "Quý I năm 2024", "quý một năm 2024" and "Q1-2024" another; "Năm 2024", "2024" and "12 tháng năm
 * 2024" a third. A text that says none of these clearly keeps its own (folded) spelling as its meaning: two files
 * that write it alike still match, and nothing is guessed.
 */
export type PeriodMeaning =
  | { kind: "quarter"; quarter: number; year: number }
  /** The first `months` months of the year ("6 tháng đầu năm", "9 tháng"), or the last ones ("6 tháng cuối năm"). */
  | { kind: "months"; months: number; last: boolean; year: number }
  | { kind: "month"; month: number; year: number }
  | { kind: "year"; year: number }
  | { kind: "text"; text: string };

export interface PeriodInfo {
  text: string;
  /** Months the period spans: the bound of "Tháng" rows. */
  months: number;
  year?: number;
}

const QUARTER_WORDS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4 };
const COUNT_WORDS: Record<string, number> = { mot: 1, ba: 3, sau: 6, chin: 9, "muoi hai": 12 };
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
const QUARTER = /(?<![a-z])(?:quy|q)\s*[.:]?\s*(iv|iii|ii|i|0?[1-4]|mot|hai|ba|bon|tu)(?![a-z0-9])/;
/** "6 tháng", "06 tháng", "sáu tháng", "6T": a count of months (not "tháng 6", which is a month). */
const MONTH_COUNT = /(?<![a-z0-9])(\d{1,2}|muoi hai|mot|ba|sau|chin)\s*(?:thang|t)(?![a-z])/;
const MONTH_OF = /(?<![a-z])thang\s*(0?[1-9]|1[0-2])(?!\d)/;

/** Words around a period that do not change it: "Báo cáo năm 2024", "Cả năm 2024", "Kỳ báo cáo: Năm 2024". */
const FILLER = new Set(["nam", "ca", "bao", "cao", "ky", "tong", "ket", "so", "dinh", "cchc", "cua", "trong"]);

interface Parts {
  quarter?: number;
  months?: { months: number; last: boolean };
  month?: number;
  /** Nothing but the year and words that do not change it. */
  yearOnly: boolean;
}

/** The pieces a period text names, whatever its year. */
function partsOf(t: string): Parts {
  const quarter = QUARTER.exec(t);
  if (quarter) return { quarter: QUARTER_WORDS[quarter[1]] ?? Number(quarter[1]), yearOnly: false };
  const count = MONTH_COUNT.exec(t);
  if (count && !/thang\s*$/.test(t.slice(0, count.index))) {
    const months = COUNT_WORDS[count[1]] ?? Number(count[1]);
    const last = /(?<![a-z])cuoi(?![a-z])/.test(t);
    if (months === 12) return { yearOnly: true };
    // Three months are a quarter: the first three Quý I, the last three Quý IV.
    if (months === 3) return { quarter: last ? 4 : 1, yearOnly: false };
    if (months >= 1 && months < 12) return { months: { months, last }, yearOnly: false };
  }
  const month = MONTH_OF.exec(t);
  if (month) return { month: Number(month[1]), yearOnly: false };
  return { yearOnly: t.split(" ").every((w) => !w || FILLER.has(w)) };
}

const folded = (text: string) =>
  foldWord(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** What a period text means; `{ kind: "text" }` when it says no period clearly. */
export function periodMeaning(text: string): PeriodMeaning {
  const t = folded(text);
  const years = [...new Set([...t.matchAll(YEAR)].map((m) => Number(m[1])))];
  // No year, or a span of years ("giai đoạn 2016-2020"): not one period of one year.
  if (years.length !== 1) return { kind: "text", text: t };
  const year = years[0];
  const p = partsOf(t.replace(YEAR, " ").replace(/\s+/g, " ").trim());
  if (p.quarter) return { kind: "quarter", quarter: p.quarter, year };
  if (p.months) return { kind: "months", ...p.months, year };
  if (p.month) return { kind: "month", month: p.month, year };
  if (p.yearOnly) return { kind: "year", year };
  return { kind: "text", text: t };
}

/** The key two periods share exactly when they mean the same period; "" for a blank text. */
export function periodKey(text: string): string {
  if (text.trim() === "") return "";
  const m = periodMeaning(text);
  switch (m.kind) {
    case "quarter":
      return `${m.year}-q${m.quarter}`;
    case "months":
      return `${m.year}-${m.last ? "last" : "first"}${m.months}m`;
    case "month":
      return `${m.year}-m${m.month}`;
    case "year":
      return `${m.year}`;
    case "text":
      return `text:${m.text}`;
  }
}

export function samePeriod(a: string, b: string): boolean {
  return periodKey(a) === periodKey(b);
}

export function parsePeriod(text: string): PeriodInfo {
  const t = folded(text);
  const year = [...t.matchAll(YEAR)][0]?.[1];
  const p = partsOf(t.replace(YEAR, " ").replace(/\s+/g, " ").trim());
  // Anything unrecognised: a whole year is the widest sensible bound.
  const months = p.quarter ? 3 : p.months ? p.months.months : p.month ? 1 : 12;
  return { text, months, year: year === undefined ? undefined : Number(year) };
}

/**
 * Where a period ends, in months since year 0 (the last month it covers), to tell which of two periods is the
 * earlier: "6 tháng đầu năm 2024" ends before "Năm 2024", which ends before "Quý I/2025". Undefined for a text
 * that names no period clearly.
 */
export function periodEnd(text: string): number | undefined {
  const m = periodMeaning(text);
  switch (m.kind) {
    case "quarter":
      return m.year * 12 + m.quarter * 3;
    case "months":
      return m.year * 12 + (m.last ? 12 : m.months);
    case "month":
      return m.year * 12 + m.month;
    case "year":
      return m.year * 12 + 12;
    case "text":
      return undefined;
  }
}
