import path from "node:path";
import type { Catalog } from "../domain/catalog/catalog";
import type { ReceivedFile } from "../domain/merge/select";
import { receiveWorkbook } from "../io/xlsx/receive-workbook";
import { readUserFile } from "./input-file";

/** Reads and validates one received file, as the merge needs it (`cat`: with the definitions the user gave). */
export async function receiveFile(file: string, cat?: Catalog): Promise<ReceivedFile> {
  const bytes = readUserFile(file);
  if (typeof bytes === "string") return { file, outcome: { ok: false, reason: bytes } };
  return receiveWorkbook(file, bytes, "vi", path.basename(file), cat);
}
