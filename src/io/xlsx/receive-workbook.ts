import { catalog } from "../../domain/catalog";
import type { Catalog } from "../../domain/catalog/catalog";
import type { ReceivedFile } from "../../domain/merge/select";
import type { Locale } from "../../domain/rules/finding";
import { validateWorkbook } from "../../domain/rules/validate-workbook";
import { openWorkbook } from "./open-workbook";

/**
 * A received workbook as the merge needs it: opened and validated, or the reason it cannot be read. The CLI and
 * the task pane both come through here; `fileName` is what recognition may read a unit or period from; `cat` is
 * the catalog with the user's definitions, when they gave some (those the workbook carries are always known).
 */
export async function receiveWorkbook(
  file: string,
  bytes: Uint8Array,
  locale: Locale,
  fileName = file,
  cat: Catalog = catalog(),
): Promise<ReceivedFile> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { file, outcome: { ok: false, reason: opened.reason } };
  const report = validateWorkbook(opened.source, cat, { locale, fileName });
  return { file, modified: opened.modified, outcome: { ok: true, report } };
}
