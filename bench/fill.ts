import type { Rule, Template } from "../src/domain/catalog";
import type { InputCell } from "../src/domain/layout/model";
import { parsePeriod } from "../src/domain/period/period";

/** A seeded generator: the same unit gets the same figures on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const TEXTS = [
  "Tuyên truyền qua loa phát thanh xã",
  "Đã triển khai theo kế hoạch của UBND tỉnh",
  "Tổ chức hội nghị quán triệt tại trụ sở",
];

/** What an officer types for one rule: a value inside its range, in the form the legend prints. */
function valueFor(rule: Rule, months: number, rnd: () => number): number | string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  switch (rule.kind) {
    case "count":
      return Math.floor(rnd() * 40);
    case "money":
      return Math.floor(rnd() * 500) * 1_000_000;
    case "percent":
      return Math.round(rnd() * 1000) / 10;
    case "flag":
      return rnd() < 0.7 ? rule.yes.code : rule.no.code;
    case "code":
      return pick(rule.codes).code;
    case "passFail":
      return rnd() < 0.8 ? "Đạt" : "Không đạt";
    case "status":
      return rnd() < 0.9 ? "Đúng hạn" : "Quá hạn";
    case "score":
      return Math.round(rnd() * rule.max * 100) / 100;
    case "months":
      return Math.floor(rnd() * (months + 1));
    case "pair": {
      const whole = 1 + Math.floor(rnd() * 150);
      const part = Math.floor(rnd() * (whole + 1));
      if (rule.form === "countPercent") return `${whole} = ${Math.round((part / whole) * 100)}%`;
      if (rule.form === "partWholePercent") return `${part}/${whole} = ${Math.round((part / whole) * 10000) / 100}%`;
      return `${part}/${whole}`;
    }
    case "date":
      return `${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}/2024`;
    case "text":
      return pick(TEXTS);
  }
}

/**
 * Values a unit could really send for a template's input cells (optional notes left empty): random within each
 * rule, then made to respect the template's cross rules (parts within their totals, lesser within greater, rates
 * from their counts, parent scores the sum of their children's, cumulative rows that never fall). Rules are
 * applied until nothing changes, so that a part that is itself a total is settled before the total above it.
 */
export function plausibleValues(
  template: Template,
  inputs: readonly InputCell[],
  period: string,
  rnd: () => number,
): Map<string, number | string> {
  const months = parsePeriod(period).months;
  const values = new Map<string, number | string>();
  for (const i of inputs) if (!i.optional) values.set(i.ref, valueFor(i.rule, months, rnd));
  const columns = template.columns.filter((c) => c.role === "value").map((c) => c.key);
  const at = (ref: string, col: string) => (ref.includes("@") ? ref : `${ref}@${col}`);
  const num = (ref: string) => {
    const v = values.get(ref);
    return typeof v === "number" ? v : 0;
  };
  const set = (ref: string, v: number) => {
    if (!values.has(ref) || values.get(ref) === v) return false;
    values.set(ref, v);
    return true;
  };
  for (let pass = 0, changed = true; changed && pass < 20; pass++) {
    changed = false;
    for (const r of template.crossRules)
      for (const col of columns) {
        if (r.type === "partsOfTotal") {
          const sum = r.parts.reduce((a, p) => a + num(at(p, col)), 0);
          const total = num(at(r.total, col));
          if (r.exhaustive ? total !== sum : total < sum) changed = set(at(r.total, col), sum) || changed;
        } else if (r.type === "notGreater") {
          if (num(at(r.lesser, col)) > num(at(r.greater, col)))
            changed = set(at(r.lesser, col), num(at(r.greater, col))) || changed;
        } else if (r.type === "sumOfChildren") {
          const sum = Math.round(r.children.reduce((a, c) => a + num(`${c}@${col}`), 0) * 100) / 100;
          changed = set(`${r.parent}@${col}`, sum) || changed;
        } else if (r.type === "rate") {
          const den = num(at(r.denominator, col));
          const rate = den > 0 ? Math.round((num(at(r.numerator, col)) / den) * 1000) / 10 : 0;
          if (den > 0 && num(at(r.numerator, col)) > den) changed = set(at(r.numerator, col), den) || changed;
          changed = set(at(r.rate, col), rate) || changed;
        }
      }
    for (const r of template.crossRules) {
      if (r.type !== "cumulative") continue;
      for (let k = 1; k < columns.length; k++)
        if (num(`${r.row}@${columns[k]}`) < num(`${r.row}@${columns[k - 1]}`))
          changed = set(`${r.row}@${columns[k]}`, num(`${r.row}@${columns[k - 1]}`)) || changed;
    }
  }
  return values;
}
