import type { Template } from "../catalog/schema";
import type { Finding } from "./finding";

/** The empty input cells under one heading of the table: a compact list instead of one finding per cell. */
export interface EmptyGroup {
  /** The heading as printed, STT first ("1. Công tác chỉ đạo điều hành CCHC"); "" for rows under no heading. */
  heading: string;
  /** A1 addresses, in the report's order. */
  cells: string[];
}

type HeadingRow = { key: string; text: string };

/**
 * Which heading each indicator row falls under: the table's top-level rows that have rows below them (the
 * numbered sections of a periodic report, the fields of a PAR Index table); a top-level row without children
 * is under none.
 */
function headingsOf(template: Template): Map<string, HeadingRow | undefined> {
  const rows = template.rows.flatMap((r) => (r.type === "entries" ? [] : [r]));
  const top = Math.min(...rows.map((r) => r.level));
  const out = new Map<string, HeadingRow | undefined>();
  let current: HeadingRow | undefined;
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (r.level === top) {
      current =
        next && next.level > top
          ? { key: r.id ?? `#${i}`, text: [r.stt, r.label].filter(Boolean).join(" ") }
          : undefined;
    }
    // A top-level indicator with rows below it (a PAR Index field) heads its own group.
    if (r.type === "indicator") out.set(r.id, current);
  });
  return out;
}

/**
 * The "completeness.missing" findings of a sheet grouped by the heading their row falls under, headings in the
 * table's order (rows under none last).
 */
export function emptyCellsBySection(template: Template, findings: readonly Finding[]): EmptyGroup[] {
  const headings = headingsOf(template);
  const groups = new Map<string, EmptyGroup>();
  for (const f of findings) {
    if (f.code !== "completeness.missing") continue;
    const heading = headings.get(f.indicator);
    const key = heading?.key ?? "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { heading: heading?.text ?? "", cells: [] }));
    group.cells.push(f.cell);
  }
  const order = [...new Set([...headings.values()].map((h) => h?.key ?? ""))];
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : order.indexOf(a) - order.indexOf(b)))
    .map(([, g]) => g);
}
