import type { CatalogEntry } from "../domain/catalog/catalog";

export function indicatorCount(e: CatalogEntry): number {
  return e.template.rows.filter((r) => r.type === "indicator").length;
}
