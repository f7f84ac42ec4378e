import { readFileSync } from "node:fs";
import type { UnreadableReason } from "../domain/files/unreadable";

/**
 * The bytes of a file the user named, or why there are none. Read synchronously: the CLI handles one file at a
 * time, and hundreds of awaited reads only add idle time. Files are opened read-only; nothing is ever written back.
 */
export function readUserFile(file: string): Uint8Array | UnreadableReason {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "EISDIR" ? "directory" : code === "ENOENT" || code === "ENOTDIR" ? "notFound" : "corrupt";
  }
}
