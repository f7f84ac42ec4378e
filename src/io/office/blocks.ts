import type { CellRange } from "../../domain/layout/model";

/**
 * Grouping of cells into few rectangles, so that a property shared by many cells (a style, a validation rule,
 * "unlocked") costs one Office.js command per rectangle rather than one per cell.
 */
export function rectangles(cells: readonly { row: number; col: number }[]): CellRange[] {
  // Vertical runs per column, then runs with the same rows in adjacent columns side by side.
  const colsByRun = new Map<string, number[]>();
  for (const [col, group] of groupBy(cells, (c) => String(c.col))) {
    const sorted = [...new Set(group.map((c) => c.row))].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      const key = `${sorted[i]}:${sorted[j]}`;
      const cols = colsByRun.get(key);
      if (cols) cols.push(Number(col));
      else colsByRun.set(key, [Number(col)]);
      i = j + 1;
    }
  }
  const out: CellRange[] = [];
  for (const [key, cols] of colsByRun) {
    const [top, bottom] = key.split(":").map(Number);
    cols.sort((a, b) => a - b);
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      out.push({ top, left: cols[i], bottom, right: cols[j] });
      i = j + 1;
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Consecutive numbers grouped into runs sharing one value: rows of equal height, hidden rows. */
export function runs<T>(items: readonly { at: number; value: T }[]): { from: number; to: number; value: T }[] {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const out: { from: number; to: number; value: T }[] = [];
  for (const { at, value } of sorted) {
    const last = out[out.length - 1];
    if (last && last.to === at - 1 && last.value === value) last.to = at;
    else out.push({ from: at, to: at, value });
  }
  return out;
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
