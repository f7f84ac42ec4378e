/** Dates as Excel stores them (serial numbers) and as Vietnamese officers type them (day first). */

const DAY_MS = 86_400_000;
/** Excel's largest date, 31/12/9999. */
const MAX_SERIAL = 2_958_465;

/**
 * Excel 1900-system serial -> UTC midnight. Serial 60 is Excel's fictitious 29/02/1900 (kept for Lotus
 * compatibility), so serials above it count from 30/12/1899 and those below from 31/12/1899. A time part is
 * dropped. Undefined for 60 and for anything outside 1 .. 31/12/9999.
 */
export function excelSerialToDate(serial: number): Date | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < 1 || day === 60 || day > MAX_SERIAL) return undefined;
  const epoch = day > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + day * DAY_MS);
}

/** The UTC calendar day of a Date value (an ExcelJS date cell, possibly with a time), at UTC midnight. */
export function utcMidnight(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export type DateTextResult = { date: Date } | "impossible" | undefined;

/**
 * "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy" (one separator throughout), day first.
 * "impossible" when the text has that shape but names no real day (31/02/2024, or a year before 1900);
 * undefined when it has not.
 */
export function parseDateText(text: string): DateTextResult {
  const m = /^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})$/.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  // Excel holds no date before 1900, so an earlier year is a typo, not a date.
  if (month < 1 || month > 12 || day < 1 || year < 1900) return "impossible";
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return "impossible";
  return { date };
}
