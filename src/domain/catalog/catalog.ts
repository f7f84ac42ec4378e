import { ZodError } from "zod";
import { sourceModuleSchema, type SourceDocument, type SourceModuleInput, type Template } from "./schema";

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
}

export interface Catalog {
  readonly templates: readonly CatalogEntry[];
  get(id: string): CatalogEntry | undefined;
}

function formatIssues(err: ZodError): string[] {
  return err.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** Validates source modules and indexes their templates; throws CatalogError with paths on any defect. */
export function buildCatalog(modules: Record<string, SourceModuleInput>): Catalog {
  const templates: CatalogEntry[] = [];
  const byId = new Map<string, CatalogEntry>();
  for (const [name, input] of Object.entries(modules)) {
    const parsed = sourceModuleSchema.safeParse(input);
    if (!parsed.success) throw new CatalogError(name, formatIssues(parsed.error));
    for (const template of parsed.data.templates) {
      if (template.document !== parsed.data.document.id)
        throw new CatalogError(name, [`templates.${template.id}.document: expected ${parsed.data.document.id}`]);
      if (byId.has(template.id)) throw new CatalogError(name, [`templates.${template.id}: duplicate template id`]);
      const entry = { template, document: parsed.data.document };
      byId.set(template.id, entry);
      templates.push(entry);
    }
  }
  return { templates, get: (id) => byId.get(id) };
}

/** A template's title without its unit placeholder ("... TẠI {unit}"): how lists and reports name it. */
export function plainTitle(entry: CatalogEntry): string {
  return entry.template.title
    .join(" ")
    .replace(/\s*\{unit\}/g, "")
    .replace(/\s+TẠI$/, "")
    .trim();
}
