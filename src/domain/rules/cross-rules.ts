import type { CrossRule, Doubt, Template } from "../catalog/schema";
import type { Severity } from "./finding";
import type { MessageCode } from "./messages";
import { RELATION_WORDS } from "./messages";
import { formatNumber, type NumberStyle } from "./text";

/** A cross-cell finding before it is placed on a sheet: the cell it belongs to is a template ref. */
export interface CrossIssue {
  severity: Severity;
  code: MessageCode;
  /** "<rowId>@<columnKey>" of the cell the finding points at. */
  ref: string;
  params: Record<string, string>;
  /** Why a warning's figures may still be right (said after the message). */
  doubt?: Doubt;
}

export interface CrossContext {
  /** Numeric values of valid cells by ref. */
  number(ref: string): number | undefined;
  /** A1 address of a ref, for messages that point at the other cell. */
  address(ref: string): string;
  style: NumberStyle;
}

const EPS = 1e-9;

/** The value columns a rule applies to: the one its refs name, or every value column of the template. */
function expand(ref: string, column: string): string {
  return ref.includes("@") ? ref : `${ref}@${column}`;
}

function columnsOf(rule: CrossRule, valueColumns: string[]): string[] {
  const refs =
    rule.type === "partsOfTotal"
      ? [rule.total, ...rule.parts]
      : rule.type === "notGreater"
        ? [rule.lesser, rule.greater]
        : rule.type === "rate"
          ? [rule.rate, rule.numerator, rule.denominator]
          : [];
  const pinned = refs.find((r) => r.includes("@"));
  return pinned ? [pinned.split("@")[1]] : valueColumns;
}

/** Checks every cross-cell rule of a template against the values of one sheet. */
export function checkCrossRules(template: Template, ctx: CrossContext): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const valueColumns = template.columns.filter((c) => c.role === "value").map((c) => c.key);
  const fmt = (n: number) => formatNumber(Math.round(n * 100) / 100, ctx.style);

  for (const rule of template.crossRules) {
    if (rule.type === "cumulative") {
      // Only period columns are ordered in time; within one period there is nothing to compare.
      if (!template.periodColumns) continue;
      let previous: { value: number; header: string } | undefined;
      for (const col of template.columns.filter((c) => c.role === "value")) {
        const ref = `${rule.row}@${col.key}`;
        const v = ctx.number(ref);
        if (v === undefined) continue;
        if (previous && v < previous.value - EPS)
          issues.push({
            severity: "warning",
            code: "cross.cumulative",
            ref,
            params: { value: fmt(v), previous: fmt(previous.value), previousHeader: previous.header },
          });
        previous = { value: v, header: col.header };
      }
      continue;
    }
    if (rule.type === "sumOfChildren") {
      for (const col of valueColumns) {
        const parent = ctx.number(`${rule.parent}@${col}`);
        const children = rule.children.map((c) => ctx.number(`${c}@${col}`));
        if (parent === undefined || children.some((c) => c === undefined)) continue;
        const sum = children.reduce<number>((a, b) => a + (b ?? 0), 0);
        // Scores carry two decimals: equal means equal once rounded to 0.01.
        if (Math.abs(parent - sum) >= 0.005)
          issues.push({
            severity: "error",
            code: "cross.sumOfChildren",
            ref: `${rule.parent}@${col}`,
            params: { value: fmt(parent), sum: fmt(sum) },
          });
      }
      continue;
    }
    for (const col of columnsOf(rule, valueColumns)) {
      if (rule.type === "partsOfTotal") {
        const totalRef = expand(rule.total, col);
        const total = ctx.number(totalRef);
        const parts = rule.parts.map((p) => ctx.number(expand(p, col)));
        const known = parts.filter((p): p is number => p !== undefined);
        if (total === undefined || known.length === 0) continue;
        const sum = known.reduce((a, b) => a + b, 0);
        // Formatted only for a finding: most sheets break no rule, and a merge checks thousands of them.
        const params = () => ({
          parts: fmt(sum),
          total: fmt(total),
          totalCell: ctx.address(totalRef),
          value: fmt(total),
        });
        const doubt = rule.doubt && { doubt: rule.doubt };
        if (sum > total + EPS)
          issues.push({
            severity: rule.severity,
            code: "cross.partsExceedTotal",
            ref: totalRef,
            params: params(),
            ...doubt,
          });
        else if (rule.exhaustive && known.length === parts.length && Math.abs(sum - total) > EPS)
          issues.push({ severity: "warning", code: "cross.partsNotTotal", ref: totalRef, params: params(), ...doubt });
      } else if (rule.type === "notGreater") {
        const lesserRef = expand(rule.lesser, col);
        const greaterRef = expand(rule.greater, col);
        const lesser = ctx.number(lesserRef);
        const greater = ctx.number(greaterRef);
        if (lesser === undefined || greater === undefined || lesser <= greater + EPS) continue;
        const words = RELATION_WORDS[rule.relation];
        issues.push({
          severity: rule.severity,
          code: "cross.notGreater",
          ref: lesserRef,
          params: {
            lesser: fmt(lesser),
            greater: fmt(greater),
            greaterCell: ctx.address(greaterRef),
            lesserWhat: words.lesser[0],
            greaterWhat: words.greater[0],
            lesserWhatEn: words.lesser[1],
            greaterWhatEn: words.greater[1],
          },
          ...(rule.doubt && { doubt: rule.doubt }),
        });
      } else if (rule.type === "rate") {
        const rateRef = expand(rule.rate, col);
        const numRef = expand(rule.numerator, col);
        const denRef = expand(rule.denominator, col);
        const rate = ctx.number(rateRef);
        const num = ctx.number(numRef);
        const den = ctx.number(denRef);
        if (rate === undefined || num === undefined || den === undefined || den <= 0) continue;
        const expected = (num / den) * 100;
        if (Math.abs(rate - expected) > 0.5 + EPS)
          issues.push({
            severity: "warning",
            code: "cross.rateMismatch",
            ref: rateRef,
            params: {
              value: fmt(rate),
              expected: fmt(expected),
              numerator: fmt(num),
              denominator: fmt(den),
              numeratorCell: ctx.address(numRef),
              denominatorCell: ctx.address(denRef),
            },
          });
      }
    }
  }
  return issues;
}
