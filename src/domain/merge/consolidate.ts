import type { Rule, Template } from "../catalog/schema";
import type { TypedValue } from "../rules/check-cell";
import { formatNumber, type NumberStyle } from "../rules/text";

/** One unit's valid value of one input cell. */
export interface Contribution {
  unit: string;
  value: TypedValue;
}

/** How a consolidated figure was obtained: shown beside it so that nobody mistakes a mean for a total. */
export type Method = "sum" | "weightedRate" | "mean" | "countOf" | "codeCounts" | "list" | "none";

export interface ConsolidatedCell {
  /** What the "Tổng hợp" sheet shows: a number where the result is one, else text ("3/5 đơn vị"). */
  value: number | string | null;
  method: Method;
  /** Units whose valid value went into it. */
  units: number;
  /** Said beside the figure: unweighted mean with min and max, the rate's basis... */
  note?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const numbers = (cs: Contribution[]) => cs.flatMap((c) => (c.value.type === "number" ? [c.value.value] : []));

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
  mean: (n: number, min: string, max: string) => string;
  weighted: (basis: string) => string;
  perUnitMean: (n: number) => string;
}

const WORDS: Record<NumberStyle, Words> = {
  vi: {
    units: (k, n) => `${k}/${n} đơn vị`,
    mean: (n, min, max) => `Trung bình cộng không trọng số của ${n} đơn vị (thấp nhất ${min}, cao nhất ${max})`,
    weighted: (basis) => `Tính lại từ tổng số liệu của các đơn vị (${basis})`,
    perUnitMean: (n) => `Trung bình của ${n} đơn vị; số liệu từng đơn vị ở trang Chi tiết`,
  },
  en: {
    units: (k, n) => `${k}/${n} units`,
    mean: (n, min, max) => `Unweighted mean of ${n} units (min ${min}, max ${max})`,
    weighted: (basis) => `Recomputed from the units' summed figures (${basis})`,
    perUnitMean: (n) => `Mean of ${n} units; each unit's figure is on the Detail sheet`,
  },
};

/**
 * Consolidates one input cell over the units (DESIGN.md section 7): counts and money are summed; a rate is
 * recomputed from summed numerators and denominators where the template links them (and pairs carry their
 * own), otherwise averaged with min and max and a note; flags and Đạt/Không đạt become "k/n units"; codes a
 * count per code; text "Unit: text" lines; scores and months their mean, each unit shown on the detail sheet.
 */
export function consolidateCell(
  rule: Rule,
  contributions: Contribution[],
  style: NumberStyle,
  rate?: { numerator: Contribution[]; denominator: Contribution[] },
): ConsolidatedCell {
  const w = WORDS[style];
  const fmt = (n: number) => formatNumber(round2(n), style);
  const n = contributions.length;
  if (n === 0) return { value: null, method: "none", units: 0 };
  switch (rule.kind) {
    case "count":
    case "money": {
      const sum = numbers(contributions).reduce((a, b) => a + b, 0);
      return { value: sum, method: "sum", units: n };
    }
    case "percent": {
      if (rate) {
        // Only units that gave both figures count: a rate of half the units' numerators over all denominators lies.
        const num = new Map(
          rate.numerator.flatMap((c) => (c.value.type === "number" ? [[c.unit, c.value.value]] : [])),
        );
        const den = new Map(
          rate.denominator.flatMap((c) => (c.value.type === "number" ? [[c.unit, c.value.value]] : [])),
        );
        const both = [...num.keys()].filter((u) => den.has(u));
        const sumNum = both.reduce((a, u) => a + num.get(u)!, 0);
        const sumDen = both.reduce((a, u) => a + den.get(u)!, 0);
        if (sumDen > 0)
          return {
            value: round2((sumNum / sumDen) * 100),
            method: "weightedRate",
            units: both.length,
            note: w.weighted(`${fmt(sumNum)}/${fmt(sumDen)}`),
          };
      }
      const values = numbers(contributions);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return {
        value: round2(mean),
        method: "mean",
        units: n,
        note: w.mean(n, fmt(Math.min(...values)), fmt(Math.max(...values))),
      };
    }
    case "pair": {
      const pairs = contributions.flatMap((c) => (c.value.type === "pair" ? [c.value] : []));
      if (rule.form === "countPercent") {
        // "1000 hồ sơ = 90%": the count is the rate's basis, so the province rate weighs each unit by it.
        const count = pairs.reduce((a, p) => a + p.a, 0);
        const weighted = count > 0 ? pairs.reduce((a, p) => a + p.a * p.b, 0) / count : 0;
        return {
          value: `${fmt(count)} = ${fmt(weighted)}%`,
          method: "weightedRate",
          units: n,
          note: w.weighted(`${fmt(count)}`),
        };
      }
      const a = pairs.reduce((s, p) => s + p.a, 0);
      const b = pairs.reduce((s, p) => s + p.b, 0);
      return { value: `${fmt(a)}/${fmt(b)}`, method: "sum", units: n };
    }
    case "flag": {
      const yes = contributions.filter((c) => c.value.type === "code" && c.value.code === rule.yes.code).length;
      return { value: w.units(yes, n), method: "countOf", units: n, note: `${rule.yes.label}: ${w.units(yes, n)}` };
    }
    case "passFail":
    case "status": {
      const target = rule.kind === "passFail" ? "Đạt" : "Đúng hạn";
      const k = contributions.filter((c) => c.value.type === "text" && c.value.text === target).length;
      return { value: w.units(k, n), method: "countOf", units: n, note: `${target}: ${w.units(k, n)}` };
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
      };
    }
    case "score":
    case "months": {
      const values = numbers(contributions);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return { value: round2(mean), method: "mean", units: n, note: w.perUnitMean(n) };
    }
    case "date":
    case "text": {
      const lines = contributions.map((c) => `${c.unit}: ${describe(c.value, style, rule)}`);
      return { value: lines.join("\n"), method: "list", units: n };
    }
  }
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
