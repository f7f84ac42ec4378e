/**
 * The reporting period as the "Mẫu biểu" tab offers it: the periods units report on (a quarter, the first six
 * months, nine months, the year) and a year, so that a hundred units write the same period the same way; any
 * other period can still be typed. The texts are the sheet's, in Vietnamese whatever the pane's language.
 */
export const PERIOD_KINDS = ["q1", "q2", "q3", "q4", "h1", "m9", "year"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period chosen from the list, typed freely ("other"), or left for the unit to write in ("blank"). */
export type PeriodChoice = { kind: PeriodKind; year: number } | { kind: "other"; text: string } | { kind: "blank" };

const QUARTERS: Partial<Record<PeriodKind, string>> = { q1: "I", q2: "II", q3: "III", q4: "IV" };

/** The period as written into the sheet: "Quý I/2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "Năm 2024". */
export function periodText(choice: PeriodChoice): string {
  if (choice.kind === "blank") return "";
  if (choice.kind === "other") return choice.text.trim();
  const quarter = QUARTERS[choice.kind];
  if (quarter) return `Quý ${quarter}/${choice.year}`;
  if (choice.kind === "h1") return `6 tháng đầu năm ${choice.year}`;
  if (choice.kind === "m9") return `9 tháng năm ${choice.year}`;
  return `Năm ${choice.year}`;
}

/**
 * The years offered: the next one (plans made in December) and ten back, as far as the documents of the catalog
 * reach (the 2011-2020 reviews report on 2020).
 */
export function yearsAround(current: number): number[] {
  return Array.from({ length: 12 }, (_, i) => current + 1 - i);
}

/**
 * The choice a remembered period text stands for: one of the list when it is written exactly as the list writes
 * it, otherwise the text itself (typed freely); nothing remembered, nothing chosen.
 */
export function periodChoiceOf(text: string): PeriodChoice {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "blank" };
  const year = /(?:19|20)\d\d$/.exec(trimmed);
  if (year)
    for (const kind of PERIOD_KINDS) {
      const choice = { kind, year: Number(year[0]) };
      if (periodText(choice) === trimmed) return choice;
    }
  return { kind: "other", text: trimmed };
}
