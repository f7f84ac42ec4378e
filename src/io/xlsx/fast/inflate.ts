import { malformed } from "./errors";

/**
 * Raw DEFLATE (zip method 8) decompression, injected so that the same reader runs in Node and in the browser.
 * `size` is the entry's declared size (already within the budgets): the output is never allowed to grow past
 * it, and more output than declared throws a "malformed" XlsxReadError: that is how a bomb lies about its size.
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array | Promise<Uint8Array>;

interface Zlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }): Uint8Array;
}

const lies = (size: number) => malformed(`deflate data inflates to more than its declared ${size} bytes`);

/**
 * The browser's decompressor (Chrome/Edge 103+, Node 21.2+/20.12+), read chunk by chunk into one buffer of the
 * declared size; the stream is cancelled as soon as it would overflow it.
 */
export async function streamInflate(data: Uint8Array, size: number): Promise<Uint8Array> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  // A corrupt stream rejects the write and close as well as the read below; only the read's rejection counts.
  // Zip entries are views of the file's own bytes: never a SharedArrayBuffer.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  const out = new Uint8Array(size);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return length === size ? out : out.subarray(0, length);
    if (length + value.length > size) {
      await reader.cancel().catch(() => undefined);
      throw lies(size);
    }
    out.set(value, length);
    length += value.length;
  }
}

const CHUNK_CAP = 4 * 1024 * 1024;

let chosen: InflateRaw | undefined;

/**
 * Node's zlib where there is one (synchronous, several times faster than streams), the browser's
 * DecompressionStream otherwise. zlib is reached through process.getBuiltinModule (Node 20.16+) rather than a
 * require or import, so that webpack never sees node:zlib and the browser bundle needs no fallback for it.
 * zlib's maxOutputLength stops inflating at the cap (ERR_BUFFER_TOO_LARGE) instead of after the whole stream.
 */
export function defaultInflate(): InflateRaw {
  if (chosen) return chosen;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = typeof proc?.getBuiltinModule === "function" ? (proc.getBuiltinModule("node:zlib") as Zlib) : undefined;
  if (zlib)
    chosen = (data, size) => {
      try {
        // maxOutputLength must be at least 1; an empty part that inflates to one byte is caught by the caller.
        // One chunk of the declared size (zlib's minimum 64) for every real part: no chunks to join afterwards. A
        // size declared larger than any real part gets no more than CHUNK_CAP before its data proves it.
        const chunkSize = Math.max(64, Math.min(size, CHUNK_CAP));
        return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize });
      } catch (e) {
        if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw lies(size);
        throw e;
      }
    };
  else if (typeof globalThis.DecompressionStream === "function") chosen = streamInflate;
  else throw new Error("no raw-deflate decompressor here (needs Node 20.16+ or a browser with DecompressionStream)");
  return chosen;
}
