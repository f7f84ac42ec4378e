import { existsSync, realpathSync, statSync, promises as fs } from "node:fs";
import path from "node:path";
import { errnoOf, writeFailure } from "./errno";

/** A user-facing failure: one Vietnamese line, exit code 2, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/**
 * Writes bytes to `target` without ever clobbering a file by accident: refuses an existing path unless
 * `force`, and writes to a temporary sibling first so a failure leaves no half-written file.
 */
export async function writeOutput(target: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const abs = path.resolve(target);
  const dir = path.dirname(abs);
  const stat = await fs.stat(dir).catch((e: unknown) => {
    if (errnoOf(e) === "ENOENT") return undefined;
    throw new CliError(`không ghi được tệp «${target}»: ${writeFailure(e)}.`);
  });
  if (!stat?.isDirectory()) throw new CliError(`không ghi được tệp «${target}»: thư mục «${dir}» không tồn tại.`);
  const existing = await fs.stat(abs).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(`không ghi được tệp «${target}»: đó là một thư mục.`);
  if (existing && !force) throw new CliError(`tệp «${target}» đã có; dùng --force để ghi đè hoặc chọn tên khác.`);
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, abs);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CliError(`không ghi được tệp «${target}»: ${writeFailure(e)}.`);
  }
}

/** Refuses, before any work, to replace files that exist unless `force`; says how many and names the first. */
export function refuseExisting(targets: readonly string[], force: boolean, where: string): void {
  if (force) return;
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length === 0) return;
  throw new CliError(
    `đã có ${existing.length} tệp sẽ bị ghi đè trong «${where}» (ví dụ «${path.basename(existing[0])}»); dùng --force để ghi đè hoặc chọn thư mục khác.`,
  );
}

/** What makes two paths one file: the path with every link resolved, and the device and inode when it exists. */
function fileIdentity(p: string): { real: string; dev?: number; ino?: number } {
  try {
    const st = statSync(p);
    return { real: realpathSync(p), dev: st.dev, ino: st.ino };
  } catch {
    // Not there (yet): its folder's real path and its name.
    try {
      return { real: path.join(realpathSync(path.dirname(path.resolve(p))), path.basename(p)) };
    } catch {
      return { real: path.resolve(p) };
    }
  }
}

/**
 * Refuses an output that is one of the inputs, whatever the spelling: the same real path (links, "..", a folder
 * given as input that holds it) or the same file under another name (a hard link). --force never overrides it:
 * a received report is never replaced.
 */
export function refuseInputAsOutput(output: string, inputs: readonly string[]): void {
  const out = fileIdentity(output);
  for (const input of inputs) {
    const id = fileIdentity(input);
    const same = id.real === out.real || (out.ino !== undefined && id.dev === out.dev && id.ino === out.ino);
    if (same)
      throw new CliError(
        `tệp ghi ra «${output}» cũng là tệp đầu vào «${input}»: không ghi đè lên tệp đã nhận, kể cả với --force; hãy chọn tên hoặc thư mục khác.`,
      );
  }
}
