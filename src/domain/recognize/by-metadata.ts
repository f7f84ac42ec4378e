import type { Template } from "../catalog/schema";
import { COLUMN_KEYS_TAG, ID_COLUMN } from "../layout/identity";
import { matchHeaders } from "./headers";
import { hasInput, inputColumns, labelColumnOf, missingIndicators, rowLabel, type Placement } from "./placement";
import type { SheetText } from "./sheet-text";

type RowKind =
  | { kind: "indicator"; id: string }
  | { kind: "entry"; id: string; block: string }
  | { kind: "section" }
  | { kind: "none" };

/**
 * An injected sheet: every row says which indicator it is in the hidden id column, and the hidden key row says
 * which column is which, so rows and columns are found wherever the user moved them. Rows the user added
 * carry no id: inside (or right below) a block of entries they are more entries; elsewhere, when they hold a
 * value, they are reported as unplaced.
 */
export function placeByMetadata(sheet: SheetText, template: Template): Placement {
  // Ids and column keys are kept as the template's own strings, not the sheet's copies: a merge keeps the
  // recognitions of thousands of sheets.
  const indicators = new Map<string, string>();
  const blocks = new Set<string>();
  const sections = new Set<string>();
  for (const r of template.rows) {
    if (r.type === "indicator") indicators.set(r.id, r.id);
    else if (r.type === "entries") blocks.add(r.id);
    else sections.add(`#${r.id ?? ""}`);
  }
  const kindOf = (row: number): RowKind => {
    const id = sheet.text(row, ID_COLUMN);
    if (!id) return { kind: "none" };
    const own = indicators.get(id);
    if (own !== undefined) return { kind: "indicator", id: own };
    const entry = /^(.+)\.(\d+)$/.exec(id);
    if (entry && blocks.has(entry[1]) && Number(entry[2]) >= 1) return { kind: "entry", id, block: entry[1] };
    if (sections.has(id)) return { kind: "section" };
    return { kind: "none" };
  };

  const rows = new Map<string, number>();
  const copies = new Map<string, number[]>();
  const extras = new Map<number, string>();
  const nonBlank = (row: number) => !sheet.blankRow(row, new Set([ID_COLUMN]));
  let keyRow: number | undefined;
  let first: number | undefined;
  let last: number | undefined;
  // The block of entries being read, and rows without id below its last id row that wait for a later id of
  // the same block (then they are inside it) or are dropped at the next section.
  let block: { id: string; gap: boolean; pending: number[] } | undefined;

  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.text(r, ID_COLUMN) === COLUMN_KEYS_TAG) {
      keyRow ??= r;
      continue;
    }
    const k = kindOf(r);
    if (k.kind === "none") {
      if (block && nonBlank(r)) {
        if (block.gap) block.pending.push(r);
        else {
          extras.set(r, block.id);
          last = r;
        }
      } else if (block) block.gap = true;
      continue;
    }
    first ??= r;
    last = r;
    if (k.kind === "section") {
      block = undefined;
      continue;
    }
    if (k.kind === "entry") {
      if (block && block.id === k.block) for (const p of block.pending) extras.set(p, k.block);
      block = { id: k.block, gap: false, pending: [] };
    } else block = undefined;
    if (rows.has(k.id)) copies.set(k.id, [...(copies.get(k.id) ?? [rows.get(k.id)!]), r]);
    else rows.set(k.id, r);
  }
  for (const [r, blockId] of [...extras].sort((a, b) => a[0] - b[0])) rows.set(`${blockId}.r${r}`, r);

  const body = { firstRow: first ?? 0, lastRow: last ?? 0 };
  const columns = new Map<string, number>();
  if (keyRow !== undefined) {
    const keys = new Map(template.columns.map((c) => [c.key, c.key]));
    for (let c = ID_COLUMN + 1; c <= sheet.colCount; c++) {
      const key = keys.get(sheet.text(keyRow, c));
      if (key !== undefined && !columns.has(key)) columns.set(key, c);
    }
  } else if (first !== undefined) {
    // The key row was deleted: fall back to the printed headers.
    for (const [k, c] of matchHeaders(sheet, template, first).columns) columns.set(k, c);
  }

  const inputs = inputColumns(sheet, template, columns, ID_COLUMN);
  const labelCol = labelColumnOf(template, columns);
  const unplaced: Placement["unplaced"] = [];
  for (let r = body.firstRow; first !== undefined && r <= body.lastRow; r++)
    if (kindOf(r).kind === "none" && !extras.has(r) && hasInput(sheet, r, inputs))
      unplaced.push({ row: r, label: rowLabel(sheet, r, labelCol, ID_COLUMN + 1) });

  return {
    rows,
    columns,
    unplaced,
    missing: missingIndicators(template, rows),
    duplicates: [...copies].map(([id, at]) => ({ id, rows: at })),
    body,
    titleEnd: (keyRow ?? first ?? 1) - 1,
  };
}
