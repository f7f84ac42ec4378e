import type { ReceivedFile } from "../../domain/merge/select";
import type { Locale } from "../../domain/rules/finding";
import { receiveWorkbook } from "../../io/xlsx/receive-workbook";
import type { PickedFile } from "./read-files";

/**
 * A received file as the merge needs it: read and validated, or the reason it cannot be (the worker runs this
 * for the Tổng hợp tab; the CLI goes through receiveWorkbook too).
 */
export async function receiveFile(file: PickedFile, locale: Locale): Promise<ReceivedFile> {
  // A file moved or changed on disk since it was chosen cannot be read any more.
  const bytes = await file.arrayBuffer().then(
    (b) => new Uint8Array(b),
    () => undefined,
  );
  return bytes
    ? receiveWorkbook(file.name, bytes, locale)
    : { file: file.name, outcome: { ok: false, reason: "notFound" } };
}
