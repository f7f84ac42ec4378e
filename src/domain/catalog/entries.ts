import type { SourceDocument, SourceModule, Template } from "./schema";

/**
 * The catalog as the rest of the domain uses it: templates already checked, looked up by id. Nothing here needs
 * the schema's code (zod), so that reading the built-in catalog costs no schema at all (./index.ts).
 */

export interface CatalogEntry {
  template: Template;
  document: SourceDocument;
  /**
   * Set on a template the user brought (src/domain/catalog/definitions.ts): its definition as the workbooks
   * injected from it carry it. The built-in sources have none.
   */
  definition?: { json: string };
}

export interface Catalog {
  readonly templates: readonly CatalogEntry[];
  get(id: string): CatalogEntry | undefined;
}

/** The templates of a parsed module, each with its document; the index of the one naming another document. */
export function moduleEntries(module: SourceModule): { entries: CatalogEntry[]; strayAt?: number } {
  const strayAt = module.templates.findIndex((t) => t.document !== module.document.id);
  return {
    entries: module.templates.map((template) => ({ template, document: module.document })),
    ...(strayAt >= 0 ? { strayAt } : {}),
  };
}

/** A catalog over entries already checked; undefined id lookups stay cheap (one map). */
export function catalogOf(entries: readonly CatalogEntry[]): Catalog {
  const byId = new Map<string, CatalogEntry>();
  for (const e of entries) if (!byId.has(e.template.id)) byId.set(e.template.id, e);
  return { templates: [...byId.values()], get: (id) => byId.get(id) };
}

/**
 * The table's own heading when its appendix has several tables: "Bảng II.1 — Lĩnh vực chỉ đạo, điều hành" (the last
 * heading printed above it, without its own numbering "1.", "a)", "I."); undefined for a one-table appendix.
 */
export function tableHeading(entry: CatalogEntry): string | undefined {
  const t = entry.template;
  if (!t.table) return undefined;
  const own = t.headings.at(-1)?.replace(/^(?:[IVX]+\.|\d+\.|[a-zđ]\))\s*/u, "");
  return own ? `Bảng ${t.table} — ${own}` : `Bảng ${t.table}`;
}

/**
 * A template's title without its unit placeholder ("... TẠI {unit}"), followed by its table's own heading when the
 * appendix has several tables: how lists and reports name it, so that no two tables read alike.
 */
export function plainTitle(entry: CatalogEntry): string {
  const title = entry.template.title
    .join(" ")
    .replace(/\s*\{unit\}/g, "")
    .replace(/\s+TẠI$/, "")
    .trim();
  const heading = tableHeading(entry);
  return heading ? `${title} — ${heading}` : title;
}

/** Where a template comes from: the issuing body, the document, the appendix and table. */
export function sourceOf(entry: CatalogEntry): string {
  const t = entry.template;
  return `${entry.document.issuer} — ${entry.document.title} — ${t.appendix}${t.table ? `, bảng ${t.table}` : ""}`;
}
