import type { CatalogEntry } from "../domain/catalog/catalog";

/** How the CLI names a template: its appendix and table, and the document it comes from. */
export function sourceOf(e: CatalogEntry): string {
  const t = e.template;
  return `${e.document.title} — ${t.appendix}${t.table ? `, bảng ${t.table}` : ""}`;
}

export function indicatorCount(e: CatalogEntry): number {
  return e.template.rows.filter((r) => r.type === "indicator").length;
}
