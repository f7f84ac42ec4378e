import type { Finding, Severity } from "../../domain/rules/finding";
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

export interface MarkBatch {
  sheet: string;
  severity: Severity;
  cells: string[];
}

/**
 * The cells to colour, per sheet: errors red, warnings amber, a cell with both only red (two marks on one cell
 * would leave its colour to Excel's rule order). Sheet-level findings have no cell and are not marked.
 */
export function markBatches(findings: readonly Finding[]): MarkBatch[] {
  const sheets = [...new Set(findings.filter((f) => f.cell).map((f) => f.sheet))];
  return sheets.flatMap((sheet) => {
    const cells = (severity: Severity) => [
      ...new Set(findings.filter((f) => f.sheet === sheet && f.cell && f.severity === severity).map((f) => f.cell)),
    ];
    const errors = cells("error");
    const red = new Set(errors);
    const warnings = cells("warning").filter((c) => !red.has(c));
    return [
      { sheet, severity: "error" as const, cells: errors },
      { sheet, severity: "warning" as const, cells: warnings },
    ].filter((b) => b.cells.length > 0);
  });
}

/** How many distinct cells the batches colour. */
export function markedCellCount(batches: readonly MarkBatch[]): number {
  return batches.reduce((n, b) => n + b.cells.length, 0);
}
