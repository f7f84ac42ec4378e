import { ZodError } from "zod";
import {
  sourceModuleSchema,
  type SourceDocument,
  type SourceModule,
  type SourceModuleInput,
  type Template,
} from "./schema";

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

function formatIssues(err: ZodError): string[] {
  return err.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
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

/** Validates source modules and indexes their templates; throws CatalogError with paths on any defect. */
export function buildCatalog(modules: Record<string, SourceModuleInput>): Catalog {
  const entries: CatalogEntry[] = [];
  const ids = new Set<string>();
  for (const [name, input] of Object.entries(modules)) {
    const parsed = sourceModuleSchema.safeParse(input);
    if (!parsed.success) throw new CatalogError(name, formatIssues(parsed.error));
    const { entries: own, strayAt } = moduleEntries(parsed.data);
    if (strayAt !== undefined)
      throw new CatalogError(name, [
        `templates.${own[strayAt].template.id}.document: expected ${parsed.data.document.id}`,
      ]);
    for (const entry of own) {
      if (ids.has(entry.template.id))
        throw new CatalogError(name, [`templates.${entry.template.id}: duplicate template id`]);
      ids.add(entry.template.id);
      entries.push(entry);
    }
  }
  return catalogOf(entries);
}

/** A template's title without its unit placeholder ("... TẠI {unit}"): how lists and reports name it. */
export function plainTitle(entry: CatalogEntry): string {
  return entry.template.title
    .join(" ")
    .replace(/\s*\{unit\}/g, "")
    .replace(/\s+TẠI$/, "")
    .trim();
}
