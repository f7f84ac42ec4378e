import type { TypedValue } from "../rules/check-cell";
import { EXCEL_LIMITS } from "./excel-limits";

/**
 * The carriers of a consolidation (DESIGN.md section 7, "A consolidation goes up"): a consolidated sheet says that it
 * is one, which units it covers (each with the consolidations it came through, so that a chain of any depth keeps
 * every leaf unit), and, per input cell, the valid values of every leaf unit and the values left out. From these the
 * next level recomputes every aggregate exactly (sums, numerators and denominators, k and n, counts per code, sums
 * and counts of means, the "Unit: text" lines) and can count a unit once when it arrives twice.
 *
 * They live in the sheet itself, hidden, so that they travel with it through Excel, LibreOffice and our own writer:
 * a tag in the hidden id column, hidden columns right of the table whose key-row cell names the template column they
 * carry (one cell per indicator row, JSON), and a hidden row below the table with the coverage (JSON). Text longer
 * than a cell holds continues in the next cells ("#2", "#3" ... columns; the row's next columns).
 */

/** In the hidden id column: the sheet is a consolidation, in this version of the format. */
export const CONSOLIDATION_TAG = "cchc-consolidation:1";
/** On the hidden key row: a carrier column of a template column ("cchc-carrier:y2019", "cchc-carrier:y2019#2"). */
export const CARRIER_TAG = "cchc-carrier:";
/** In the hidden id column: the row holding the coverage. */
export const COVERAGE_TAG = "cchc-covers";
/**
 * In row 1, right of the title, hidden: a merge's own plain sheets (Chi tiết, Nguồn, Kiểm tra), which hold a
 * consolidation's figures again and must not be read as reports of their own.
 */
export const OUTPUT_TAG = "cchc-output:";
/** Characters per carrier cell: below Excel's limit, whatever an adapter adds. */
export const CHUNK = EXCEL_LIMITS.cellChars - 767;

/** A unit a consolidation covers. */
export interface CarriedLeaf {
  unit: string;
  file: string;
  sheet: string;
  period: string;
  /** The consolidations between this unit and the sheet that carries it, nearest the unit first. */
  via: string[];
  errors: number;
  warnings: number;
}

export interface Coverage {
  /** The consolidating unit. */
  unit: string;
  period: string;
  /** The language the figures were written in (their text is recomputed in it). */
  locale: "vi" | "en";
  leaves: CarriedLeaf[];
}

/** One input cell's carrier: the leaves' valid values and the values left out. */
export interface CarriedCell {
  values: [leaf: number, value: TypedValue][];
  excluded: [leaf: number, cell: string, value: string, reason: string][];
}

type Encoded = number | string | { c: number | "x" } | { a: number; b: number } | { d: string };

function encodeValue(v: TypedValue): Encoded {
  switch (v.type) {
    case "number":
      return v.value;
    case "text":
      return v.text;
    case "code":
      return { c: v.code };
    case "pair":
      return { a: v.a, b: v.b };
    case "date":
      return { d: v.date.toISOString() };
  }
}

function decodeValue(e: unknown): TypedValue {
  if (typeof e === "number" && Number.isFinite(e)) return { type: "number", value: e };
  if (typeof e === "string") return { type: "text", text: e };
  if (e && typeof e === "object") {
    const o = e as Record<string, unknown>;
    if (typeof o.c === "number" || o.c === "x") return { type: "code", code: o.c };
    if (typeof o.a === "number" && typeof o.b === "number") return { type: "pair", a: o.a, b: o.b };
    if (typeof o.d === "string" && !Number.isNaN(Date.parse(o.d))) return { type: "date", date: new Date(o.d) };
  }
  throw new CarrierError("value");
}

/** A carrier that cannot be read back: edited, cut or from a newer format. */
export class CarrierError extends Error {
  constructor(what: string) {
    super(`consolidation carrier: bad ${what}`);
  }
}

/** Text split into chunks that each fit a cell. */
export function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out.length > 0 ? out : [""];
}

export function encodeCoverage(c: Coverage): string {
  return JSON.stringify({
    unit: c.unit,
    period: c.period,
    locale: c.locale,
    leaves: c.leaves.map((l) => [l.unit, l.file, l.sheet, l.period, l.via, l.errors, l.warnings]),
  });
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

export function decodeCoverage(text: string): Coverage {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new CarrierError("coverage");
  }
  if (typeof o?.unit !== "string" || typeof o.period !== "string" || !Array.isArray(o.leaves))
    throw new CarrierError("coverage");
  const leaves = o.leaves.map((l: unknown): CarriedLeaf => {
    if (!Array.isArray(l) || l.length !== 7) throw new CarrierError("leaf");
    const [unit, file, sheet, period, via, errors, warnings] = l as unknown[];
    if (![unit, file, sheet, period].every((x) => typeof x === "string") || !isStrings(via))
      throw new CarrierError("leaf");
    if (typeof errors !== "number" || typeof warnings !== "number") throw new CarrierError("leaf");
    return { unit, file, sheet, period, via, errors, warnings } as CarriedLeaf;
  });
  return { unit: o.unit, period: o.period, locale: o.locale === "en" ? "en" : "vi", leaves };
}

export function encodeCell(c: CarriedCell): string {
  return JSON.stringify([c.values.map(([i, v]) => [i, encodeValue(v)]), c.excluded]);
}

/** A cell's carrier; `leaves` bounds the leaf indexes it may name. */
export function decodeCell(text: string, leaves: number): CarriedCell {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    throw new CarrierError("cell");
  }
  if (!Array.isArray(o) || o.length !== 2 || !Array.isArray(o[0]) || !Array.isArray(o[1]))
    throw new CarrierError("cell");
  const leaf = (i: unknown) => {
    if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= leaves) throw new CarrierError("leaf index");
    return i;
  };
  const values = (o[0] as unknown[]).map((p): [number, TypedValue] => {
    if (!Array.isArray(p) || p.length !== 2) throw new CarrierError("cell");
    return [leaf(p[0]), decodeValue(p[1])];
  });
  const excluded = (o[1] as unknown[]).map((p): CarriedCell["excluded"][number] => {
    if (!Array.isArray(p) || p.length !== 4 || !p.slice(1).every((x) => typeof x === "string"))
      throw new CarrierError("cell");
    return [leaf(p[0]), p[1], p[2], p[3]];
  });
  return { values, excluded };
}
