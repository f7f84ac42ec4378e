/**
 * Just enough XML for the parts of an .xlsx, by string scanning: the parts are machine-written, flat and
 * namespace-stable, so a DOM or a generic parser would only cost time. Elements are matched by name with the
 * prefix the part's root element uses ("" almost always; "x:" from some generators).
 */

const utf8 = new TextDecoder("utf-8");

/** A part's text: UTF-8 (the BOM dropped), or UTF-16 when it starts with a UTF-16 BOM, as XML allows. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8.decode(bytes);
}

/**
 * Index just past the markup at `lt` that is no element ("<!" or "<?"): a comment, a CDATA section, a processing
 * instruction, or a DOCTYPE with its internal subset, whose quoted strings and declarations may hold "<" and ">"
 * (a <sheet> written inside a DOCTYPE is not a sheet). -1 when it never ends.
 */
function markupEnd(xml: string, lt: number): number {
  const past = (close: string, from: number) => {
    const e = xml.indexOf(close, from);
    return e < 0 ? -1 : e + close.length;
  };
  if (xml.startsWith("<!--", lt)) return past("-->", lt + 4);
  if (xml.startsWith("<![CDATA[", lt)) return past("]]>", lt + 9);
  if (xml.charCodeAt(lt + 1) === 63 /* ? */) return past("?>", lt + 2);
  let depth = 0;
  for (let i = lt + 2; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      i = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (i < 0) return -1;
    } else if (c === 60 /* < */ && xml.startsWith("<!--", i)) {
      i = past("-->", i + 4) - 1;
      if (i < 0) return -1;
    } else if (c === 91 /* [ */) depth++;
    else if (c === 93 /* ] */) depth--;
    else if (c === 62 /* > */ && depth <= 0) return i + 1;
  }
  return -1;
}

const isMarkup = (xml: string, lt: number) => {
  const c = xml.charCodeAt(lt + 1);
  return c === 33 /* ! */ || c === 63; /* ? */
};

/** Where the root element's "<" is, past the declaration, comments and DOCTYPE; -1 when there is none. */
export function rootStart(xml: string): number {
  for (let lt = xml.indexOf("<"); lt >= 0; lt = xml.indexOf("<", lt)) {
    if (!isMarkup(xml, lt)) return lt;
    lt = markupEnd(xml, lt);
    if (lt < 0) return -1;
  }
  return -1;
}

/** The root element's name, or "" when the text holds no element. */
export function rootName(xml: string): string {
  const lt = rootStart(xml);
  if (lt < 0) return "";
  let j = lt + 1;
  while (j < xml.length && !isNameEnd(xml.charCodeAt(j))) j++;
  return xml.slice(lt + 1, j);
}

/**
 * The text with comments, CDATA sections, processing instructions and DOCTYPE removed: for the small parts that
 * say which sheets and parts there are, so that no element is found inside them.
 */
export function elementsOnly(xml: string): string {
  let out = "";
  let from = 0;
  for (let lt = xml.indexOf("<"); lt >= 0; lt = xml.indexOf("<", lt + 1)) {
    if (!isMarkup(xml, lt)) continue;
    const end = markupEnd(xml, lt);
    out += xml.slice(from, lt);
    if (end < 0) return out;
    from = end;
    lt = end - 1;
  }
  return out + xml.slice(from);
}

/** "x:" for a root element named "x:worksheet", "" for "worksheet". */
export function prefixOf(root: string): string {
  const colon = root.indexOf(":");
  return colon < 0 ? "" : root.slice(0, colon + 1);
}

export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Whitespace, ">" or "/": what may follow an element name. */
export function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** Whether the element opening at `lt` (a "<") is named `name` exactly, not merely starting so. */
export function isElement(xml: string, lt: number, name: string): boolean {
  return xml.startsWith(name, lt + 1) && isNameEnd(xml.charCodeAt(lt + 1 + name.length));
}

/**
 * A start tag's attributes, read into reused arrays so that scanning thousands of cells allocates only the
 * values' strings. Values are raw (entities not decoded): decode() the ones that may hold text.
 */
export class TagReader {
  names: string[] = [];
  values: string[] = [];
  count = 0;
  /** Index just past the tag's ">". */
  end = 0;
  selfClosing = false;

  /**
   * Reads the attributes of the start tag whose name ends at `from`; false when the tag is malformed or cut
   * off (then `end` is meaningless).
   */
  read(xml: string, from: number): boolean {
    this.count = 0;
    let i = from;
    for (;;) {
      let c = xml.charCodeAt(i);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
      if (c === 62 /* > */) {
        this.end = i + 1;
        this.selfClosing = false;
        return true;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(i + 1) !== 62) return false;
        this.end = i + 2;
        this.selfClosing = true;
        return true;
      }
      const eq = xml.indexOf("=", i);
      if (eq < 0) return false;
      let q = eq + 1;
      c = xml.charCodeAt(q);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++q);
      if (c !== 34 && c !== 39) return false;
      const close = xml.indexOf(c === 34 ? '"' : "'", q + 1);
      if (close < 0) return false;
      this.names[this.count] = xml.slice(i, eq).trimEnd();
      this.values[this.count] = xml.slice(q + 1, close);
      this.count++;
      i = close + 1;
    }
  }

  get(name: string): string | undefined {
    for (let k = 0; k < this.count; k++) if (this.names[k] === name) return this.values[k];
    return undefined;
  }

  /** The value of the attribute whose local name is `local`, whatever its prefix (e.g. r:id). */
  getLocal(local: string): string | undefined {
    for (let k = 0; k < this.count; k++) if (localName(this.names[k]) === local) return this.values[k];
    return undefined;
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Attribute or text content as an XML parser gives it: line ends normalised, entities resolved. */
export function decode(raw: string): string {
  // Normalise line ends before resolving entities, so that an escaped &#13; survives as XML requires.
  const s = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (m, hex?: string, dec?: string, name?: string) => {
    if (name) return NAMED[name];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Text of a string item's <t>: also the _xHHHH_ escapes Excel writes for control characters. */
export function decodeString(raw: string): string {
  const s = decode(raw);
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of a string item (a shared string's <si>, an inline string's <is>) between `start` and `end`:
 * its <t>, or its rich-text runs' <t> joined; phonetic runs (<rPh>) are reading aids, not content.
 */
export function stringItem(xml: string, start: number, end: number, prefix: string, tag: TagReader): string {
  const t = prefix + "t";
  const rPh = prefix + "rPh";
  let out = "";
  let pos = start;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= end) return out;
    if (isElement(xml, lt, t)) {
      if (!tag.read(xml, lt + 1 + t.length)) return out;
      if (tag.selfClosing) {
        pos = tag.end;
        continue;
      }
      const close = xml.indexOf(`</${t}>`, tag.end);
      if (close < 0) return out;
      out += decodeString(xml.slice(tag.end, close));
      pos = close + t.length + 3;
    } else if (isElement(xml, lt, rPh)) {
      if (!tag.read(xml, lt + 1 + rPh.length)) return out;
      const close = tag.selfClosing ? -1 : xml.indexOf(`</${rPh}>`, tag.end);
      pos = close < 0 ? tag.end : close + rPh.length + 3;
    } else pos = lt + 1;
  }
}
