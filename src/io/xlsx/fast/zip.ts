import type { ReadBudget } from "./budgets";
import { corrupt, malformed } from "./errors";
import type { InflateRaw } from "./inflate";

/** One file of a zip, as its central directory describes it. */
interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

const utf8 = new TextDecoder("utf-8");

/**
 * A zip read through its central directory (what the zip says it holds, unlike the local headers, which may
 * carry zero sizes when data descriptors follow). Only what .xlsx writers produce: stored and deflated entries,
 * one disk, no zip64, no encryption; anything else throws a "corrupt" XlsxReadError. Two entries of one name,
 * or entries whose bytes overlap, are "malformed": no writer makes them, and readers disagree on what they
 * mean (overlapping entries are how a small file is made to inflate one part thousands of times).
 */
export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  /** Part names are case-insensitive in OPC; exact names are tried first. */
  private readonly lower = new Map<string, string>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: InflateRaw,
  ) {
    const b = bytes;
    const eocd = findEocd(b);
    if (u16(b, eocd + 4) !== 0 || u16(b, eocd + 6) !== 0) throw corrupt("zip: multi-disk archive");
    const count = u16(b, eocd + 10);
    const cdSize = u32(b, eocd + 12);
    const cdOffset = u32(b, eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff || hasZip64Locator(b, eocd))
      throw corrupt("zip: zip64 archives are not supported");
    if (cdOffset + cdSize > eocd) throw corrupt("zip: central directory outside the file");
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > eocd || u32(b, p) !== CENTRAL) throw corrupt("zip: damaged central directory");
      const nameLength = u16(b, p + 28);
      const next = p + 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
      if (next > eocd) throw corrupt("zip: damaged central directory");
      const entry: Entry = {
        flags: u16(b, p + 8),
        method: u16(b, p + 10),
        compressedSize: u32(b, p + 20),
        size: u32(b, p + 24),
        localOffset: u32(b, p + 42),
      };
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff)
        throw corrupt("zip: zip64 entries are not supported");
      const name = utf8.decode(b.subarray(p + 46, p + 46 + nameLength));
      if (this.entries.has(name)) throw malformed(`zip: two entries named ${name}`);
      this.entries.set(name, entry);
      this.lower.set(name.toLowerCase(), name);
      p = next;
    }
    checkDisjoint([...this.entries.values()], b, cdOffset);
  }

  /** The stored name of a part, matched case-insensitively when not exactly; undefined when absent. */
  find(name: string): string | undefined {
    return this.entries.has(name) ? name : this.lower.get(name.toLowerCase());
  }

  /**
   * The uncompressed bytes of a part named exactly as find() returned it. Its declared size is charged to the
   * budget before anything is inflated, and inflating never goes past it.
   */
  async read(name: string, budget: ReadBudget): Promise<Uint8Array> {
    const e = this.entries.get(name);
    if (!e) throw corrupt(`zip: no entry ${name}`);
    const b = this.bytes;
    if (e.flags & 1) throw corrupt(`zip: ${name} is encrypted`);
    const start = dataStart(b, e);
    if (start === undefined) throw corrupt(`zip: ${name}: bad local header`);
    const end = start + e.compressedSize;
    if (end > b.length) throw corrupt(`zip: ${name} is truncated`);
    budget.part(name, e.size);
    const data = b.subarray(start, end);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) out = await this.inflate(data, e.size);
    else throw corrupt(`zip: ${name} uses compression method ${e.method}`);
    if (out.length > e.size) throw malformed(`zip: ${name} inflates to more than its declared ${e.size} bytes`);
    if (out.length !== e.size) throw corrupt(`zip: ${name} inflates to ${out.length} bytes, not ${e.size}`);
    return out;
  }
}

/** Where an entry's data begins, past its local header; undefined when the local header is not there. */
function dataStart(b: Uint8Array, e: Entry): number | undefined {
  if (e.localOffset + 30 > b.length || u32(b, e.localOffset) !== LOCAL) return undefined;
  return e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
}

/**
 * Every entry's local header and data lie before the central directory and apart from every other entry's.
 * An entry whose local header is damaged is left to read(), which reports it if the part is ever needed.
 */
function checkDisjoint(entries: Entry[], b: Uint8Array, cdOffset: number): void {
  const spans = entries.flatMap((e) => {
    const start = dataStart(b, e);
    return start === undefined ? [] : [{ from: e.localOffset, to: start + e.compressedSize }];
  });
  spans.sort((x, y) => x.from - y.from);
  for (let i = 0; i < spans.length; i++) {
    if (spans[i].to > cdOffset) throw malformed("zip: an entry runs into the central directory");
    if (i > 0 && spans[i].from < spans[i - 1].to) throw malformed("zip: entries share bytes");
  }
}

/** The end-of-central-directory record: the last one in the file, after at most a 64 KiB comment. */
function findEocd(b: Uint8Array): number {
  const last = b.length - EOCD_SIZE;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--)
    if (b[i] === 0x50 && u32(b, i) === EOCD && i + EOCD_SIZE + u16(b, i + 20) <= b.length) return i;
  throw corrupt("zip: no end of central directory (truncated file?)");
}

function hasZip64Locator(b: Uint8Array, eocd: number): boolean {
  return eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR;
}
