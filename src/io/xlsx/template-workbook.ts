import ExcelJS from "exceljs";
import type { SheetLayout } from "../../domain/layout/model";
import { templateLayouts, type TemplateRequest } from "../../domain/layout/template-layouts";
import { writeLayout } from "./write-layout";

export type { TemplateRequest } from "../../domain/layout/template-layouts";

/**
 * A new .xlsx holding the given sheet layouts, in order. `fast` trades some file size for time (deflate level 1):
 * a merge of hundreds of units writes tens of thousands of cells and spends most of its writing time compressing.
 */
export async function layoutWorkbook(
  layouts: readonly SheetLayout[],
  title: string,
  opts: { fast?: boolean } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CCHC";
  wb.created = new Date();
  wb.title = title;
  for (const layout of layouts) await writeLayout(wb, layout);
  // The very-hidden index sheet must not be the active one: show the first table.
  wb.views = [{ activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" }];
  const zip = opts.fast ? { compression: "DEFLATE", compressionOptions: { level: 1 } } : undefined;
  return new Uint8Array(await wb.xlsx.writeBuffer(zip ? ({ zip } as ExcelJS.XlsxWriteOptions) : undefined));
}

/** A new .xlsx holding one laid-out sheet per requested template, in order. */
export function templateWorkbook(requests: readonly TemplateRequest[]): Promise<Uint8Array> {
  return layoutWorkbook(templateLayouts(requests), requests.map((r) => r.template.title.join(" ")).join("; "));
}
