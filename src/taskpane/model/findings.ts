import type { Finding } from "../../domain/rules/finding";
import type { SheetReport } from "../../domain/rules/validate-sheet";

export interface FindingGroups {
  errors: Finding[];
  warnings: Finding[];
}

/** Findings split by severity, each group in the report's order (cell order, sheet-level findings first). */
export function bySeverity(findings: readonly Finding[]): FindingGroups {
  return {
    errors: findings.filter((f) => f.severity === "error"),
    warnings: findings.filter((f) => f.severity === "warning"),
  };
}

/** What the "Kiểm tra" tab says about one validated sheet before listing its findings. */
export interface ReportSummary {
  sheet: string;
  templateId: string;
  appendix: string;
  table: string;
  unit: string;
  period: string;
  filled: number;
  expected: number;
  errors: number;
  warnings: number;
  recognizedBy: "metadata" | "labels";
  /** Rows with figures that recognition could not match to an indicator. */
  unplaced: { row: number; label: string }[];
}

export function summarize(report: SheetReport): ReportSummary {
  const { recognition } = report;
  const { errors, warnings } = bySeverity(report.findings);
  return {
    sheet: report.sheet,
    templateId: recognition.entry.template.id,
    appendix: recognition.entry.template.appendix,
    table: recognition.entry.template.table ?? "",
    unit: recognition.unit.value,
    period: recognition.period.value,
    filled: report.filled,
    expected: report.expected,
    errors: errors.length,
    warnings: warnings.length,
    recognizedBy: recognition.recognizedBy,
    unplaced: recognition.unplaced,
  };
}
