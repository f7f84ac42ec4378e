import type { Finding, Severity } from "./finding";

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
