import type { Rule, Template } from "../catalog/schema";
import type { TypedValue } from "../rules/check-cell";
import { formatNumber, type NumberStyle } from "../rules/text";
import { fitLines } from "./fit-cell";

/** One unit's valid value of one input cell. */
export interface Contribution {
  unit: string;
  value: TypedValue;
}

/** A value a unit sent that did not enter the figure, and why (DESIGN.md section 7). */
export interface Excluded {
  unit: string;
  file: string;
  sheet: string;
  /** A1 address in the unit's sheet. */
  cell: string;
  /** The value as the unit typed it. */
  value: string;
  /** The error finding's message. */
  reason: string;
}

/** How a consolidated figure was obtained: shown beside it so that nobody mistakes a mean for a total. */
export type Method = "sum" | "weightedRate" | "mean" | "countOf" | "codeCounts" | "list" | "none";

export interface ConsolidatedCell {
  /** What the "Tổng hợp" sheet shows: a number where the result is one, else text ("3/5 đơn vị"). */
  value: number | string | null;
  method: Method;
  /** Units whose valid value went into it. */
  units: number;
  /** How it was obtained, with the units it counts of those merged ("Cộng 11/12 đơn vị"). */
  note?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const numbers = (cs: readonly Contribution[]) => cs.flatMap((c) => (c.value.type === "number" ? [c.value.value] : []));

/** The rate rows the template links to a numerator and denominator (per value column, like its refs). */
export function rateLinks(template: Template): Map<string, { numerator: string; denominator: string }> {
  const links = new Map<string, { numerator: string; denominator: string }>();
  const valueCols = template.columns.filter((c) => c.role === "value").map((c) => c.key);
  for (const r of template.crossRules) {
    if (r.type !== "rate") continue;
    const cols = r.rate.includes("@") ? [r.rate.split("@")[1]] : valueCols;
    const at = (ref: string, col: string) => (ref.includes("@") ? ref : `${ref}@${col}`);
    for (const col of cols)
      links.set(at(r.rate, col), { numerator: at(r.numerator, col), denominator: at(r.denominator, col) });
  }
  return links;
}

interface Words {
  units: (k: number, n: number) => string;
  sum: (counted: string) => string;
  mean: (counted: string, min: string, max: string) => string;
  weighted: (counted: string, basis: string) => string;
  countOf: (counted: string, label: string, k: number) => string;
  codes: (counted: string) => string;
  list: (counted: string) => string;
  perUnitMean: (counted: string) => string;
  more: (n: number) => string;
  excluded: (n: number, sum: boolean, list: string) => string;
  moreExcluded: (n: number) => string;
}

const WORDS: Record<NumberStyle, Words> = {
  vi: {
    units: (k, n) => `${k}/${n} đơn vị`,
    sum: (c) => `Cộng ${c}`,
    mean: (c, min, max) => `Trung bình cộng không trọng số của ${c} (thấp nhất ${min}, cao nhất ${max})`,
    weighted: (c, basis) => `Tính lại từ tổng số liệu của ${c} (${basis})`,
    countOf: (c, label, k) => `Đếm ${c} có số liệu («${label}»: ${k})`,
    codes: (c) => `Đếm theo mã, ${c} có số liệu`,
    list: (c) => `Liệt kê ${c} có số liệu`,
    perUnitMean: (c) => `Trung bình của ${c}; số liệu từng đơn vị ở trang Chi tiết`,
    more: (n) => `… và ${n} đơn vị khác: xem từng đơn vị ở trang Chi tiết`,
    excluded: (n, sum, list) => `không ${sum ? "cộng" : "tính"} ${n} giá trị lỗi: ${list}`,
    moreExcluded: (n) => `và ${n} giá trị khác (xem trang Kiểm tra)`,
  },
  en: {
    units: (k, n) => `${k}/${n} units`,
    sum: (c) => `Sum of ${c}`,
    mean: (c, min, max) => `Unweighted mean of ${c} (min ${min}, max ${max})`,
    weighted: (c, basis) => `Recomputed from the summed figures of ${c} (${basis})`,
    countOf: (c, label, k) => `Count over ${c} with a value ("${label}": ${k})`,
    codes: (c) => `Count per code, ${c} with a value`,
    list: (c) => `List of ${c} with a value`,
    perUnitMean: (c) => `Mean of ${c}; each unit's figure is on the Detail sheet`,
    more: (n) => `… and ${n} more units: see each unit on the Detail sheet`,
    excluded: (n, sum, list) => `${n} invalid value${n === 1 ? "" : "s"} left out${sum ? " of the sum" : ""}: ${list}`,
    moreExcluded: (n) => `and ${n} more (see the Checks sheet)`,
  },
};

/** The unit count of a consolidated cell as its note says it: "3/5 đơn vị". */
export function unitsText(k: number, n: number, style: NumberStyle): string {
  return WORDS[style].units(k, n);
}

export interface ConsolidateOptions {
  /** Units merged for the template: the n of "k/n units". */
  total: number;
  /** The rate's numerator and denominator from the same units, where the template links them. */
  rate?: { numerator: readonly Contribution[]; denominator: readonly Contribution[] };
}

/**
 * Consolidates one input cell over the units (DESIGN.md section 7), every kind in this one place: counts and money
 * are summed; a rate is recomputed from summed numerators and denominators where the template links them (and pairs
 * carry their own), otherwise averaged with min and max and a note; flags and Đạt/Không đạt become "k/n units";
 * codes a count per code; text "Unit: text" lines; scores and months their mean, each unit shown on the detail sheet.
 */
export function consolidateCell(
  rule: Rule,
  contributions: readonly Contribution[],
  style: NumberStyle,
  opts: ConsolidateOptions,
): ConsolidatedCell {
  const w = WORDS[style];
  const fmt = (n: number) => formatNumber(round2(n), style);
  const n = contributions.length;
  const counted = w.units(n, opts.total);
  if (n === 0) return { value: null, method: "none", units: 0 };
  switch (rule.kind) {
    case "count":
    case "money": {
      const sum = numbers(contributions).reduce((a, b) => a + b, 0);
      return { value: sum, method: "sum", units: n, note: w.sum(counted) };
    }
    case "percent": {
      if (opts.rate) {
        // Only units that gave both figures count: a rate of half the units' numerators over all denominators lies.
        const num = new Map(
          opts.rate.numerator.flatMap((c) => (c.value.type === "number" ? [[c.unit, c.value.value]] : [])),
        );
        const den = new Map(
          opts.rate.denominator.flatMap((c) => (c.value.type === "number" ? [[c.unit, c.value.value]] : [])),
        );
        const both = [...num.keys()].filter((u) => den.has(u));
        const sumNum = both.reduce((a, u) => a + num.get(u)!, 0);
        const sumDen = both.reduce((a, u) => a + den.get(u)!, 0);
        if (sumDen > 0)
          return {
            value: round2((sumNum / sumDen) * 100),
            method: "weightedRate",
            units: both.length,
            note: w.weighted(w.units(both.length, opts.total), `${fmt(sumNum)}/${fmt(sumDen)}`),
          };
      }
      const values = numbers(contributions);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return {
        value: round2(mean),
        method: "mean",
        units: n,
        note: w.mean(counted, fmt(Math.min(...values)), fmt(Math.max(...values))),
      };
    }
    case "pair": {
      const pairs = contributions.flatMap((c) => (c.value.type === "pair" ? [c.value] : []));
      if (rule.form === "countPercent") {
        // "1000 hồ sơ = 90%": the count is the rate's basis, so the consolidated rate weighs each unit by it.
        const count = pairs.reduce((a, p) => a + p.a, 0);
        const weighted = count > 0 ? pairs.reduce((a, p) => a + p.a * p.b, 0) / count : 0;
        return {
          value: `${fmt(count)} = ${fmt(weighted)}%`,
          method: "weightedRate",
          units: n,
          note: w.weighted(counted, fmt(count)),
        };
      }
      // Every other form holds two counts, each summed; "12/15 = 80%" restates the rate of the sums.
      const a = pairs.reduce((s, p) => s + p.a, 0);
      const b = pairs.reduce((s, p) => s + p.b, 0);
      if (rule.form === "partWholePercent" && b > 0)
        return {
          value: `${fmt(a)}/${fmt(b)} = ${fmt((a / b) * 100)}%`,
          method: "weightedRate",
          units: n,
          note: w.weighted(counted, `${fmt(a)}/${fmt(b)}`),
        };
      return { value: `${fmt(a)}/${fmt(b)}`, method: "sum", units: n, note: w.sum(counted) };
    }
    case "flag": {
      const yes = contributions.filter((c) => c.value.type === "code" && c.value.code === rule.yes.code).length;
      return { value: w.units(yes, n), method: "countOf", units: n, note: w.countOf(counted, rule.yes.label, yes) };
    }
    case "passFail":
    case "status": {
      const target = rule.kind === "passFail" ? "Đạt" : "Đúng hạn";
      const k = contributions.filter((c) => c.value.type === "text" && c.value.text === target).length;
      return { value: w.units(k, n), method: "countOf", units: n, note: w.countOf(counted, target, k) };
    }
    case "code": {
      const counts = rule.codes.map((e) => ({
        label: e.label,
        k: contributions.filter((c) => c.value.type === "code" && c.value.code === e.code).length,
      }));
      return {
        value: counts.map((c) => `${c.label}: ${c.k}`).join("; "),
        method: "codeCounts",
        units: n,
        note: w.codes(counted),
      };
    }
    case "score":
    case "months": {
      const values = numbers(contributions);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return { value: round2(mean), method: "mean", units: n, note: w.perUnitMean(counted) };
    }
    case "date":
    case "text": {
      const lines = contributions.map((c) => `${c.unit}: ${describe(c.value, style, rule)}`);
      return { value: fitLines(lines, w.more), method: "list", units: n, note: w.list(counted) };
    }
  }
}

/** At most this many left-out values are named in a note; the rest are on the checks sheet. */
const NAMED_EXCLUSIONS = 5;

/** Kinds whose figure is a sum: their left-out values are "not added" rather than "not counted". */
const summed = (rule: Rule) =>
  rule.kind === "count" ||
  rule.kind === "money" ||
  (rule.kind === "pair" && rule.form !== "countPercent" && rule.form !== "partWholePercent");

/**
 * "Cách tổng hợp" of one cell: how its figure was obtained and how many units it counts, then the values it left
 * out ("Cộng 11/12 đơn vị; không cộng 1 giá trị lỗi: UBND xã X, E25 «-5»"). Null for a cell no unit filled.
 */
export function howText(
  rule: Rule,
  result: ConsolidatedCell,
  excluded: readonly Excluded[],
  style: NumberStyle,
): string | null {
  const w = WORDS[style];
  const parts = result.note ? [result.note] : [];
  if (excluded.length > 0) {
    const quote = (v: string) => (style === "vi" ? `«${v}»` : `"${v}"`);
    const named = excluded.slice(0, NAMED_EXCLUSIONS).map((x) => `${x.unit}, ${x.cell} ${quote(x.value)}`);
    if (excluded.length > NAMED_EXCLUSIONS) named.push(w.moreExcluded(excluded.length - NAMED_EXCLUSIONS));
    parts.push(w.excluded(excluded.length, summed(rule), named.join("; ")));
  }
  return parts.length > 0 ? parts.join("; ") : null;
}

/** A unit's value as one cell of the detail sheet shows it. */
export function describe(v: TypedValue, style: NumberStyle, rule?: Rule): string | number {
  switch (v.type) {
    case "number":
      return v.value;
    case "code":
      return v.code;
    case "pair":
      return rule?.kind === "pair" && rule.form === "countPercent"
        ? `${formatNumber(v.a, style)} = ${formatNumber(v.b, style)}%`
        : `${formatNumber(v.a, style)}/${formatNumber(v.b, style)}`;
    case "date":
      return `${String(v.date.getUTCDate()).padStart(2, "0")}/${String(v.date.getUTCMonth() + 1).padStart(2, "0")}/${v.date.getUTCFullYear()}`;
    case "text":
      return v.text;
  }
}
