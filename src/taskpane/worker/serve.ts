import { JOBS } from "./jobs";
import type { Operation, Reply, Request } from "./protocol";

type Post = (reply: Reply, transfer?: Transferable[]) => void;

/**
 * Runs one request inside the worker and posts its replies: progress, items, then its result (a workbook's bytes
 * are transferred, not copied) or the reason it failed. Cancelling is the page's to do: it ends the worker.
 */
export async function serve<K extends Operation>({ id, op, input }: Request<K>, post: Post): Promise<void> {
  try {
    const result = await JOBS[op](input, {
      progress: (done, total) => post({ id, type: "progress", done, total }),
      item: (item) => post({ id, type: "item", item }),
      pause: () => Promise.resolve(),
    });
    post(
      { id, type: "done", result },
      bytesOf(result).map((b) => b.buffer as ArrayBuffer),
    );
  } catch (e) {
    // Only a message crosses back; the page words failures for the user and logs this one for support.
    post({ id, type: "failed", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

/** The bytes a result carries (a workbook written), to transfer rather than copy. */
function bytesOf(result: unknown): Uint8Array[] {
  if (result instanceof Uint8Array) return [result];
  const bytes = (result as { bytes?: unknown } | null)?.bytes;
  return bytes instanceof Uint8Array ? [bytes] : [];
}
