import { ZodError } from "zod";
import { catalogOf, moduleEntries, type Catalog, type CatalogEntry } from "./entries";
import { sourceModuleSchema, type SourceModule, type SourceModuleInput } from "./schema";

export * from "./entries";

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

function formatIssues(err: ZodError): string[] {
  return err.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/**
 * Validates source modules with the schema; throws CatalogError with paths on any defect: a template naming another
 * document, two templates of one id. What the schema made of them (defaults filled in), module by module.
 */
export function parseModules(modules: Record<string, SourceModuleInput>): SourceModule[] {
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
  const entries: CatalogEntry[] = parseModules(modules).flatMap((m) => moduleEntries(m).entries);
  return catalogOf(entries);
}
