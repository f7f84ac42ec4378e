import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { UnreadableReason } from "../domain/files/unreadable";
import { XLSX_BUDGETS } from "../io/xlsx/fast/budgets";
import { unreadableOf } from "./errno";

const CHUNK = 1024 * 1024;
/** Non-blocking, so that opening a FIFO never waits for a writer; no terminal ever becomes ours. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of a file the user named, or why there are none. Only a regular file is read, a link followed to
 * what it points at: a FIFO would wait forever and /dev/zero never ends, so they are set aside unopened, and
 * the type is checked again on the opened descriptor, in case the path changed in between. Past `maxBytes`
 * nothing more is read ("tooLarge"), even if the file grows meanwhile. Read synchronously: the CLI handles one
 * file at a time, and hundreds of awaited reads only add idle time. Files are opened read-only; nothing is
 * ever written back.
 */
export function readUserFile(file: string, maxBytes: number = XLSX_BUDGETS.fileBytes): Uint8Array | UnreadableReason {
  let fd: number | undefined;
  try {
    const before = typeOf(statSync(file), maxBytes);
    if (before) return before;
    fd = openSync(file, OPEN_FLAGS);
    const st = fstatSync(fd);
    const after = typeOf(st, maxBytes);
    if (after) return after;
    const chunks: Buffer[] = [];
    let total = 0;
    // The size it has now and one byte more, to see the end; then more only if it grew meanwhile.
    for (let want = st.size + 1; ; want = CHUNK) {
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return "tooLarge";
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    return unreadableOf(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file of this type and size is not read, or undefined for a regular file within the cap. */
function typeOf(st: { isFile(): boolean; isDirectory(): boolean; size: number }, maxBytes: number) {
  if (st.isDirectory()) return "directory" as const;
  if (!st.isFile()) return "special" as const;
  if (st.size > maxBytes) return "tooLarge" as const;
  return undefined;
}
