import type { RawCell } from "../grid";
import type { RuleKind } from "../catalog/schema";
import { excelSerialToDate, parseDateText, utcMidnight } from "./dates";
import { formatDateVi, formatNumberPlainVi, roundNoise } from "./format";
import { normalizeCellText, parseNumberText } from "./parse-number";

/**
 * One raw cell read for the rule of its input cell (DESIGN.md section 5): numbers typed as text are read the
 * Vietnamese way, and every reading that had another plausible one says so.
 */

export type CellReading =
  | { type: "empty" }
  /** A number. `fromText` holds the typed text when the value came from text; `ambiguous` when the text
   *  had another plausible reading (shown to the user as a warning: "đọc «1.500» là 1500"); `percentSign`
   *  when that text ended with "%" (value 95 for "95%"). */
  | {
      type: "number";
      value: number;
      fromText?: string;
      ambiguous?: boolean;
      percentSign?: boolean;
      scaledFromPercentFormat?: boolean;
    }
  /** "149/149", "12 / 15": two numbers separated by "/". `ambiguous` as for numbers ("1,234/2,000"). */
  | { type: "fraction"; part: number; whole: number; text: string; ambiguous?: boolean }
  /** "120 = 95%", "120 hồ sơ = 95,5 %", "120=95%": a count and a percent. `ambiguous` as for numbers. */
  | { type: "countPercent"; count: number; percent: number; text: string; ambiguous?: boolean }
  /** "12/15 = 80%", "12/15 = 80": two counts and the percentage they make. `ambiguous` as for numbers. */
  | { type: "fractionPercent"; part: number; whole: number; percent: number; text: string; ambiguous?: boolean }
  | { type: "date"; date: Date /* UTC midnight */; fromText?: string }
  | { type: "text"; text: string /* trimmed, NFC */ }
  /** An Excel error value (#DIV/0!, #REF!, #N/A, #VALUE!, #NAME?, #NUM!, #NULL!) held by the cell or its formula. */
  | { type: "error"; error: string }
  | { type: "boolean"; value: boolean };

export interface ReadCell {
  reading: CellReading;
  /** The cell's formula text, when it has one (its cached value is what `reading` reads). */
  formula?: string;
  /** The formula refers to another workbook ("[Book1.xlsx]Sheet1!A1", "'C:\\path\\[x.xlsx]S'!A1"). */
  externalLink?: boolean;
  /** The raw value as the user would see it, for messages ("149/149", "95%", "1.234"). */
  display: string;
}

/** Excel's error values, including the dynamic-array era ones, as they appear when typed or cached. */
const EXCEL_ERRORS = new Set([
  "#DIV/0!",
  "#REF!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#BUSY!",
  "#GETTING_DATA",
]);

const INTEGER_KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>(["count", "months", "flag", "code"]);
/** Kinds whose cells hold a percent: a "%" number format means Excel stored 0.95 for 95%. */
const PERCENT_KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>(["percent", "pair"]);
/** Code kinds: "2 cấp" may be the label of code 1, so a number followed by words is not read as a code. */
const CODE_KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>(["flag", "code"]);

/** The number format shows a percent: a "%" outside quoted literals and backslash escapes. */
function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%");
}

/**
 * A reference into another workbook: "[Book2.xlsx]Sheet1!A1" (or "[1]Sheet1!A1" as stored in the file),
 * "'C:\dir\[x.xlsx]S'!A1", "'https://…/[x.xlsx]S'!A1". String literals are dropped first so that
 * HYPERLINK("http://…") is not one; structured references ("Table1[Col]") have no "!" after the bracket.
 */
function isExternalLink(formula: string): boolean {
  const f = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return (
    /'[^']*\[[^\]]+\][^']*'!/.test(f) ||
    /\[[^\]]+\][^\s!'"()[\],;:+\-*/^&=<>]*!/.test(f) ||
    /'(?:[A-Za-z]:\\|\\\\|https?:\/\/)[^']*'!/i.test(f)
  );
}

function numberDisplay(value: number, percentFormat: boolean): string {
  return percentFormat ? `${formatNumberPlainVi(value * 100)}%` : formatNumberPlainVi(value);
}

function readNumber(value: number, raw: RawCell, kind: RuleKind): { reading: CellReading; display: string } {
  if (!Number.isFinite(value)) return { reading: { type: "error", error: "#NUM!" }, display: "#NUM!" };
  const percentFormat = isPercentFormat(raw.numFmt);
  if (kind === "date") {
    const date = excelSerialToDate(value);
    if (date) return { reading: { type: "date", date }, display: formatDateVi(date) };
  }
  if (percentFormat && PERCENT_KINDS.has(kind)) {
    return {
      reading: { type: "number", value: roundNoise(value * 100), scaledFromPercentFormat: true },
      display: numberDisplay(value, true),
    };
  }
  return { reading: { type: "number", value }, display: numberDisplay(value, percentFormat) };
}

function readText(raw: string, kind: RuleKind): CellReading {
  const text = normalizeCellText(raw);
  if (text === "") return { type: "empty" };
  if (EXCEL_ERRORS.has(text.toUpperCase())) return { type: "error", error: text.toUpperCase() };
  // Free text is never reinterpreted: "15/2024" there is a document number, not a fraction.
  if (kind === "text") return { type: "text", text };

  if (kind === "date") {
    const d = parseDateText(text);
    if (d === "impossible") return { type: "text", text };
    if (d) return { type: "date", date: d.date, fromText: text };
  }

  const expect = INTEGER_KINDS.has(kind) ? "integer" : "decimal";
  const plain = parseNumberText(text, expect);
  if (plain) {
    if (plain.unit !== undefined && CODE_KINDS.has(kind)) return { type: "text", text };
    const reading: CellReading = { type: "number", value: plain.value, fromText: text };
    if (plain.ambiguous) reading.ambiguous = true;
    if (plain.percentSign) reading.percentSign = true;
    return reading;
  }

  const eq = text.split("=");
  if (eq.length === 2) {
    const counts = fractionOf(eq[0]);
    const share = parseNumberText(eq[1], "decimal");
    if (counts && share) {
      const reading: CellReading = { type: "fractionPercent", ...counts, percent: share.value, text };
      if (counts.ambiguous || share.ambiguous) reading.ambiguous = true;
      return reading;
    }
    const count = parseNumberText(eq[0], "integer");
    const percent = parseNumberText(eq[1], "decimal");
    if (count && !count.percentSign && percent?.percentSign) {
      const reading: CellReading = { type: "countPercent", count: count.value, percent: percent.value, text };
      if (count.ambiguous || percent.ambiguous) reading.ambiguous = true;
      return reading;
    }
  }

  const fraction = fractionOf(text);
  if (fraction) return { type: "fraction", ...fraction, text };

  return { type: "text", text };
}

/** "149/149", "12 / 15": two whole numbers around one "/" ("a/b/c" is a date or a document number). */
function fractionOf(text: string): { part: number; whole: number; ambiguous?: true } | undefined {
  const slash = text.split("/");
  if (slash.length !== 2) return undefined;
  const part = parseNumberText(slash[0], "integer");
  const whole = parseNumberText(slash[1], "integer");
  if (!part || !whole || part.percentSign || whole.percentSign) return undefined;
  return { part: part.value, whole: whole.value, ...(part.ambiguous || whole.ambiguous ? { ambiguous: true } : {}) };
}

function readValue(raw: RawCell, kind: RuleKind): { reading: CellReading; display: string } {
  if (raw.error !== undefined && raw.error !== "") {
    return { reading: { type: "error", error: raw.error }, display: raw.error };
  }
  const value: unknown = raw.value;
  if (value === null || value === undefined) return { reading: { type: "empty" }, display: "" };
  if (typeof value === "boolean") return { reading: { type: "boolean", value }, display: value ? "TRUE" : "FALSE" };
  if (typeof value === "number") return readNumber(value, raw, kind);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { reading: { type: "text", text: "" }, display: "" };
    const date = utcMidnight(value);
    return { reading: { type: "date", date }, display: formatDateVi(date) };
  }
  const reading = readText(typeof value === "string" ? value : String(value), kind);
  switch (reading.type) {
    case "empty":
      return { reading, display: "" };
    case "number":
      return { reading, display: reading.fromText ?? formatNumberPlainVi(reading.value) };
    case "date":
      return { reading, display: reading.fromText ?? formatDateVi(reading.date) };
    case "error":
      return { reading, display: reading.error };
    case "boolean":
      return { reading, display: String(reading.value) };
    default:
      return { reading, display: reading.text };
  }
}

/** Reads a raw cell for an input cell whose rule is of `kind`. Never throws. */
export function readCell(raw: RawCell, kind: RuleKind): ReadCell {
  let result: { reading: CellReading; display: string };
  try {
    result = readValue(raw, kind);
  } catch {
    // Only a value outside RawCell's type (an object whose toString throws) gets here.
    result = { reading: { type: "text", text: "" }, display: "" };
  }
  const out: ReadCell = { reading: result.reading, display: result.display };
  if (raw.formula !== undefined && raw.formula !== "") {
    out.formula = raw.formula;
    if (isExternalLink(raw.formula)) out.externalLink = true;
  }
  return out;
}
