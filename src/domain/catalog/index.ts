import builtIn from "./built-in.json";
import { catalogOf, moduleEntries, type Catalog } from "./catalog";
import type { SourceModule } from "./schema";

export * from "./catalog";
export type * from "./schema";

let cached: Catalog | undefined;

/**
 * The official templates. They were checked by the schema when the project was built (scripts/build-catalog.ts
 * emits ./built-in.json from ./sources and fails on the first defect, with its path; a test proves the file equals
 * what the schema makes of the sources), so reading them costs neither the schema nor the sources' code.
 */
export function catalog(): Catalog {
  cached ??= catalogOf((builtIn as unknown as SourceModule[]).flatMap((m) => moduleEntries(m).entries));
  return cached;
}
