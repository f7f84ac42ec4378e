import { foldWord } from "../text/fold";

/**
 * Reporting periods as officers write them: "Quý I/2021", "6 tháng đầu năm 2021", "9 tháng năm 2024",
 * "Năm 2023". Only what the rules need is derived: how many months the period spans.
 */
export interface PeriodInfo {
  text: string;
  months: number;
  year?: number;
}

export function parsePeriod(text: string): PeriodInfo {
  const t = foldWord(text.trim());
  const yearMatch = t.match(/(19|20)\d{2}/);
  const year = yearMatch ? Number(yearMatch[0]) : undefined;
  const monthsMatch = t.match(/(\d{1,2})\s*thang/);
  if (monthsMatch) return { text, months: Math.min(12, Number(monthsMatch[1])), year };
  if (/\bquy\s*(i{1,3}|iv|[1-4])\b/.test(t)) return { text, months: 3, year };
  // "Năm 2023", a bare year, or anything unrecognised: a whole year is the widest sensible bound.
  return { text, months: 12, year };
}
