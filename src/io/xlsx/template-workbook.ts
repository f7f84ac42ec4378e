import ExcelJS from "exceljs";
import type { Template } from "../../domain/catalog/schema";
import { buildLayout } from "../../domain/layout/build-layout";
import { writeLayout } from "./write-layout";

export interface TemplateRequest {
  template: Template;
  unit: string;
  period: string;
}

/** A new .xlsx holding one laid-out sheet per requested template, in order. */
export async function templateWorkbook(requests: readonly TemplateRequest[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CCHC";
  wb.created = new Date();
  wb.title = requests.map((r) => r.template.title.join(" ")).join("; ");
  for (const r of requests) await writeLayout(wb, buildLayout(r.template, { unit: r.unit, period: r.period }));
  // The very-hidden index sheet must not be the active one: show the first table.
  wb.views = [{ activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
