import type { ReceivedFile } from "../../src/domain/merge/select";
import { receiveWorkbook } from "../../src/io/xlsx/receive-workbook";

/** Reads and validates bytes as the merge command does for a file it was given. */
export function receive(file: string, bytes: Uint8Array): Promise<ReceivedFile> {
  return receiveWorkbook(file, bytes, "vi");
}

/** A small deterministic generator: the same "random" reports on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
