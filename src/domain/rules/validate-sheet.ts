import { cellAddress } from "../address";
import type { Column, Rule, Template } from "../catalog/schema";
import type { Grid } from "../grid";
import { readCell } from "../numbers/read-cell";
import { parsePeriod } from "../period/period";
import type { Recognition } from "../recognize/recognize";
import { checkCell, type TypedValue } from "./check-cell";
import { CheckedCells } from "./checked-cells";
import { consolidatedCheck } from "./consolidated-cell";
import { checkCrossRules } from "./cross-rules";
import type { Finding, Locale, Severity } from "./finding";
import { renderMessage, withDoubt, type MessageCode } from "./messages";
import type { Doubt } from "../catalog/schema";

/** One input cell of a recognised sheet, with where it is and what it holds. */
export interface CheckedCell {
  ref: string;
  rowId: string;
  columnKey: string;
  row: number;
  col: number;
  rule: Rule;
  display: string;
  /** Set when the value passed its rule. */
  value?: TypedValue;
}

export interface SheetReport {
  sheet: string;
  recognition: Recognition;
  findings: Finding[];
  /** Non-optional input cells holding something / all non-optional input cells. */
  filled: number;
  expected: number;
  /** Every input cell of the sheet by ref, kept compactly (./checked-cells.ts). */
  cells: ReadonlyMap<string, CheckedCell>;
}

export interface ValidateOptions {
  locale: Locale;
  /** List every empty input cell as a warning ("completeness" view of the task pane). */
  completeness?: boolean;
}

/** Input columns of a row: value columns (rule from the column, else the row) and, in lists, the label. */
function inputColumns(template: Template): { col: Column; optional: boolean }[] {
  return template.columns
    .filter((c) => c.role === "value" || c.role === "note" || c.role === "label")
    .map((col) => ({ col, optional: col.role === "note" }));
}

/** Validates a recognised sheet: every input cell against its rule, then the template's cross-cell rules. */
export function validateSheet(grid: Grid, recognition: Recognition, opts: ValidateOptions): SheetReport {
  const template = recognition.entry.template;
  const style = opts.locale;
  const months = parsePeriod(recognition.period.value).months;
  const findings: Finding[] = [];
  const cells = new Map<string, CheckedCell>();
  const labelCol = recognition.columns.get(template.columns.find((c) => c.role === "label")!.key);
  const rowsById = new Map(template.rows.flatMap((r) => (r.id ? [[r.id, r] as const] : [])));
  const labelOf = (rowId: string, row: number) => {
    const r = rowsById.get(rowId);
    if (r && r.type !== "entries") return r.label;
    const typed = labelCol ? grid.cell(row, labelCol).value : null;
    return typed === null ? "" : String(typed);
  };
  const add = (
    severity: Severity,
    code: MessageCode,
    at: { row: number; col: number } | undefined,
    indicator: string,
    label: string,
    value: string,
    params: Record<string, string>,
    doubt?: Doubt,
  ) =>
    findings.push({
      severity,
      code,
      sheet: grid.sheetName,
      cell: at ? cellAddress(at.row, at.col) : "",
      indicator,
      label,
      value,
      message: withDoubt(renderMessage(code, { value, ...params }, opts.locale), doubt, opts.locale),
    });

  // A consolidation (a merge's Tổng hợp) is checked by the consolidated semantics: against what it carries.
  const consolidation = recognition.consolidation;
  const consolidated = consolidation?.ok ? consolidatedCheck(template, consolidation, style) : undefined;
  if (consolidation?.ok === false) add("error", "consolidated.damaged", undefined, "", "", "", {});

  let filled = 0;
  let expected = 0;
  const entriesIds = new Set(template.rows.filter((r) => r.type === "entries").map((r) => r.id));
  const columns = inputColumns(template);
  for (const [rowId, row] of recognition.rows) {
    const def = rowsById.get(rowId);
    const isEntry = !def && entriesIds.has(rowId.slice(0, rowId.lastIndexOf(".")));
    if (!isEntry && def?.type !== "indicator") continue;
    for (const { col, optional } of columns) {
      if (col.role === "label" && !isEntry) continue;
      const rule: Rule | undefined =
        optional || col.role === "label"
          ? { kind: "text" }
          : (col.rule ?? (def?.type === "indicator" ? def.rule : undefined));
      const sheetCol = recognition.columns.get(col.key);
      if (!rule || sheetCol === undefined) continue;
      const raw = grid.cell(row, sheetCol);
      const read = readCell(raw, rule.kind);
      const counted = !optional && !isEntry;
      if (counted) expected++;
      const empty = read.reading.type === "empty";
      if (counted && !empty) filled++;
      const ref = `${rowId}@${col.key}`;
      // A damaged consolidation's figures have nothing left to be checked against: its one finding says so.
      const check =
        !consolidation || !counted
          ? checkCell(read, rule, { months, style })
          : consolidated
            ? consolidated(ref, raw, read.display, rule)
            : { issues: [] };
      cells.set(ref, {
        ref,
        rowId,
        columnKey: col.key,
        row,
        col: sheetCol,
        rule,
        display: read.display,
        value: check.value,
      });
      const label = labelOf(rowId, row);
      for (const i of check.issues)
        add(i.severity, i.code, { row, col: sheetCol }, rowId, label, read.display, i.params);
      if (empty && counted && opts.completeness)
        add("warning", "completeness.missing", { row, col: sheetCol }, rowId, label, "", {});
    }
  }

  const cross = checkCrossRules(template, {
    number: (ref) => {
      const v = cells.get(ref)?.value;
      return v?.type === "number" ? v.value : undefined;
    },
    address: (ref) => {
      const c = cells.get(ref);
      return c ? cellAddress(c.row, c.col) : ref;
    },
    style,
  });
  for (const i of cross) {
    const c = cells.get(i.ref)!;
    // Summed over units that did not all report every figure, parts may exceed a total: worth a look, not an error.
    const severity = consolidation ? "warning" : i.severity;
    add(severity, i.code, c, c.rowId, labelOf(c.rowId, c.row), c.display, i.params, i.doubt);
  }

  // What recognition could not place is reported, never silently dropped.
  for (const u of recognition.unplaced)
    add(
      "warning",
      "sheet.unplacedRow",
      labelCol ? { row: u.row, col: labelCol } : { row: u.row, col: 1 },
      "",
      u.label,
      "",
      { label: u.label },
    );
  for (const d of recognition.duplicates)
    add(
      "warning",
      "sheet.duplicateRow",
      labelCol ? { row: d.rows[1], col: labelCol } : undefined,
      d.id,
      labelOf(d.id, d.rows[0]),
      "",
      {
        label: labelOf(d.id, d.rows[0]),
        rows: d.rows.join(", "),
      },
    );
  if (recognition.missing.length > 0)
    add("warning", "sheet.missingRows", undefined, "", "", "", {
      count: String(recognition.missing.length),
      examples: recognition.missing
        .slice(0, 3)
        .map((id) => labelOf(id, 0))
        .join("; "),
    });
  // A report must say whose it is: a unit taken from the file name (or from nowhere) is a guess to confirm.
  if (recognition.unit.source === "none" || recognition.unit.source === "fileName")
    add("warning", "sheet.noUnit", undefined, "", "", "", { fromFile: recognition.unit.value });
  if (recognition.recognizedBy === "metadata" && recognition.version !== template.version)
    add("warning", "sheet.versionMismatch", undefined, "", "", "", {
      version: recognition.version,
      current: template.version,
    });

  // Cell order (row, then column); sheet-level findings first. Surfaces group by severity themselves.
  findings.sort((a, b) => position(a.cell)[0] - position(b.cell)[0] || position(a.cell)[1] - position(b.cell)[1]);
  return {
    sheet: grid.sheetName,
    recognition,
    findings,
    filled,
    expected,
    cells: new CheckedCells(template, cells.values()),
  };
}

function position(address: string): [number, number] {
  const m = address.match(/^([A-Z]+)(\d+)$/);
  if (!m) return [0, 0];
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}
