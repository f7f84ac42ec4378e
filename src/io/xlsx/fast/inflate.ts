/** Raw DEFLATE (zip method 8) decompression, injected so that the same reader runs in Node and in the browser. */
export type InflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

interface Zlib {
  inflateRawSync(data: Uint8Array): Uint8Array;
}

/** The browser's decompressor (Chrome/Edge 103+, Node 21.2+/20.12+); every call is a stream round trip. */
export async function streamInflate(data: Uint8Array): Promise<Uint8Array> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  // A corrupt stream rejects the write and close as well as the read below; only the read's rejection counts.
  // Zip entries are views of the file's own bytes: never a SharedArrayBuffer.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(ds.readable).arrayBuffer());
}

let chosen: InflateRaw | undefined;

/**
 * Node's zlib where there is one (synchronous, several times faster than streams), the browser's
 * DecompressionStream otherwise. zlib is reached through process.getBuiltinModule (Node 20.16+) rather than a
 * require or import, so that webpack never sees node:zlib and the browser bundle needs no fallback for it.
 */
export function defaultInflate(): InflateRaw {
  if (chosen) return chosen;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = typeof proc?.getBuiltinModule === "function" ? (proc.getBuiltinModule("node:zlib") as Zlib) : undefined;
  if (zlib) chosen = (data) => zlib.inflateRawSync(data);
  else if (typeof globalThis.DecompressionStream === "function") chosen = streamInflate;
  else throw new Error("no raw-deflate decompressor here (needs Node 20.16+ or a browser with DecompressionStream)");
  return chosen;
}
