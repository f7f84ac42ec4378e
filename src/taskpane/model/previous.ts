import { compareWithWorkbook } from "../../domain/rules/compare-periods";
import type { Locale } from "../../domain/rules/finding";
import type { WorkbookReport } from "../../domain/rules/validate-workbook";

/** The earlier report "So với kỳ trước…" compares with, and how messages name it (its file or sheet). */
export interface Previous {
  name: string;
  report: WorkbookReport;
}

/**
 * Adds to each sheet the warnings of its comparison with the earlier period (DESIGN.md section 4, rules across
 * periods), as `cchc validate --previous` does; a sheet chosen as the earlier one is not compared with itself.
 */
export function withPrevious(report: WorkbookReport, previous: Previous, locale: Locale): WorkbookReport {
  return {
    ...report,
    sheets: report.sheets.map((s) =>
      previous.report.sheets.includes(s)
        ? s
        : {
            ...s,
            findings: [
              ...s.findings,
              ...compareWithWorkbook(s, previous.report, { locale, previousName: previous.name }).findings,
            ],
          },
    ),
  };
}
