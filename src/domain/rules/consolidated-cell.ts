import type { Rule, Template } from "../catalog/schema";
import type { RawCell } from "../grid";
import type { CarriedCell, Coverage } from "../layout/carriers";
import { consolidateCell, rateLinks, type Contribution } from "../merge/consolidate";
import type { CellCheck } from "./check-cell";
import { formatNumber, type NumberStyle } from "./text";

/** Numbers that went through a writer and back (LibreOffice keeps 15 digits): equal within a millionth. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const plain = (s: string) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim();

/**
 * The check of a consolidated sheet's cell (DESIGN.md section 7): a consolidation's figures are not a unit's
 * ("7/12 đơn vị" in a flag row, a sum beyond any one unit's range, a weighted rate), so each is checked against the
 * figure recomputed from what the sheet carries of its units, in the language it was written in. A figure edited by
 * hand after the merge no longer matches: an error that says what the figure should be.
 */
export function consolidatedCheck(
  template: Template,
  carried: { coverage: Coverage; cells: ReadonlyMap<string, CarriedCell> },
  style: NumberStyle,
): (ref: string, raw: RawCell, display: string, rule: Rule) => CellCheck {
  const rates = rateLinks(template);
  const units = carried.coverage.leaves.map((l) => l.unit);
  const of = (ref: string): Contribution[] =>
    (carried.cells.get(ref)?.values ?? []).map(([i, value]) => ({ unit: units[i], value }));
  return (ref, raw, display, rule) => {
    const link = rates.get(ref);
    const expected = consolidateCell(rule, of(ref), carried.coverage.locale, {
      total: units.length,
      rate: link && { numerator: of(link.numerator), denominator: of(link.denominator) },
    }).value;
    const shown = raw.value;
    if (expected === null && (shown === null || (typeof shown === "string" && shown.trim() === "")))
      return { issues: [] };
    if (typeof expected === "number" && typeof shown === "number" && same(shown, expected))
      return { value: { type: "number", value: shown }, issues: [] };
    if (typeof expected === "string" && typeof shown === "string" && plain(shown) === plain(expected))
      return { value: { type: "text", text: shown }, issues: [] };
    const want = expected === null ? "" : typeof expected === "number" ? formatNumber(expected, style) : expected;
    return {
      issues: [{ severity: "error", code: "consolidated.mismatch", params: { value: display, expected: want || "—" } }],
    };
  };
}
