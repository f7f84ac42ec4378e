/**
 * Raw DEFLATE (zip method 8) compression, injected so that the same writer runs in Node and in the browser.
 * `level` is zlib's: 1 is fastest, 6 its default.
 */
export type DeflateRaw = (data: Uint8Array, level: number) => Uint8Array | Promise<Uint8Array>;

interface Zlib {
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
}

/** The browser's compressor (Chrome/Edge 103+), read chunk by chunk into one buffer. */
export async function streamDeflate(data: Uint8Array): Promise<Uint8Array> {
  const cs = new CompressionStream("deflate-raw");
  const writer = cs.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = cs.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

let chosen: DeflateRaw | undefined;

/**
 * Node's zlib where there is one (synchronous and several times faster than streams), the browser's
 * CompressionStream otherwise; zlib is reached through process.getBuiltinModule as in ../fast/inflate.ts, so that
 * webpack never sees node:zlib.
 */
export function defaultDeflate(): DeflateRaw {
  if (chosen) return chosen;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = typeof proc?.getBuiltinModule === "function" ? (proc.getBuiltinModule("node:zlib") as Zlib) : undefined;
  if (zlib) chosen = (data, level) => zlib.deflateRawSync(data, { level });
  else if (typeof globalThis.CompressionStream === "function") chosen = streamDeflate;
  else throw new Error("no raw-deflate compressor here (needs Node 20.16+ or a browser with CompressionStream)");
  return chosen;
}
