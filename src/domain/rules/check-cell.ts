import type { Rule } from "../catalog/schema";
import type { ReadCell } from "../numbers/read-cell";
import type { Severity } from "./finding";
import { PAIR_EXAMPLES, type MessageCode } from "./messages";
import { foldWord, formatNumber, type NumberStyle } from "./text";

/** A value that passed its rule, in the form cross rules and merge use. */
export type TypedValue =
  | { type: "number"; value: number }
  | { type: "code"; code: number | "x" }
  | { type: "pair"; a: number; b: number }
  | { type: "date"; date: Date }
  | { type: "text"; text: string };

export interface CellIssue {
  severity: Severity;
  code: MessageCode;
  params: Record<string, string>;
}

export interface CellCheck {
  /** Present when the cell holds a usable value (possibly with warnings). */
  value?: TypedValue;
  issues: CellIssue[];
}

export interface CellContext {
  /** Months in the reporting period, for "Tháng" rows. */
  months: number;
  style: NumberStyle;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const HINTS: Partial<Record<Rule["kind"], [string, string]>> = {
  count: ["Nhập số nguyên từ 0 trở lên, ví dụ 12.", "Type a whole number from 0, for example 12."],
  money: ["Nhập số tiền bằng đồng, ví dụ 150000000.", "Type the amount in đồng, for example 150000000."],
  percent: ["Nhập tỷ lệ từ 0 đến 100, ví dụ 95,5.", "Type a percentage from 0 to 100, for example 95.5."],
  score: ["Nhập điểm, ví dụ 1,5.", "Type a score, for example 1.5."],
  months: ["Nhập số tháng, ví dụ 6.", "Type a number of months, for example 6."],
};

/** Words officers type instead of codes, by meaning. */
const YES_WORDS = ["co", "yes", "da thuc hien", "da co", "co to chuc", "co xay dung", "hoan thanh", "dat"];
const NO_WORDS = ["khong", "no", "chua", "chua thuc hien", "chua co", "khong to chuc", "khong xay dung"];

/** Checks one input cell against its rule. */
export function checkCell(read: ReadCell, rule: Rule, ctx: CellContext): CellCheck {
  const issues: CellIssue[] = [];
  const r = read.reading;
  const fmt = (n: number) => formatNumber(n, ctx.style);
  const issue = (severity: Severity, code: MessageCode, params: Record<string, string> = {}) =>
    issues.push({ severity, code, params: { value: read.display, ...params } });
  const fail = (code: MessageCode, params: Record<string, string> = {}): CellCheck => {
    issue("error", code, params);
    return { issues };
  };
  const ok = (value: TypedValue): CellCheck => ({ value, issues });
  const notNumber = () => fail("value.notNumber", { hint: (HINTS[rule.kind] ?? ["", ""])[ctx.style === "vi" ? 0 : 1] });

  if (read.externalLink) issue("warning", "value.externalLink");
  if (r.type === "empty") return { issues };
  if (r.type === "error") return fail("value.excelError");
  if (r.type === "number" && r.ambiguous) issue("warning", "value.ambiguous", { read: fmt(r.value) });

  switch (rule.kind) {
    case "count":
    case "money": {
      if (r.type !== "number") return notNumber();
      if (r.value < 0) return fail(rule.kind === "count" ? "count.negative" : "money.negative");
      if (rule.kind === "count" && !Number.isInteger(r.value))
        return fail("count.fraction", { rounded: fmt(Math.round(r.value)) });
      return ok({ type: "number", value: r.value });
    }
    case "percent": {
      if (r.type === "fraction" || r.type === "fractionPercent") {
        // The two counts typed in the order the label prints them; a share above 100% means the other order.
        let [part, whole] = rule.order === "wholePart" ? [r.whole, r.part] : [r.part, r.whole];
        if (part > whole) [part, whole] = [whole, part];
        if (whole <= 0) return notNumber();
        const percent = fmt(round2((part / whole) * 100));
        return fail("percent.fraction", { percent, part: fmt(part), whole: fmt(whole) });
      }
      if (r.type === "countPercent")
        return fail("percent.countPercent", { percent: fmt(r.percent), count: fmt(r.count) });
      if (r.type !== "number") return notNumber();
      if (r.value < 0 || r.value > 100) return fail("percent.range");
      // 0.95 typed in a cell without a % format: probably meant 95 %, but 0.95 % is possible.
      if (r.value > 0 && r.value < 1 && !r.percentSign && !r.scaledFromPercentFormat)
        issue("warning", "percent.unitFraction", { percent: fmt(round2(r.value * 100)) });
      return ok({ type: "number", value: r.value });
    }
    case "flag":
    case "code": {
      const entries = rule.kind === "flag" ? [rule.yes, rule.no] : rule.codes;
      const legend = entries.map((e) => `${e.label} = ${e.code}`).join("; ");
      const hit = entries.find((e) =>
        r.type === "number" ? e.code === r.value : r.type === "text" && String(e.code) === r.text.toLowerCase(),
      );
      if (hit) return ok({ type: "code", code: hit.code });
      if (r.type === "text" || r.type === "boolean") {
        const word = r.type === "boolean" ? (r.value ? "yes" : "no") : foldWord(r.text);
        const byLabel = entries.find((e) => foldWord(e.label) === word);
        const byMeaning =
          rule.kind === "flag"
            ? YES_WORDS.includes(word)
              ? rule.yes
              : NO_WORDS.includes(word)
                ? rule.no
                : undefined
            : undefined;
        const meant = byLabel ?? byMeaning;
        if (meant) return fail("code.word", { code: String(meant.code), legend });
      }
      return fail("code.invalid", { legend });
    }
    case "passFail":
    case "status": {
      const word = r.type === "text" ? foldWord(r.text) : "";
      const options = rule.kind === "passFail" ? ["dat", "khong dat"] : ["dung han", "qua han"];
      const canonical = rule.kind === "passFail" ? ["Đạt", "Không đạt"] : ["Đúng hạn", "Quá hạn"];
      const i = options.indexOf(word);
      if (i < 0) return fail(rule.kind === "passFail" ? "passFail.invalid" : "status.invalid");
      return ok({ type: "text", text: canonical[i] });
    }
    case "score": {
      if (r.type !== "number") return notNumber();
      if (r.value < 0 || r.value > rule.max + 1e-9) return fail("score.range", { max: fmt(rule.max) });
      if (Math.abs(r.value - round2(r.value)) > 1e-9)
        issue("warning", "score.decimals", { rounded: fmt(round2(r.value)) });
      return ok({ type: "number", value: r.value });
    }
    case "months": {
      if (r.type !== "number") return notNumber();
      if (!Number.isInteger(r.value) || r.value < 0 || r.value > ctx.months)
        return fail("months.range", { max: String(ctx.months) });
      return ok({ type: "number", value: r.value });
    }
    case "pair": {
      const example = PAIR_EXAMPLES[rule.form][ctx.style];
      if (rule.form === "countPercent") {
        if (r.type !== "countPercent") return fail("pair.invalid", { example });
        if (r.percent < 0 || r.percent > 100) return fail("pair.percentRange", { percent: fmt(r.percent) });
        return ok({ type: "pair", a: r.count, b: r.percent });
      }
      const ordered = rule.form === "partWhole" || rule.form === "partWholePercent";
      // "12/15 = 80%" in a part/whole cell: the percentage is checked against the counts; ratios and
      // unordered counts have no percentage to state.
      if (r.type !== "fraction" && !(ordered && r.type === "fractionPercent")) return fail("pair.invalid", { example });
      if (ordered && r.part > r.whole) return fail("pair.partExceedsWhole", { part: fmt(r.part), whole: fmt(r.whole) });
      if (r.type === "fractionPercent" && r.whole > 0) {
        const expected = (r.part / r.whole) * 100;
        if (Math.abs(expected - r.percent) > 0.5)
          issue("warning", "pair.percentMismatch", {
            percent: fmt(r.percent),
            part: fmt(r.part),
            whole: fmt(r.whole),
            expected: fmt(round2(expected)),
          });
      }
      return ok({ type: "pair", a: r.part, b: r.whole });
    }
    case "date":
      if (r.type !== "date") return fail("date.invalid");
      return ok({ type: "date", date: r.date });
    case "text": {
      const text = read.display.trim();
      return text ? { value: { type: "text", text }, issues } : { issues };
    }
  }
}
