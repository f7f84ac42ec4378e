/**
 * The workbook port: what the domain reads of a spreadsheet (src/domain/grid.ts), whatever holds it, and what
 * every writer shares. Adapters: xlsx/ (files: write/ writes, fast/ reads) and office/ (the open workbook).
 */
export type { Grid, GridSource, RawCell } from "../domain/grid";

/** A sheet name not yet taken (Excel compares names case-insensitively; 31 characters at most). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  // Excel refuses these characters anywhere, and an apostrophe at either end.
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, "-")
      .slice(0, 31)
      .replace(/^'+|'+$/g, "") || "Sheet";
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase("vi")));
  if (!lower.has(clean.toLocaleLowerCase("vi"))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLocaleLowerCase("vi"))) return name;
  }
}
