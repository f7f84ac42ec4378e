import type { CatalogEntry } from "../catalog/catalog";
import type { Template } from "../catalog/schema";
import { buildLayout } from "./build-layout";
import { definitionSheetLayout } from "./definition-sheet";
import type { SheetLayout } from "./model";

export interface TemplateRequest {
  template: Template;
  unit: string;
  period: string;
  /** Set for a template the user brought: the workbook then carries its definition (DESIGN.md section 3). */
  definition?: CatalogEntry["definition"];
}

/**
 * The sheets a workbook of templates is written with, whatever writes it (a file, the open workbook): one per
 * template, in order, then the carrier of the user definitions among them, if any.
 */
export function templateLayouts(requests: readonly TemplateRequest[]): SheetLayout[] {
  const layouts = requests.map((r) => buildLayout(r.template, { unit: r.unit, period: r.period }));
  const carried = requests.flatMap((r) => (r.definition ? [{ template: r.template, definition: r.definition }] : []));
  return carried.length > 0 ? [...layouts, definitionSheetLayout(carried)] : layouts;
}
