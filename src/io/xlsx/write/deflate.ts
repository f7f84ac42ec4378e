/**
 * Raw DEFLATE (zip method 8) compression, injected so that the same writer runs in Node and in the browser.
 * `level` is zlib's: 1 is fastest, 6 its default. A part is given piece by piece as it is written, so that the
 * writer never holds a large sheet's whole text: the compressed stream of all the pieces comes out at the end.
 */
export interface Deflater {
  /** Compresses a piece, or keeps a copy of it until `end`; the piece's bytes may be reused once this returns. */
  push(piece: Uint8Array): void;
  /** One raw DEFLATE stream of every piece pushed, in order. */
  end(): Promise<Uint8Array>;
}

export type DeflateRaw = (level: number) => Deflater;

interface Zlib {
  deflateRawSync(data: Uint8Array, options: { level: number; finishFlush?: number }): Uint8Array;
  constants: { Z_SYNC_FLUSH: number };
  /** Node 20.15 and later. */
  crc32?: (data: Uint8Array, value?: number) => number;
}

/**
 * Node's zlib, reached through process.getBuiltinModule as in ../fast/inflate.ts, so that webpack never sees
 * node:zlib; undefined in a browser.
 */
export function nodeZlib(): Zlib | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof proc?.getBuiltinModule === "function" ? (proc.getBuiltinModule("node:zlib") as Zlib) : undefined;
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Node's zlib, one piece at a time: each piece compressed on its own and ended by a sync flush (an empty stored
 * block, not the final one), the last block final; such streams follow one another as one valid DEFLATE stream.
 * Only the compressed bytes are kept.
 */
function zlibDeflater(zlib: Zlib, level: number): Deflater {
  const chunks: Uint8Array[] = [];
  return {
    push: (piece) => void chunks.push(zlib.deflateRawSync(piece, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH })),
    end: async () => joined([...chunks, zlib.deflateRawSync(new Uint8Array(0), { level })]),
  };
}

/** The browser's compressor (Chrome/Edge 103+), which takes the pieces as a stream; it has no level. */
export function streamDeflater(): Deflater {
  const cs = new CompressionStream("deflate-raw");
  const writer = cs.writable.getWriter();
  const chunks: Uint8Array[] = [];
  // Read as the compressor gives, so that pieces do not pile up in its queue longer than they must.
  const read = (async () => {
    const reader = cs.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      chunks.push(value);
    }
  })();
  return {
    push: (piece) => void writer.write(piece.slice() as Uint8Array<ArrayBuffer>).catch(() => undefined),
    end: async () => {
      await writer.close();
      await read;
      return joined(chunks);
    },
  };
}

let chosen: DeflateRaw | undefined;

/** Node's zlib where there is one (synchronous and several times faster than streams), the browser's otherwise. */
export function defaultDeflate(): DeflateRaw {
  if (chosen) return chosen;
  const zlib = nodeZlib();
  if (zlib) chosen = (level) => zlibDeflater(zlib, level);
  else if (typeof globalThis.CompressionStream === "function") chosen = streamDeflater;
  else throw new Error("no raw-deflate compressor here (needs Node 20.16+ or a browser with CompressionStream)");
  return chosen;
}
