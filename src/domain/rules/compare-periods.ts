import { cellAddress } from "../address";
import { plainTitle } from "../catalog/catalog";
import { periodEnd, samePeriod } from "../period/period";
import { unitKey } from "../text/names";
import type { Finding, Locale } from "./finding";
import { renderMessage, type MessageCode } from "./messages";
import { formatNumber } from "./text";
import type { SheetReport } from "./validate-sheet";
import type { WorkbookReport } from "./validate-workbook";

/**
 * Rules across periods (DESIGN.md section 4): a report compared with the same unit's report of an earlier
 * period of the same template. A cumulative ("lũy kế") figure that falls, and a count that grows or shrinks by
 * more than the template's factor (a digit typed twice or lost), are warnings that give both figures. Two
 * reports that cannot be compared (another template, another unit, a period that is not earlier, a template
 * whose columns are already its periods) give one warning that says why, and nothing else.
 */

/**
 * A count jumps when it changes `factor` times or more (an extra or a lost zero is exactly ten times), to or from
 * at least `atLeast`.
 */
export const DEFAULT_PERIOD_JUMP = { factor: 10, atLeast: 20 } as const;

export interface PeriodComparison {
  /** False when the reports could not be compared; `findings` then holds the one warning that says why. */
  comparable: boolean;
  /** Warnings on the current report's cells (or the sheet, for the reason it could not be compared). */
  findings: Finding[];
}

export interface CompareOptions {
  locale: Locale;
  /** How the earlier report is named in messages (its file name); its period is named too when it has one. */
  previousName: string;
}

const EPS = 1e-9;

/** Compares a report with the unit's report of an earlier period. Pure: both reports are already validated. */
export function comparePeriods(current: SheetReport, previous: SheetReport, opts: CompareOptions): PeriodComparison {
  const why = notComparable(current, previous, opts);
  if (why) return { comparable: false, findings: [why] };

  const template = current.recognition.entry.template;
  const jump = template.periodJump ?? DEFAULT_PERIOD_JUMP;
  const fmt = (n: number) => formatNumber(n, opts.locale);
  const previousPeriod = previous.recognition.period.value || opts.previousName;
  const numberAt = (report: SheetReport, ref: string) => {
    const v = report.cells.get(ref)?.value;
    return v?.type === "number" ? v.value : undefined;
  };
  const cumulativeRows = new Set(template.crossRules.flatMap((r) => (r.type === "cumulative" ? [r.row] : [])));
  const labels = new Map(template.rows.flatMap((r) => (r.type === "indicator" ? [[r.id, r.label] as const] : [])));

  const findings: Finding[] = [];
  for (const cell of current.cells.values()) {
    const now = numberAt(current, cell.ref);
    const before = numberAt(previous, cell.ref);
    if (now === undefined || before === undefined) continue;
    const params = { value: fmt(now), previous: fmt(before), previousPeriod, factor: fmt(jump.factor) };
    const add = (code: MessageCode) =>
      findings.push({
        severity: "warning",
        code,
        sheet: current.sheet,
        cell: cellAddress(cell.row, cell.col),
        indicator: cell.rowId,
        label: labels.get(cell.rowId) ?? "",
        value: cell.display,
        message: renderMessage(code, params, opts.locale),
      });
    if (cumulativeRows.has(cell.rowId)) {
      if (now < before - EPS) add("period.cumulativeFall");
      continue;
    }
    if (cell.rule.kind !== "count") continue;
    const [lo, hi] = now < before ? [now, before] : [before, now];
    if (hi >= jump.atLeast && hi >= jump.factor * lo) add(now > before ? "period.jumpUp" : "period.jumpDown");
  }
  return { comparable: true, findings };
}

/**
 * Compares a report with the earlier workbook's sheet of the same template and unit (the one sheet of that
 * template when the unit cannot tell them apart). When there is no such sheet, the one warning says why.
 */
export function compareWithWorkbook(
  current: SheetReport,
  previous: WorkbookReport,
  opts: CompareOptions,
): PeriodComparison {
  const id = current.recognition.entry.template.id;
  const match = previousSheetOf(previous, id, current.recognition.unit.value);
  if (match) return comparePeriods(current, match, opts);
  const found = [...new Set(previous.sheets.map((s) => s.recognition.entry.template.id))];
  return {
    comparable: false,
    findings: [
      sheetWarning(current, "period.noSuchTemplate", opts.locale, {
        previousName: opts.previousName,
        template: `${id} (${plainTitle(current.recognition.entry)})`,
        found: found.length > 0 ? found.join(", ") : "—",
      }),
    ],
  };
}

/** The earlier workbook's sheet of a template: the one of the same unit, else the first of that template. */
export function previousSheetOf(previous: WorkbookReport, templateId: string, unit: string): SheetReport | undefined {
  const sameTemplate = previous.sheets.filter((s) => s.recognition.entry.template.id === templateId);
  const key = unitKey(unit);
  return sameTemplate.find((s) => unitKey(s.recognition.unit.value) === key) ?? sameTemplate[0];
}

/**
 * Why a report of `previousPeriod` is not the one before `period`: the same period (by meaning, "06 tháng" =
 * "6 tháng"), or one that ends later; undefined when it can be the earlier one (or either is unclear).
 */
export function periodOrderProblem(period: string, previousPeriod: string): "samePeriod" | "notEarlier" | undefined {
  if (period.trim() && samePeriod(period, previousPeriod)) return "samePeriod";
  const end = periodEnd(period);
  const previousEnd = periodEnd(previousPeriod);
  if (end !== undefined && previousEnd !== undefined && previousEnd > end) return "notEarlier";
  return undefined;
}

function sheetWarning(report: SheetReport, code: MessageCode, locale: Locale, params: Record<string, string>): Finding {
  return {
    severity: "warning",
    code,
    sheet: report.sheet,
    cell: "",
    indicator: "",
    label: "",
    value: "",
    message: renderMessage(code, params, locale),
  };
}

/** The one reason two reports cannot be compared, or undefined when they can. */
function notComparable(current: SheetReport, previous: SheetReport, opts: CompareOptions): Finding | undefined {
  const cur = current.recognition;
  const prev = previous.recognition;
  const base = { previousName: opts.previousName };
  const say = (code: MessageCode, params: Record<string, string>) =>
    sheetWarning(current, code, opts.locale, { ...base, ...params });
  if (cur.entry.template.id !== prev.entry.template.id)
    return say("period.otherTemplate", { template: cur.entry.template.id, previousTemplate: prev.entry.template.id });
  // Years and phases printed as columns are compared within the sheet (the cumulative cross rule).
  if (cur.entry.template.periodColumns) return say("period.periodColumns", {});
  if (!cur.unit.value || !prev.unit.value)
    return say("period.unknownUnit", { which: cur.unit.value ? opts.previousName : current.sheet });
  if (unitKey(cur.unit.value) !== unitKey(prev.unit.value))
    return say("period.otherUnit", { unit: cur.unit.value, previousUnit: prev.unit.value });
  const order = periodOrderProblem(cur.period.value, prev.period.value);
  return order && say(`period.${order}`, { period: cur.period.value, previousPeriod: prev.period.value });
}
