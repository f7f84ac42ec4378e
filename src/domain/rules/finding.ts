export type Severity = "error" | "warning";
export type Locale = "vi" | "en";

/** One problem in a report, as every surface shows it (CLI, task pane, the merge's "Kiểm tra" sheet). */
export interface Finding {
  severity: Severity;
  /** Stable code, e.g. "percent.range". */
  code: string;
  sheet: string;
  /** A1 address of the cell, "" for a finding about the sheet as a whole. */
  cell: string;
  /** Indicator id (the template row id), "" when none. */
  indicator: string;
  label: string;
  /** The value as the user sees it. */
  value: string;
  message: string;
}
