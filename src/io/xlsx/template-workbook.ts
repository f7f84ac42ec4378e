import type { SheetLayout } from "../../domain/layout/model";
import { templateLayouts, type TemplateRequest } from "../../domain/layout/template-layouts";
import { writeWorkbook } from "./write/workbook";

export type { TemplateRequest } from "../../domain/layout/template-layouts";

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

/** A new .xlsx holding one laid-out sheet per requested template, in order. */
export function templateWorkbook(requests: readonly TemplateRequest[]): Promise<Uint8Array> {
  return layoutWorkbook(templateLayouts(requests), requests.map((r) => r.template.title.join(" ")).join("; "));
}
