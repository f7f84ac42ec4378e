import { foldWord } from "../text/fold";

/**
 * Number text as Vietnamese officers type it. Vietnamese writes "." (or a space) between thousands and "," before
 * decimals, but many files follow the English convention; DESIGN.md section 5: parse conservatively, and flag
 * any reading that had another plausible one instead of guessing silently.
 */

export interface ParsedNumber {
  value: number;
  /** The text had another plausible reading ("1.500": 1500 or 1,5?); the caller shows how it was read. */
  ambiguous: boolean;
  /** The text ended with "%": `value` is the number before it (95 for "95%"). */
  percentSign: boolean;
  /** The trailing unit word that was ignored ("điểm" in "79,53 điểm"), when there was one. */
  unit?: string;
}

/** Trimmed, NFC, inner whitespace (including U+00A0 and other Unicode spaces) collapsed to one space. */
export function normalizeCellText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u200B-\u200D\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Unit words that scale the number ("1,5 triệu" is 1 500 000): ignoring them would silently misread the value,
 * so text carrying one is not a number. Compared without diacritics.
 */
const MULTIPLIER_WORDS = new Set(["trieu", "tr", "ty", "ti", "nghin", "ngan", "tram", "van", "k", "m", "b"]);

type Expect = "integer" | "decimal";

/** First group of a thousands grouping: 1-3 digits, and not a leading zero ("0.500" is a decimal). */
const leadGroup = (g: string) => /^[1-9]\d{0,2}$/.test(g);

function decimal(intDigits: string, fracDigits: string): number {
  return Number(`${intDigits || "0"}.${fracDigits}`);
}

/** Digits with ".", "," or single-space separators, no sign: the value and whether it was ambiguous. */
function parseDigits(s: string, expect: Expect): { value: number; ambiguous: boolean } | undefined {
  if (!/^[\d., ]+$/.test(s) || !/\d/.test(s)) return undefined;
  if (/^\d+$/.test(s)) return { value: Number(s), ambiguous: false };

  // Spaces only ever group thousands ("1 234 567"); a "." or "," after the groups is then the decimal mark.
  if (s.includes(" ")) {
    const m = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(s);
    if (!m || !leadGroup(m[1].split(" ")[0])) return undefined;
    const int = m[1].replace(/ /g, "");
    return { value: m[2] === undefined ? Number(int) : decimal(int, m[2]), ambiguous: false };
  }

  const hasDot = s.includes(".");
  const hasComma = s.includes(",");

  // Both marks: the last one is the decimal mark and the other must group thousands before it.
  if (hasDot && hasComma) {
    const decMark = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const groupMark = decMark === "." ? "," : ".";
    const parts = s.split(decMark);
    if (parts.length !== 2 || !/^\d+$/.test(parts[1])) return undefined;
    const groups = parts[0].split(groupMark);
    if (!leadGroup(groups[0]) || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return undefined;
    return { value: decimal(groups.join(""), parts[1]), ambiguous: false };
  }

  const mark = hasDot ? "." : ",";
  const parts = s.split(mark);
  if (parts.some((p, i) => p === "" && !(i === 0 && parts.length === 2))) return undefined;

  if (parts.length > 2) {
    // "1.234.567" / "1,234,567": a repeated mark can only group thousands.
    if (!leadGroup(parts[0]) || !parts.slice(1).every((g) => /^\d{3}$/.test(g))) return undefined;
    return { value: Number(parts.join("")), ambiguous: false };
  }

  const [int, frac] = parts;
  const groupShaped = leadGroup(int) && frac.length === 3;
  if (!groupShaped) return { value: decimal(int, frac), ambiguous: false };
  const asThousands = Number(int + frac);
  const asDecimal = decimal(int, frac);
  if (mark === ".") {
    // Vietnamese thousands; in a decimal field "1.500" could also be an English 1.5 written to 3 places.
    return expect === "integer" ? { value: asThousands, ambiguous: false } : { value: asThousands, ambiguous: true };
  }
  // "1,234": an English thousands group or a Vietnamese decimal; the field's kind picks, the user is told.
  return expect === "integer" ? { value: asThousands, ambiguous: true } : { value: asDecimal, ambiguous: true };
}

/**
 * Vietnamese-aware number text: "1.234" "1 234" "1.234.567" "75,07" "1.234,5" "1,234.5" "12.5" "95%" "95,5 %"
 * "79,53 điểm" (a trailing unit word is ignored), "-3", "+3"; undefined when the text is not one number.
 */
export function parseNumberText(text: string, expect: "integer" | "decimal"): ParsedNumber | undefined {
  let t = normalizeCellText(text);
  let negative = false;
  const sign = /^([+\-\u2212]) ?/.exec(t);
  if (sign) {
    negative = sign[1] !== "+";
    t = t.slice(sign[0].length);
  }

  let percentSign = false;
  let unit: string | undefined;
  if (t.endsWith("%")) {
    percentSign = true;
    t = t.slice(0, -1).trimEnd();
  } else {
    // A unit after a space ("79,53 điểm", "120 hồ sơ"), or a currency sign written against the number ("500.000đ").
    const m = /^(.*\d) ((?:[\p{L}\p{M}₫]+)(?: [\p{L}\p{M}₫]+)*)$/u.exec(t) ?? /^(.*\d)(đ|₫)$/u.exec(t);
    if (m) {
      if (m[2].split(" ").some((w) => MULTIPLIER_WORDS.has(foldWord(w)))) return undefined;
      t = m[1];
      unit = m[2];
    }
  }

  const digits = parseDigits(t, expect);
  if (!digits) return undefined;
  const value = negative && digits.value !== 0 ? -digits.value : digits.value;
  const result: ParsedNumber = { value, ambiguous: digits.ambiguous, percentSign };
  if (unit !== undefined) result.unit = unit;
  return result;
}
