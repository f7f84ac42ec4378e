import type { Catalog, CatalogEntry } from "../catalog/catalog";
import type { Row, Template } from "../catalog/schema";
import { looseLabel, normalizeLabel } from "./normalize-label";

/** A row of a template that a sheet can show: a section or an indicator, with its label keys. */
export interface LabelledRow {
  /** Position among the template's rows (entries rows included). */
  index: number;
  row: Exclude<Row, { type: "entries" }>;
  key: string;
  loose: string;
  /** Counts toward the template's score: its indicators, or its sections when it has none (Sơn La Phụ lục I). */
  scored: boolean;
}

export interface TemplateIndex {
  entry: CatalogEntry;
  labelled: LabelledRow[];
  scoredCount: number;
  /** key -> positions in `labelled` (several when the template repeats a label). */
  byKey: Map<string, number[]>;
  /** loose key -> positions in `labelled`, kept only where the loose key names one row of the template. */
  byLoose: Map<string, number>;
  /** Normalised title and heading lines (without the unit/period placeholders). */
  titleLines: string[];
}

export interface CatalogIndex {
  templates: TemplateIndex[];
  /** key -> templates (by position in `templates`) that have a row with that key. */
  byKey: Map<string, Set<number>>;
  byLoose: Map<string, Set<number>>;
}

/** A loose key this short says too little to identify a row on its own. */
const MIN_LOOSE_LENGTH = 12;

function indexTemplate(entry: CatalogEntry): TemplateIndex {
  const t: Template = entry.template;
  const hasIndicators = t.rows.some((r) => r.type === "indicator");
  const labelled: LabelledRow[] = [];
  t.rows.forEach((row, index) => {
    if (row.type === "entries") return;
    const key = normalizeLabel(row.label);
    if (!key) return;
    const scored = hasIndicators ? row.type === "indicator" : true;
    labelled.push({ index, row, key, loose: looseLabel(row.label), scored });
  });
  const byKey = new Map<string, number[]>();
  labelled.forEach((l, i) => byKey.set(l.key, [...(byKey.get(l.key) ?? []), i]));
  const looseCount = new Map<string, number>();
  for (const l of labelled) looseCount.set(l.loose, (looseCount.get(l.loose) ?? 0) + 1);
  const byLoose = new Map<string, number>();
  labelled.forEach((l, i) => {
    if (l.loose.length >= MIN_LOOSE_LENGTH && looseCount.get(l.loose) === 1) byLoose.set(l.loose, i);
  });
  const titleLines = titleLinesOf(t);
  return { entry, labelled, scoredCount: labelled.filter((l) => l.scored).length, byKey, byLoose, titleLines };
}

/** A template's title and heading lines, normalised, without those that print the unit or the period. */
export function titleLinesOf(t: Template): string[] {
  return [...t.title, ...t.headings]
    .filter((line) => !/\{(unit|period)\}/.test(line))
    .map(normalizeLabel)
    .filter((s) => s.length > 0);
}

const cache = new WeakMap<Catalog, CatalogIndex>();

/** Normalised labels of every template, computed once per catalog. */
export function catalogIndex(cat: Catalog): CatalogIndex {
  let index = cache.get(cat);
  if (!index) {
    const templates = cat.templates.map(indexTemplate);
    const byKey = new Map<string, Set<number>>();
    const byLoose = new Map<string, Set<number>>();
    templates.forEach((ti, i) => {
      for (const k of ti.byKey.keys()) byKey.set(k, (byKey.get(k) ?? new Set()).add(i));
      for (const k of ti.byLoose.keys()) byLoose.set(k, (byLoose.get(k) ?? new Set()).add(i));
    });
    index = { templates, byKey, byLoose };
    cache.set(cat, index);
  }
  return index;
}
