import { corrupt } from "./errors";
import { detached, isElement, prefixOf, rootName, rootStart, stringItem, stringItemFilled, TagReader } from "./xml";

/**
 * xl/sharedStrings.xml, read at once for its structure (a damaged <si> makes the file corrupt now, as before any
 * cell is asked for) and decoded string by string on first use: a sheet recognised by its carriers never decodes
 * the labels it does not look at.
 */
export class SharedStrings {
  private readonly xml: string;
  private readonly prefix: string;
  /** Content span of string i: starts[i] to ends[i]; -1 for an empty <si/>. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly decoded: (string | undefined)[] = [];
  private readonly tag = new TagReader();

  constructor(xml: string) {
    this.xml = xml;
    const p = (this.prefix = prefixOf(rootName(xml)));
    const tag = this.tag;
    const si = `${p}si`;
    const close = `</${si}>`;
    for (let lt = xml.indexOf(`<${si}`, rootStart(xml)); lt >= 0;) {
      if (!isElement(xml, lt, si)) {
        lt = xml.indexOf(`<${si}`, lt + 1);
        continue;
      }
      if (!tag.read(xml, lt + 1 + si.length)) throw corrupt("sharedStrings: damaged <si>");
      if (tag.selfClosing) {
        this.starts.push(-1);
        this.ends.push(-1);
        lt = xml.indexOf(`<${si}`, tag.end);
        continue;
      }
      const end = xml.indexOf(close, tag.end);
      if (end < 0) throw corrupt("sharedStrings: unterminated <si>");
      this.starts.push(tag.end);
      this.ends.push(end);
      lt = xml.indexOf(`<${si}`, end + close.length);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** String `i` as plain text (rich-text runs joined), or undefined past the table's end. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.starts.length)) return undefined;
    let s = this.decoded[i];
    if (s === undefined) {
      const start = this.starts[i];
      s = this.decoded[i] = start < 0 ? "" : detached(stringItem(this.xml, start, this.ends[i], this.prefix, this.tag));
    }
    return s;
  }

  /** Whether string `i` holds more than white space; undefined past the table's end. */
  filled(i: number): boolean | undefined {
    if (!(i >= 0 && i < this.starts.length)) return undefined;
    const start = this.starts[i];
    if (start < 0) return false;
    return stringItemFilled(this.xml, start, this.ends[i], this.prefix, this.tag) ?? this.get(i)!.trim() !== "";
  }
}

export const NO_STRINGS = new SharedStrings("");
