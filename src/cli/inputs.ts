import { readdirSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import type { UnreadableReason } from "../domain/files/unreadable";
import { unreadableOf } from "./errno";

/** A path to read, or one set aside with its reason (a FIFO, a device, a folder that cannot be listed). */
export interface InputPath {
  path: string;
  problem?: UnreadableReason;
}

const isWorkbookName = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith("~$");

/**
 * The inputs of a merge, in a stable order: files as named, folders searched recursively for .xlsx files
 * (Excel's "~$" lock files left out). Of a folder's entries only regular files are read and links are followed
 * to regular files only; FIFOs, devices and sockets are set aside with their reason, and so is every folder
 * that cannot be listed (no permission, a path past the system's limit), each on its own: the rest goes on.
 * Links to folders are not followed, so a link loop cannot make the walk endless.
 */
export function discoverInputs(named: readonly string[]): InputPath[] {
  const out: InputPath[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.push({ path: dir, problem: unreadableOf(e) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!isWorkbookName(e.name)) continue;
      else if (e.isFile()) out.push({ path: p });
      else out.push(e.isSymbolicLink() ? linkTarget(p) : { path: p, problem: "special" });
    }
  };
  for (const input of named) {
    const stat = statOf(input);
    if (stat?.isDirectory()) walk(input);
    // Named files are read as they are: readUserFile says what is wrong with one that is no regular file.
    else out.push({ path: input });
  }
  return out;
}

/** A link named like a workbook: read only if it leads to a regular file. */
function linkTarget(p: string): InputPath {
  try {
    const st = statSync(p);
    if (st.isFile()) return { path: p };
    return { path: p, problem: st.isDirectory() ? "directory" : "special" };
  } catch (e) {
    return { path: p, problem: unreadableOf(e) };
  }
}

function statOf(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
