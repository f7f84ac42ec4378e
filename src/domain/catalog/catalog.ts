import type { ZodError } from "zod";
import type { SourceDocument, SourceModule, SourceModuleInput, Template } from "./schema";

/**
 * The catalog as the rest of the domain uses it: templates already checked, looked up by id. The schema's code
 * (zod) is loaded only to check sources (parseModules, buildCatalog): reading the built-in catalog (./index.ts)
 * and naming its templates cost no schema at all.
 */

/** A broken template definition: names the module and the path of the bad field. */
export class CatalogError extends Error {
  constructor(
    readonly moduleName: string,
    readonly issues: string[],
  ) {
    super(`Định nghĩa mẫu biểu không hợp lệ (${moduleName}):\n  ${issues.join("\n  ")}`);
    this.name = "CatalogError";
  }
}

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

function formatIssues(err: ZodError): string[] {
  return err.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/**
 * Validates source modules with the schema; throws CatalogError with paths on any defect: a template naming another
 * document, two templates of one id. What the schema made of them (defaults filled in), module by module.
 */
export function parseModules(modules: Record<string, SourceModuleInput>): SourceModule[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sourceModuleSchema } = require("./schema") as typeof import("./schema");
  const out: SourceModule[] = [];
  const ids = new Set<string>();
  for (const [name, input] of Object.entries(modules)) {
    const parsed = sourceModuleSchema.safeParse(input);
    if (!parsed.success) throw new CatalogError(name, formatIssues(parsed.error));
    const { entries, strayAt } = moduleEntries(parsed.data);
    if (strayAt !== undefined)
      throw new CatalogError(name, [
        `templates.${entries[strayAt].template.id}.document: expected ${parsed.data.document.id}`,
      ]);
    for (const entry of entries) {
      if (ids.has(entry.template.id))
        throw new CatalogError(name, [`templates.${entry.template.id}: duplicate template id`]);
      ids.add(entry.template.id);
    }
    out.push(parsed.data);
  }
  return out;
}

/** Validates source modules and indexes their templates; throws CatalogError with paths on any defect. */
export function buildCatalog(modules: Record<string, SourceModuleInput>): Catalog {
  return catalogOf(parseModules(modules).flatMap((m) => moduleEntries(m).entries));
}
