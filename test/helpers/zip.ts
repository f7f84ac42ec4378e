import { constants, deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * Zip packages written by hand, byte by byte: what other writers produce and ExcelJS never writes, and what
 * a hostile sender crafts (sizes that lie, entries that share bytes, parts that inflate to gigabytes).
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Deflated bytes and the size they inflate to. */
export interface Deflated {
  bytes: Uint8Array;
  size: number;
}

/**
 * `head`, then `chunk` `times` over, then `tail`, deflated without ever holding the whole text: each piece is
 * compressed on its own and flushed to a byte boundary, so one compressed chunk repeated is a valid stream of
 * the repeated text. 1 MB of repetitive XML compresses to about 1 KB: gigabytes fit in a few MB.
 */
export function repeatDeflated(head: string, chunk: string, times: number, tail: string): Deflated {
  const full = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const piece = deflateRawSync(Buffer.from(chunk), full);
  const parts = [deflateRawSync(Buffer.from(head), full)];
  for (let i = 0; i < times; i++) parts.push(piece);
  parts.push(deflateRawSync(Buffer.from(tail)));
  const size = Buffer.byteLength(head) + Buffer.byteLength(chunk) * times + Buffer.byteLength(tail);
  return { bytes: Buffer.concat(parts), size };
}

export interface ZipEntry {
  name: string;
  /** The part's text or bytes, deflated here unless `store`; or bytes already deflated. */
  data: string | Uint8Array | Deflated;
  store?: boolean;
  /** The uncompressed size the central directory states, when it should lie (taken modulo 2^32). */
  declaredSize?: number;
  /** Points the central directory entry at an earlier entry's local header instead of a header of its own. */
  sameBytesAs?: string;
}

/** A zip of the entries in order: local headers and data, then the central directory. */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const placed = new Map<string, { offset: number; crc: number; compressed: number; size: number; method: number }>();
  let offset = 0;
  for (const e of entries) {
    const nameBytes = Buffer.from(e.name, "utf8");
    let at = e.sameBytesAs === undefined ? undefined : placed.get(e.sameBytesAs);
    if (!at) {
      const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : "bytes" in e.data ? undefined : e.data;
      const data = raw === undefined ? (e.data as Deflated).bytes : e.store ? raw : deflateRawSync(raw);
      const size = raw === undefined ? (e.data as Deflated).size : raw.length;
      const method = e.store ? 0 : 8;
      at = { offset, crc: raw === undefined ? 0 : crc32(raw), compressed: data.length, size, method };
      const head = Buffer.alloc(30);
      head.writeUInt32LE(0x04034b50, 0);
      head.writeUInt16LE(20, 4);
      head.writeUInt16LE(0x0800, 6);
      head.writeUInt16LE(method, 8);
      head.writeUInt32LE(at.crc, 14);
      head.writeUInt32LE(data.length, 18);
      head.writeUInt32LE(size % 2 ** 32, 22);
      head.writeUInt16LE(nameBytes.length, 26);
      local.push(head, nameBytes, data);
      offset += head.length + nameBytes.length + data.length;
      placed.set(e.name, at);
    }
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(at.method, 10);
    dir.writeUInt32LE(at.crc, 16);
    dir.writeUInt32LE(at.compressed, 20);
    dir.writeUInt32LE((e.declaredSize ?? at.size) % 2 ** 32, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(at.offset, 42);
    central.push(dir, nameBytes);
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, end]));
}

/** A zip of the given parts, deflated unless `store`. */
export function zip(parts: Record<string, string>, store = false): Uint8Array {
  return zipEntries(Object.entries(parts).map(([name, data]) => ({ name, data, store })));
}

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export const ROOT_RELS = `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** xl/workbook.xml listing `sheets` (name and relationship id), after an optional prolog (a DOCTYPE...). */
export function workbookXml(sheets: readonly { name: string; rid: string }[], prolog = "", workbookPr = ""): string {
  const list = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.rid}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>${list}</sheets></workbook>`;
}

/** xl/_rels/workbook.xml.rels: each id to a worksheet part, then the styles and shared strings. */
export function workbookRels(worksheets: readonly { rid: string; target: string }[]): string {
  const rels = worksheets
    .map((w) => `<Relationship Id="${w.rid}" Type="${REL}/worksheet" Target="${w.target}"/>`)
    .join("");
  return `<Relationships xmlns="${PKG_REL}">${rels}<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

export const worksheetXml = (sheetData: string) =>
  `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`;

/** A minimal package: one worksheet (given as its <sheetData> content) and optional other parts. */
export function xlsx(sheetData: string, extra: Record<string, string> = {}, workbookPr = ""): Uint8Array {
  return zip({
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": workbookXml([{ name: "S", rid: "rId1" }], "", workbookPr),
    "xl/_rels/workbook.xml.rels": workbookRels([{ rid: "rId1", target: "/xl/worksheets/sheet1.xml" }]),
    "xl/worksheets/sheet1.xml": worksheetXml(sheetData),
    ...extra,
  });
}

/**
 * The parts of a sound zip (ours or a writer's), by name, inflated: to edit one and zip them again. Each part's
 * CRC is checked against the one its central directory says: a part that is not what the zip claims throws.
 */
export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(eocd + 10);
  const parts: Record<string, Uint8Array> = {};
  for (let i = 0, p = b.readUInt32LE(eocd + 16); i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const compressed = b.readUInt32LE(p + 20);
    const nameLength = b.readUInt16LE(p + 28);
    const name = b.toString("utf8", p + 46, p + 46 + nameLength);
    const local = b.readUInt32LE(p + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + compressed);
    parts[name] = method === 0 ? data : inflateRawSync(data);
    if (crc32(parts[name]) !== b.readUInt32LE(p + 16)) throw new Error(`${name}: CRC-32 differs from the zip's`);
    p += 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return parts;
}
