import { nodeZlib, type Deflater, type DeflateRaw } from "./deflate";

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** The CRC-32 of the bytes, continuing `crc`, the CRC of the bytes before them. */
function tableCrc32(data: Uint8Array, crc = 0): number {
  let c = crc ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** zlib's own where Node has it (some 20 times faster), the table's otherwise. */
export const crc32: (data: Uint8Array, crc?: number) => number = nodeZlib()?.crc32 ?? tableCrc32;

/** MS-DOS date and time, as zip headers keep them (local time, two-second steps). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Parts this small are stored: deflating them saves nothing. */
const STORE_BELOW = 64;

/** A part compressed, ready for the zip: what its headers say of it, and its bytes. */
export interface CompressedPart {
  name: Uint8Array;
  crc: number;
  method: number;
  size: number;
  data: Uint8Array;
}

const encoder = new TextEncoder();
/** Bytes of a part compressed at a time: a large sheet's text is never held whole, in any form. */
const PIECE = 1 << 20;

/**
 * A part's text as it is written: UTF-8 into a buffer of about a megabyte, each full buffer compressed at once and
 * counted into the part's CRC and size; only the compressed bytes are kept. A part that stays tiny is stored.
 */
export class PartWriter {
  /** Grown up to a piece as the part's text comes: most parts are a few hundred bytes. */
  private buf = new Uint8Array(1 << 12);
  private length = 0;
  private size = 0;
  private crc = 0;
  private deflater: Deflater | undefined;

  constructor(
    private readonly deflate: DeflateRaw,
    private readonly level: number,
  ) {}

  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const need = this.length + text.length * 3;
    if (need > this.buf.length && this.buf.length < PIECE) {
      const more = new Uint8Array(Math.min(PIECE, Math.max(need, 2 * this.buf.length)));
      more.set(this.buf.subarray(0, this.length));
      this.buf = more;
    }
    if (need > this.buf.length) {
      this.flush();
      if (text.length * 3 > this.buf.length) {
        this.compress(encoder.encode(text));
        return;
      }
    }
    this.length += encoder.encodeInto(text, this.buf.subarray(this.length)).written;
  }

  private flush(): void {
    if (this.length > 0) this.compress(this.buf.subarray(0, this.length));
    this.length = 0;
  }

  private compress(bytes: Uint8Array): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    (this.deflater ??= this.deflate(this.level)).push(bytes);
  }

  /** The part under its name, ready for the zip; the writer is spent. */
  async part(name: string): Promise<CompressedPart> {
    const encoded = encoder.encode(name);
    if (!this.deflater && this.length < STORE_BELOW) {
      const data = this.buf.slice(0, this.length);
      return { name: encoded, crc: crc32(data), method: 0, size: data.length, data };
    }
    this.flush();
    this.buf = new Uint8Array(0);
    return { name: encoded, crc: this.crc, method: 8, size: this.size, data: await this.deflater!.end() };
  }
}

/**
 * A zip of the parts in the order given: each with its sizes and CRC in its local header (no data descriptors),
 * then the central directory. What ../fast/zip.ts reads, and every .xlsx reader.
 */
export function zipParts(parts: readonly CompressedPart[]): Uint8Array {
  const { time, date } = dosTime(new Date());
  const offsets: number[] = [];
  let offset = 0;
  for (const e of parts) {
    offsets.push(offset);
    offset += 30 + e.name.length + e.data.length;
  }
  const cdSize = parts.reduce((a, e) => a + 46 + e.name.length, 0);
  const out = new Uint8Array(offset + cdSize + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v, true);
    p += 4;
  };
  const common = (e: CompressedPart) => {
    u16(20); // version needed: 2.0 (deflate)
    u16(0x0800); // flags: names in UTF-8
    u16(e.method);
    u16(time);
    u16(date);
    u32(e.crc);
    u32(e.data.length);
    u32(e.size);
    u16(e.name.length);
    u16(0); // extra field
  };
  for (const e of parts) {
    u32(0x04034b50);
    common(e);
    out.set(e.name, p);
    p += e.name.length;
    out.set(e.data, p);
    p += e.data.length;
  }
  const cdOffset = p;
  parts.forEach((e, i) => {
    u32(0x02014b50);
    u16(20); // made by: MS-DOS, 2.0
    common(e);
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]);
    out.set(e.name, p);
    p += e.name.length;
  });
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(parts.length);
  u16(parts.length);
  u32(cdSize);
  u32(cdOffset);
  u16(0);
  return out;
}
