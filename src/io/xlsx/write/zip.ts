import type { DeflateRaw } from "./deflate";

/** One file of the package: its name and its bytes before compression. */
export interface ZipPart {
  name: string;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

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

/** Deflates a part (stores it when tiny) as soon as it is written: only its compressed bytes are kept. */
export async function compressPart(p: ZipPart, deflate: DeflateRaw, level: number): Promise<CompressedPart> {
  const method = p.data.length < STORE_BELOW ? 0 : 8;
  const data = method === 0 ? p.data : await deflate(p.data, level);
  return { name: encoder.encode(p.name), crc: crc32(p.data), method, size: p.data.length, data };
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
