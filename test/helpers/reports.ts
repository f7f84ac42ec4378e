import { catalog } from "../../src/domain/catalog";
import type { Rule, Template } from "../../src/domain/catalog/schema";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { lcg } from "./receive";
import type { CellInput } from "./workbooks";

/** A value a unit could type for a rule, valid on its own. */
function randomValue(rule: Rule, rnd: () => number, months: number, seed: number): CellInput {
  const int = (n: number) => Math.floor(rnd() * n);
  switch (rule.kind) {
    case "count":
      return int(50);
    case "money":
      return int(1e9);
    case "percent":
      return Math.round(rnd() * 1000) / 10;
    case "flag":
      return rnd() < 0.5 ? rule.yes.code : rule.no.code;
    case "code":
      return rule.codes[int(rule.codes.length)].code;
    case "passFail":
      return rnd() < 0.6 ? "Đạt" : "Không đạt";
    case "status":
      return rnd() < 0.7 ? "Đúng hạn" : "Quá hạn";
    case "score":
      return Math.round(rnd() * rule.max * 100) / 100;
    case "months":
      return int(months + 1);
    case "pair": {
      const whole = 1 + int(400);
      if (rule.form === "countPercent") return `${whole} = ${Math.round(rnd() * 1000) / 10}%`;
      const ordered = rule.form === "partWhole" || rule.form === "partWholePercent";
      return `${ordered ? int(whole + 1) : int(500)}/${whole}`;
    }
    case "date":
      return new Date(Date.UTC(2024, int(12), 1 + int(28)));
    case "text":
      return `Nội dung ${seed}.${int(1000)}`;
  }
}

/**
 * Random but valid values for the input cells of a template, by ref: some cells left empty as in real reports,
 * and the template's error-level cross rules respected (parts within their total, done within planned), so that
 * every value typed counts. Deterministic for a seed.
 */
export function randomReport(templateId: string, seed: number, months = 12): Record<string, CellInput> {
  return randomValues(catalog().get(templateId)!.template, seed, months);
}

/** The same for any template, a user's definition too. */
export function randomValues(t: Template, seed: number, months = 12): Record<string, CellInput> {
  const rnd = lcg(seed);
  const values: Record<string, CellInput> = {};
  for (const i of buildLayout(t, { unit: "", period: "" }).inputs) {
    if (i.optional || rnd() < 0.15) continue;
    values[i.ref] = randomValue(i.rule, rnd, months, seed);
  }
  const valueCols = t.columns.filter((c) => c.role === "value").map((c) => c.key);
  const at = (ref: string, col: string) => (ref.includes("@") ? ref : `${ref}@${col}`);
  const num = (ref: string) => (typeof values[ref] === "number" ? (values[ref] as number) : undefined);
  for (let pass = 0, changed = true; changed && pass < 20; pass++) {
    changed = false;
    const raise = (ref: string, to: number) => {
      if (num(ref) !== undefined && num(ref)! < to) {
        values[ref] = to;
        changed = true;
      }
    };
    for (const r of t.crossRules)
      for (const col of valueCols) {
        if (r.type === "partsOfTotal")
          raise(
            at(r.total, col),
            r.parts.reduce((s, p) => s + (num(at(p, col)) ?? 0), 0),
          );
        if (r.type === "notGreater" && r.severity === "error") raise(at(r.greater, col), num(at(r.lesser, col)) ?? 0);
      }
  }
  return values;
}
