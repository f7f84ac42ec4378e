import { catalog } from "../../domain/catalog";
import { plainTitle, type Catalog, type CatalogEntry } from "../../domain/catalog/catalog";
import type { SourceDocument } from "../../domain/catalog/schema";
import { buildLayout } from "../../domain/layout/build-layout";
import type { SheetLayout } from "../../domain/layout/model";
import { templateLayouts } from "../../domain/layout/template-layouts";
import type { Messages } from "../i18n";

/** Catalog entries by template id, in the order asked; an unknown id is a programming error, not the user's. */
export function entriesOf(ids: readonly string[]): CatalogEntry[] {
  return ids.map((id) => {
    const entry = catalog().get(id);
    if (!entry) throw new Error(`unknown template ${id}`);
    return entry;
  });
}

/** A source document and its appendix tables, as the "Mẫu biểu" tab offers them: document first, then table. */
export interface DocumentChoice {
  document: SourceDocument;
  templates: CatalogEntry[];
}

/** A periodic report's tables take the user's period; a plan's tables print their own years or phases. */
const isPeriodic = (d: DocumentChoice) => d.templates.every((e) => !e.template.periodColumns);

/**
 * The documents in the order units need them: periodic reports first (every quarter, half-year and year), then
 * the newest documents; catalog order among equals. Each document's tables keep the order of the source.
 */
export function documentsOf(cat: Catalog): DocumentChoice[] {
  const byId = new Map<string, DocumentChoice>();
  for (const entry of cat.templates) {
    const choice = byId.get(entry.document.id);
    if (choice) choice.templates.push(entry);
    else byId.set(entry.document.id, { document: entry.document, templates: [entry] });
  }
  return [...byId.values()].sort(
    (a, b) => Number(isPeriodic(b)) - Number(isPeriodic(a)) || b.document.year - a.document.year,
  );
}

export function documentLabel(document: SourceDocument): string {
  return `${document.province} — ${document.title}`;
}

/** The tables of one appendix of a document ("Phụ lục 2" of Khánh Hòa 2020 has ten). */
export interface AppendixChoice {
  appendix: string;
  templates: CatalogEntry[];
}

export function appendicesOf(choice: DocumentChoice): AppendixChoice[] {
  const out: AppendixChoice[] = [];
  for (const entry of choice.templates) {
    const last = out[out.length - 1];
    if (last?.appendix === entry.template.appendix) last.templates.push(entry);
    else out.push({ appendix: entry.template.appendix, templates: [entry] });
  }
  return out;
}

/**
 * How a template is named among those of other documents: "Bình Định – Phụ lục 1", "Khánh Hòa – Phụ lục 2,
 * bảng II.3". When the province has an appendix of the same name in another document, the document's year
 * tells them apart: "Khánh Hòa – Phụ lục 2 (2021)".
 */
export function templateName(entry: CatalogEntry, cat: Catalog, t: Messages): string {
  const { document, template } = entry;
  const clash = cat.templates.some(
    (e) =>
      e.document.id !== document.id &&
      e.document.province === document.province &&
      e.template.appendix === template.appendix,
  );
  const name = `${document.province} – ${t.appendixOption(template.appendix, template.table ?? "")}`;
  return clash ? `${name} (${document.year})` : name;
}

/** Characters Windows, macOS and mail attachments refuse in a file name ("Quý I/2024" has one), and controls. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}]+/gu;
const FILE_NAME_LENGTH = 150;

/** Parts of a file name joined by " - ", each made safe to save and send; empty parts left out. */
export function safeFileTitle(parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(UNSAFE_IN_FILE_NAME, "-").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" - ")
    .slice(0, FILE_NAME_LENGTH)
    .trim();
}

/**
 * The name a downloaded template gets (without ".xlsx"), from what it is, whose and for when: "Khánh Hòa
 * PL2-Định kỳ - UBND huyện Cam Lâm - Quý I-2024"; every table of an appendix: "Khánh Hòa Phụ lục 2 - Sở Nội vụ -
 * Năm 2020".
 */
export function templateFileTitle(entries: readonly CatalogEntry[], unit: string, period: string): string {
  const [first] = entries;
  // A template the user made is named by its own sheet name: its document may name no province.
  const what = first.definition
    ? first.template.sheetName
    : entries.length === 1
      ? `${first.document.province} ${first.template.sheetName}`
      : `${first.document.province} ${first.template.appendix}`;
  return safeFileTitle([what, unit, period]);
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

/**
 * The sheets a choice is written with: the user's own template (its definition carried beside it), else the
 * catalog's templates named.
 */
export function choiceLayouts(choice: TemplateChoiceLike): { entries: CatalogEntry[]; layouts: SheetLayout[] } {
  const entries = choice.definition ? [choice.definition] : entriesOf(choice.templateIds);
  const layouts = templateLayouts(
    entries.map((e) => ({ template: e.template, unit: choice.unit, period: choice.period, definition: e.definition })),
  );
  return { entries, layouts };
}

/** What choiceLayouts needs of the host's TemplateChoice (src/taskpane/host.ts). */
interface TemplateChoiceLike {
  templateIds: readonly string[];
  unit: string;
  period: string;
  definition?: CatalogEntry;
}
