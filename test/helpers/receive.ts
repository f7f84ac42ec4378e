import { catalog } from "../../src/domain/catalog";
import type { ReceivedFile } from "../../src/domain/merge/select";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";

/** Reads and validates bytes as the merge command does for a file it was given. */
export async function receive(file: string, bytes: Uint8Array): Promise<ReceivedFile> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return { file, outcome: { ok: false, reason: opened.reason } };
  return {
    file,
    modified: opened.modified,
    outcome: { ok: true, report: validateWorkbook(opened.source, catalog(), { locale: "vi", fileName: file }) },
  };
}

/** A small deterministic generator: the same "random" reports on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
