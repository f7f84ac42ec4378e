import type { CatalogEntry } from "../../domain/catalog/catalog";
import type { Template } from "../../domain/catalog/schema";
import { buildLayout } from "../../domain/layout/build-layout";
import { definitionSheetLayout } from "../../domain/layout/definition-sheet";
import type { SheetLayout } from "../../domain/layout/model";
import { writeWorkbook } from "./write/workbook";

export interface TemplateRequest {
  template: Template;
  unit: string;
  period: string;
  /** Set for a template the user brought: the workbook then carries its definition (DESIGN.md section 3). */
  definition?: CatalogEntry["definition"];
}

/**
 * A new .xlsx holding the given sheet layouts, in order (a lazy sequence is laid out sheet by sheet as it is
 * written). `fast` trades some file size for time (deflate level 1): a merge of hundreds of units writes tens of
 * thousands of cells and spends most of its writing time compressing.
 */
export function layoutWorkbook(
  layouts: Iterable<SheetLayout>,
  title: string,
  opts: { fast?: boolean } = {},
): Promise<Uint8Array> {
  return writeWorkbook(layouts, { title, level: opts.fast ? 1 : 6 });
}

/** The layouts of a workbook of templates: one sheet each, and the carrier of the user definitions among them. */
function templateLayouts(requests: readonly TemplateRequest[]): SheetLayout[] {
  const layouts = requests.map((r) => buildLayout(r.template, { unit: r.unit, period: r.period }));
  const carried = requests.flatMap((r) => (r.definition ? [{ template: r.template, definition: r.definition }] : []));
  return carried.length > 0 ? [...layouts, definitionSheetLayout(carried)] : layouts;
}

/** A new .xlsx holding one laid-out sheet per requested template, in order. */
export function templateWorkbook(requests: readonly TemplateRequest[]): Promise<Uint8Array> {
  return layoutWorkbook(templateLayouts(requests), requests.map((r) => r.template.title.join(" ")).join("; "));
}
