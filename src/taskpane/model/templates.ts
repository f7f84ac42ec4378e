import { catalog } from "../../domain/catalog";
import { plainTitle, type Catalog, type CatalogEntry } from "../../domain/catalog/catalog";
import type { SourceDocument } from "../../domain/catalog/schema";
import { buildLayout } from "../../domain/layout/build-layout";
import type { Messages } from "../i18n";

/** A source document and its appendix tables, as the "Mẫu biểu" tab offers them: document first, then table. */
export interface DocumentChoice {
  document: SourceDocument;
  templates: CatalogEntry[];
}

export function documentsOf(cat: Catalog): DocumentChoice[] {
  const byId = new Map<string, DocumentChoice>();
  for (const entry of cat.templates) {
    const choice = byId.get(entry.document.id);
    if (choice) choice.templates.push(entry);
    else byId.set(entry.document.id, { document: entry.document, templates: [entry] });
  }
  return [...byId.values()];
}

export function documentLabel(document: SourceDocument): string {
  return `${document.province} — ${document.title}`;
}

/** A line of the sheet's title block, as the "Mẫu biểu" tab previews it. */
export interface PreviewLine {
  kind: "title" | "attached" | "heading";
  text: string;
}

const PREVIEWED = new Set<string>(["title", "attached", "heading"]);

/**
 * The title block exactly as the sheet will print it for this unit and period (taken from the layout itself,
 * so that "{unit}" and the blanks of an empty unit look as in the sheet).
 */
export function templatePreview(entry: CatalogEntry, unit: string, period: string): PreviewLine[] {
  return buildLayout(entry.template, { unit, period })
    .cells.filter((c) => PREVIEWED.has(c.style))
    .sort((a, b) => a.row - b.row)
    .map((c) => ({ kind: c.style as PreviewLine["kind"], text: String(c.value) }));
}

/**
 * How an appendix table is named in a list: appendix and table, then what the table is about (its own heading
 * when the appendix has several tables, which share one title), so that "Phụ lục 2, bảng II.3" says what it holds.
 */
export function templateLabel(entry: CatalogEntry, t: Messages): string {
  const { appendix, table, headings } = entry.template;
  const about = headings.length > 0 ? headings[headings.length - 1] : plainTitle(entry);
  return `${t.appendixOption(appendix, table ?? "")} — ${about}`;
}

export interface TemplateSize {
  indicators: number;
  /** Input cells counted in "Đã nhập k/n" (notes left out). */
  inputCells: number;
  /** List appendices (Sơn La Phụ lục I): sections and the blank rows they offer. */
  entryBlocks: number;
  entryRows: number;
}

export function templateSize(entry: CatalogEntry): TemplateSize {
  const rows = entry.template.rows;
  const indicatorIds = new Set(rows.flatMap((r) => (r.type === "indicator" ? [r.id] : [])));
  const layout = buildLayout(entry.template, { unit: "", period: "" });
  const entries = rows.flatMap((r) => (r.type === "entries" ? [r.count] : []));
  return {
    indicators: indicatorIds.size,
    inputCells: layout.inputs.filter((i) => !i.optional && indicatorIds.has(i.rowId)).length,
    entryBlocks: entries.length,
    entryRows: entries.reduce((a, b) => a + b, 0),
  };
}

export function templateSizeText(size: TemplateSize, t: Messages): string {
  if (size.indicators > 0) return t.templateSize(size.indicators, size.inputCells);
  if (size.entryBlocks > 0) return t.templateEntries(size.entryBlocks, size.entryRows);
  return t.templateNoInputs;
}

/** The template a choice names: the user's own (with its definition), else the catalog's. */
export function choiceEntry(choice: { templateId: string; definition?: CatalogEntry }): CatalogEntry {
  const entry = choice.definition ?? catalog().get(choice.templateId);
  if (!entry) throw new Error(`unknown template ${choice.templateId}`);
  return entry;
}
