import { catalog } from "../../src/domain/catalog";
import { gridFromRows, type Grid, type RawCell } from "../../src/domain/grid";
import { buildLayout } from "../../src/domain/layout/build-layout";
import type { SheetLayout } from "../../src/domain/layout/model";
import type { ReceivedFile } from "../../src/domain/merge/select";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";

/**
 * A unit's filled report as the merge receives it, without an .xlsx round trip: the injected layout's cells (its
 * hidden ids included) as a grid with the unit's values typed into the input cells, recognised and validated as
 * a read file is. Keys are an input's ref ("<rowId>@<columnKey>"), or its row id when the row has one value.
 * For tests that need many reports cheaply; the xlsx round trip itself is tested with real files elsewhere.
 */
export function filledGrid(layout: SheetLayout, values: Readonly<Record<string, RawCell["value"]>>): Grid {
  const rows: RawCell["value"][][] = [];
  for (const c of layout.cells) (rows[c.row - 1] ??= [])[c.col - 1] = c.value;
  const byRow = new Map<string, number>();
  for (const i of layout.inputs) byRow.set(i.rowId, (byRow.get(i.rowId) ?? 0) + 1);
  for (const i of layout.inputs) {
    const v = values[i.ref] ?? (byRow.get(i.rowId) === 1 ? values[i.rowId] : undefined);
    if (v !== undefined) (rows[i.row - 1] ??= [])[i.col - 1] = v;
  }
  return gridFromRows(layout.sheetName, rows);
}

/** Stands for the unit in a layout built once per template and period (laying out is the costly part). */
const UNIT = "Zqxdonviqz";
const layouts = new Map<string, SheetLayout>();

/** The template laid out for `unit` and `period`: the cached layout with the unit written where it stands. */
function layoutFor(templateId: string, unit: string, period: string): SheetLayout {
  const key = `${templateId}\n${period}`;
  let layout = layouts.get(key);
  if (!layout) {
    const template = catalog().get(templateId)?.template;
    if (!template) throw new Error(`no template ${templateId}`);
    layout = buildLayout(template, { unit: UNIT, period });
    layouts.set(key, layout);
  }
  // Titles print the unit in capitals, as build-layout does.
  const put = (text: string) =>
    text.split(UNIT).join(unit).split(UNIT.toLocaleUpperCase("vi")).join(unit.toLocaleUpperCase("vi"));
  const cells = layout.cells.map((c) => (typeof c.value === "string" ? { ...c, value: put(c.value) } : c));
  return { ...layout, cells };
}

export function receivedReport(
  file: string,
  templateId: string,
  unit: string,
  period: string,
  values: Readonly<Record<string, RawCell["value"]>>,
): ReceivedFile {
  const grid = filledGrid(layoutFor(templateId, unit, period), values);
  const source = { sheetNames: () => [grid.sheetName], grid: () => grid };
  return { file, outcome: { ok: true, report: validateWorkbook(source, catalog(), { locale: "vi", fileName: file }) } };
}
