import { promises as fs } from "node:fs";
import path from "node:path";

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
  const stat = await fs.stat(dir).catch(() => undefined);
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
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "không có quyền ghi"
        : code === "ENOSPC"
          ? "đĩa đầy"
          : (code ?? "lỗi ghi");
    throw new CliError(`không ghi được tệp «${target}»: ${why}.`);
  }
}
