import { catalog } from "../../src/domain/catalog";
import { mergeFiles, type MergeOptions, type MergeResult } from "../../src/domain/merge/merge";
import { mergeOutputSheets } from "../../src/domain/merge/output-sheets";
import type { ReceivedFile } from "../../src/domain/merge/select";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { receive } from "./receive";

/** A consolidation as the next level receives it: merged, written by our writer, read back. */
export async function consolidation(
  file: string,
  inputs: readonly ReceivedFile[],
  opts: Omit<MergeOptions, "locale"> & { locale?: MergeOptions["locale"] },
): Promise<ReceivedFile> {
  const r = mergeFiles(inputs, catalog(), { locale: "vi", ...opts });
  return receive(file, await layoutWorkbook(mergeOutputSheets(r, opts.locale ?? "vi"), file));
}

/** Every figure of every table, with how it was obtained and what it left out: what must not change up the chain. */
export function figuresOf(r: MergeResult) {
  return r.tables.map((t) => ({
    template: t.entry.template.id,
    units: t.leaves.map((l) => l.unit),
    cells: t.cells.map((c) => ({ ref: c.input.ref, value: c.result.value, how: c.how })),
    excluded: t.excluded.map((x) => [x.unit, x.file, x.sheet, x.cell, x.indicator, x.value, x.reason]),
  }));
}
