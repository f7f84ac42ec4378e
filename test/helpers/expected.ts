import type { Rule } from "../../src/domain/catalog/schema";
import { formatNumberVi } from "../../src/domain/numbers/format";
import type { CellInput } from "./workbooks";

/** What a unit typed into one cell, with the unit's name: `value` undefined when it left the cell empty. */
export interface Typed {
  unit: string;
  value: CellInput | undefined;
}

const BY_NAME = new Intl.Collator("vi", { numeric: true });
const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => round2(xs.reduce((a, b) => a + b, 0) / xs.length);
const fmt = (n: number) => formatNumberVi(round2(n));
const dmy = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
/** "120 = 95%", "12/15" as typed -> the two numbers. */
const pairOf = (v: CellInput | undefined) => {
  const m = /^([\d.]+)\s*[=/]\s*([\d.]+)%?$/.exec(String(v));
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

/**
 * The consolidated figure of one cell as DESIGN.md section 7 defines it, computed here from the values the units
 * typed (valid values only: the tests type valid values, or say which ones they expect left out). Percent cells
 * without a linked basis are an unweighted mean; pairs "n = p%" a weighted rate; flags and Đạt "k/n đơn vị".
 */
export function expectedFigure(rule: Rule, typed: readonly Typed[]): number | string | null {
  // Lines are listed by unit name, numbers in names read as numbers ("xã 2" before "xã 10").
  const given = typed
    .filter((t) => t.value !== undefined && t.value !== null && t.value !== "")
    .sort((a, b) => BY_NAME.compare(a.unit, b.unit));
  if (given.length === 0) return null;
  const nums = given.map((t) => Number(t.value));
  switch (rule.kind) {
    case "count":
    case "money":
      return nums.reduce((a, b) => a + b, 0);
    case "percent":
    case "score":
    case "months":
      return mean(nums);
    case "flag":
      return `${given.filter((t) => t.value === rule.yes.code).length}/${given.length} đơn vị`;
    case "passFail":
      return `${given.filter((t) => t.value === "Đạt").length}/${given.length} đơn vị`;
    case "status":
      return `${given.filter((t) => t.value === "Đúng hạn").length}/${given.length} đơn vị`;
    case "code":
      return rule.codes.map((c) => `${c.label}: ${given.filter((t) => t.value === c.code).length}`).join("; ");
    case "pair": {
      const pairs = given.map((t) => pairOf(t.value)!);
      const a = pairs.reduce((s, p) => s + p[0], 0);
      if (rule.form === "countPercent") return `${fmt(a)} = ${fmt(pairs.reduce((s, p) => s + p[0] * p[1], 0) / a)}%`;
      const b = pairs.reduce((s, p) => s + p[1], 0);
      if (rule.form === "partWholePercent") return `${fmt(a)}/${fmt(b)} = ${fmt((a / b) * 100)}%`;
      return `${fmt(a)}/${fmt(b)}`;
    }
    case "date":
      return given.map((t) => `${t.unit}: ${dmy(t.value as Date)}`).join("\n");
    case "text":
      return given.map((t) => `${t.unit}: ${t.value}`).join("\n");
  }
}
