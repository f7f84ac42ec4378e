import path from "node:path";
import type { Catalog } from "../domain/catalog/catalog";
import type { ReceivedFile } from "../domain/merge/select";
import { receiveWorkbook } from "../io/xlsx/receive-workbook";
import { readUserFile } from "./input-file";
import type { InputPath } from "./inputs";

/**
 * Reads and validates one received file, as the merge needs it (`cat`: with the definitions the user gave); an
 * input set aside stays so, with its reason.
 */
export async function receiveFile(input: InputPath, cat?: Catalog): Promise<ReceivedFile> {
  const file = input.path;
  const bytes = input.problem ?? readUserFile(file);
  if (typeof bytes === "string") return { file, outcome: { ok: false, reason: bytes } };
  return receiveWorkbook(file, bytes, "vi", path.basename(file), cat);
}
