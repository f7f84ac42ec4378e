import type { CatalogIndex, TemplateIndex } from "./catalog-index";
import { matchHeaders, type HeaderMatch } from "./headers";
import { hasInput, inputColumns, missingIndicators, rowLabel, type Placement } from "./placement";
import type { SheetText } from "./sheet-text";

/** A label equal after normalisation is a match; equal only without its parentheses, half a match. */
const EXACT = 1;
const LOOSE = 0.5;
/** At least this many indicators, and this share of the template's, must be found (DESIGN.md section 6). */
const MIN_MATCHED = 3;
const MIN_SHARE = 0.4;
/**
 * Headers and title only break ties between templates whose rows match equally: together they stay below
 * half a row. Per header cell that names a column of the template (less one per header cell that names
 * none), per title line of the template found, and once when the sheet has exactly the template's columns.
 */
const HEADER_BONUS = 0.01;
const COMPLETE_BONUS = 0.1;
const TITLE_BONUS = 0.05;
/**
 * Sheet rows aligned to one template, at most: twice its labelled rows and a margin. A filled appendix names
 * each label about once; a sheet that repeats them thousands of times would make the alignment table (rows x
 * template rows) cost tens of megabytes and seconds, per template that shares the labels.
 */
const alignedRowsFor = (ti: TemplateIndex) => 2 * ti.labelled.length + 50;

interface Candidate {
  /** Position in TemplateIndex.labelled. */
  pos: number;
  weight: number;
}

interface Alignment {
  ti: TemplateIndex;
  labelCol: number;
  /** sheet row -> position in labelled, with the weight of the match. */
  matched: Map<number, Candidate>;
  score: number;
  header: HeaderMatch;
  firstRow: number;
  total: number;
}

/** Keys of a sheet cell that name rows of a template: exact, else loose (when unique in the template). */
function candidatesOf(ti: TemplateIndex, norm: string, loose: string, sectionsOnly: boolean): Candidate[] {
  const ok = (pos: number) => !sectionsOnly || ti.labelled[pos].row.type === "section";
  const exact = ti.byKey.get(norm);
  if (exact) return exact.filter(ok).map((pos) => ({ pos, weight: EXACT }));
  const pos = ti.byLoose.get(loose);
  return pos !== undefined && ok(pos) ? [{ pos, weight: LOOSE }] : [];
}

/**
 * For every template, the column whose cells name the most distinct labels of that template: the label
 * column, wherever the sheet puts it.
 */
function labelColumns(sheet: SheetText, index: CatalogIndex): Map<number, { col: number; count: number }> {
  const seen = new Map<number, Map<number, Set<string>>>();
  const note = (t: number, col: number, key: string) => {
    let byCol = seen.get(t);
    if (!byCol) seen.set(t, (byCol = new Map()));
    let keys = byCol.get(col);
    if (!keys) byCol.set(col, (keys = new Set()));
    keys.add(key);
  };
  for (let r = 1; r <= sheet.rowCount; r++)
    for (let c = 1; c <= sheet.colCount; c++) {
      const norm = sheet.norm(r, c);
      if (!norm) continue;
      const exact = index.byKey.get(norm);
      for (const t of exact ?? []) note(t, c, norm);
      const loose = index.byLoose.get(sheet.loose(r, c));
      for (const t of loose ?? []) if (!exact?.has(t)) note(t, c, `~${sheet.loose(r, c)}`);
    }
  const best = new Map<number, { col: number; count: number }>();
  for (const [t, byCol] of seen)
    for (const [col, keys] of byCol) {
      const b = best.get(t);
      if (!b || keys.size > b.count || (keys.size === b.count && col < b.col)) best.set(t, { col, count: keys.size });
    }
  return best;
}

/**
 * The best order-preserving assignment of sheet rows to template rows (a weighted longest common
 * subsequence): a label the template repeats (Sơn La's "Số nhiệm vụ đề ra trong kế hoạch" under two sections)
 * lands on the occurrence that keeps the rows around it in order; blank, extra and moved rows are skipped.
 * Among equally good assignments, each sheet row takes the earliest template row.
 */
function align(rows: { row: number; cands: Candidate[] }[], m: number): Map<number, Candidate> {
  const n = rows.length;
  const f: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const next = f[i + 1];
    const cands = [...rows[i].cands].sort((a, b) => b.pos - a.pos);
    let k = 0;
    let bestTake = 0;
    for (let j = m; j >= 0; j--) {
      while (k < cands.length && cands[k].pos >= j) {
        bestTake = Math.max(bestTake, cands[k].weight + next[cands[k].pos + 1]);
        k++;
      }
      f[i][j] = Math.max(next[j], bestTake);
    }
  }
  const matched = new Map<number, Candidate>();
  let j = 0;
  for (let i = 0; i < n; i++) {
    const take = [...rows[i].cands]
      .sort((a, b) => a.pos - b.pos)
      .find((c) => c.pos >= j && c.weight + f[i + 1][c.pos + 1] === f[i][j]);
    if (take) {
      matched.set(rows[i].row, take);
      j = take.pos + 1;
    }
  }
  return matched;
}

function alignTemplate(sheet: SheetText, ti: TemplateIndex, labelCol: number): Alignment | undefined {
  const rows: { row: number; cands: Candidate[] }[] = [];
  const most = alignedRowsFor(ti);
  for (let r = 1; r <= sheet.rowCount && rows.length < most; r++) {
    let cands = candidatesOf(ti, sheet.norm(r, labelCol), sheet.loose(r, labelCol), false);
    if (cands.length === 0 && !sheet.norm(r, labelCol)) {
      // A section heading merged across the table shows its text in the first cell of the merge only.
      for (let c = 1; c <= sheet.colCount && cands.length === 0; c++)
        if (sheet.norm(r, c)) cands = candidatesOf(ti, sheet.norm(r, c), sheet.loose(r, c), true);
    }
    if (cands.length > 0) rows.push({ row: r, cands });
  }
  const matched = align(rows, ti.labelled.length);
  if (matched.size === 0) return undefined;
  let score = 0;
  for (const c of matched.values()) if (ti.labelled[c.pos].scored) score += c.weight;
  const firstRow = Math.min(...matched.keys());
  const template = ti.entry.template;
  const header = matchHeaders(sheet, template, firstRow);
  const found = header.columns.size;
  const complete = found === template.columns.length && header.unmatched === 0;
  const titleLines = titleLinesFound(sheet, (header.rows[0] ?? firstRow) - 1, ti.titleLines);
  const total =
    score + HEADER_BONUS * (found - header.unmatched) + (complete ? COMPLETE_BONUS : 0) + TITLE_BONUS * titleLines;
  return { ti, labelCol, matched, score, header, firstRow, total };
}

/** How many of the template's title and heading lines the title block shows, each as a cell of its own. */
function titleLinesFound(sheet: SheetText, lastRow: number, lines: readonly string[]): number {
  const cells = new Set<string>();
  for (let r = 1; r <= lastRow; r++)
    for (let c = 1; c <= sheet.colCount; c++) if (sheet.norm(r, c)) cells.add(sheet.norm(r, c));
  return lines.filter((line) => cells.has(line)).length;
}

const eligible = (a: Alignment) => a.score >= MIN_MATCHED && a.score >= MIN_SHARE * a.ti.scoredCount;

/**
 * A sheet laid out by hand: the template whose labels it shows best, if one does clearly. Two templates that
 * score the same (shared national indicator sets, nothing in the sheet to tell them apart) give no answer.
 */
export function recognizeByLabels(
  sheet: SheetText,
  index: CatalogIndex,
): { ti: TemplateIndex; placement: Placement } | undefined {
  const columns = labelColumns(sheet, index);
  const alignments: Alignment[] = [];
  for (const [t, { col, count }] of columns) {
    if (count < MIN_MATCHED) continue;
    const a = alignTemplate(sheet, index.templates[t], col);
    if (a && eligible(a)) alignments.push(a);
  }
  alignments.sort((a, b) => b.total - a.total);
  const [best, second] = alignments;
  if (!best || (second && Math.abs(best.total - second.total) < 1e-9)) return undefined;
  return { ti: best.ti, placement: place(sheet, best) };
}

function place(sheet: SheetText, a: Alignment): Placement {
  const template = a.ti.entry.template;
  const labelled = a.ti.labelled;
  const columns = new Map(a.header.columns);
  const labelKey = template.columns.find((c) => c.role === "label")!.key;
  // The label column is known from its content, whatever its header says.
  for (const [k, c] of columns) if (c === a.labelCol && k !== labelKey) columns.delete(k);
  columns.set(labelKey, a.labelCol);

  const rowOf = new Map<number, number>(); // template row index -> sheet row
  for (const [row, c] of a.matched) rowOf.set(labelled[c.pos].index, row);
  const rows = new Map<string, number>();
  for (const [row, c] of [...a.matched].sort((x, y) => x[0] - y[0])) {
    const r = labelled[c.pos].row;
    if (r.type === "indicator") rows.set(r.id, row);
  }

  let lastRow = Math.max(...a.matched.keys());
  const placed = new Set(a.matched.keys());
  // Entries (lists the unit fills, Sơn La Phụ lục I): the filled rows between the row above the block and the
  // next placed row.
  template.rows.forEach((r, i) => {
    if (r.type !== "entries") return;
    // Only under its own heading, found in the sheet: elsewhere the list cannot be told from stray rows.
    const above = rowOf.get(i - 1);
    if (above === undefined) return;
    // Up to the next placed row; below the last one, up to the first blank row (a footer may follow).
    const next = Math.min(...[...placed].filter((row) => row > above));
    const below = Number.isFinite(next) ? next : sheet.rowCount + 1;
    let n = 0;
    for (let row = above + 1; row < below; row++) {
      if (sheet.blankRow(row)) {
        if (Number.isFinite(next)) continue;
        break;
      }
      n++;
      rows.set(n <= r.count ? `${r.id}.${n}` : `${r.id}.r${row}`, row);
      placed.add(row);
      lastRow = Math.max(lastRow, row);
    }
  });
  // Rows typed right below the last placed one still belong to the table.
  while (lastRow < sheet.rowCount && !sheet.blankRow(lastRow + 1)) lastRow++;

  const inputs = inputColumns(sheet, template, columns, a.labelCol);
  const unplaced: Placement["unplaced"] = [];
  const copies = new Map<string, number[]>();
  for (let row = a.firstRow; row <= lastRow; row++) {
    if (placed.has(row) || !hasInput(sheet, row, inputs)) continue;
    // A copy of a placed row (its label names one indicator only): a duplicate, not an unknown row.
    const same = a.ti.byKey.get(sheet.norm(row, a.labelCol));
    const twin = same?.length === 1 ? labelled[same[0]].row : undefined;
    if (twin?.type === "indicator" && rows.get(twin.id) !== undefined && rows.get(twin.id)! < row)
      copies.set(twin.id, [...(copies.get(twin.id) ?? [rows.get(twin.id)!]), row]);
    else unplaced.push({ row, label: rowLabel(sheet, row, a.labelCol) });
  }

  return {
    rows,
    columns,
    unplaced,
    missing: missingIndicators(template, rows),
    duplicates: [...copies].map(([id, at]) => ({ id, rows: at })),
    body: { firstRow: a.firstRow, lastRow },
    titleEnd: (a.header.rows[0] ?? a.firstRow) - 1,
  };
}
