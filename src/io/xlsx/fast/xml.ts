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

/** White space as String.trim() sees it. */
function isSpace(c: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && /\s/.test(String.fromCharCode(c));
}

/** Whether the element opening at `lt` (a "<") is named `name` exactly, not merely starting so. */
export function isElement(xml: string, lt: number, name: string): boolean {
  return xml.startsWith(name, lt + 1) && isNameEnd(xml.charCodeAt(lt + 1 + name.length));
}

/**
 * A start tag's attributes as spans of the part's text: reading a tag copies nothing, so that scanning thousands
 * of cells allocates nothing for the attributes they carry and nobody asks for. Values are raw (entities not
 * decoded): decode() the ones that may hold text.
 */
export class TagReader {
  private xml = "";
  private nameStart: number[] = [];
  private nameEnd: number[] = [];
  /** Where attribute k's value starts and ends (the quotes excluded). */
  valueStart: number[] = [];
  valueEnd: number[] = [];
  count = 0;
  /** Index just past the tag's ">". */
  end = 0;
  selfClosing = false;

  /**
   * Reads the attributes of the start tag whose name ends at `from`; false when the tag is malformed or cut
   * off (then `end` is meaningless).
   */
  read(xml: string, from: number): boolean {
    this.xml = xml;
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
      // The name is what precedes "=", trailing white space left out (as String.trimEnd would).
      let nameEnd = eq;
      while (nameEnd > i && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      const k = this.count++;
      this.nameStart[k] = i;
      this.nameEnd[k] = nameEnd;
      this.valueStart[k] = q + 1;
      this.valueEnd[k] = close;
      i = close + 1;
    }
  }

  /** Whether attribute k is named `name` exactly. */
  isNamed(k: number, name: string): boolean {
    const start = this.nameStart[k];
    return this.nameEnd[k] - start === name.length && this.xml.startsWith(name, start);
  }

  /** Whether attribute k's raw value is `value` exactly. */
  valueIs(k: number, value: string): boolean {
    const start = this.valueStart[k];
    return this.valueEnd[k] - start === value.length && this.xml.startsWith(value, start);
  }

  value(k: number): string {
    return this.xml.slice(this.valueStart[k], this.valueEnd[k]);
  }

  /** The index of the first attribute named `name`, or -1. */
  indexOf(name: string): number {
    for (let k = 0; k < this.count; k++) if (this.isNamed(k, name)) return k;
    return -1;
  }

  /** The index of the last attribute named `name`, or -1. */
  lastIndexOf(name: string): number {
    for (let k = this.count - 1; k >= 0; k--) if (this.isNamed(k, name)) return k;
    return -1;
  }

  get(name: string): string | undefined {
    const k = this.indexOf(name);
    return k < 0 ? undefined : this.value(k);
  }

  /** The value of the attribute whose local name is `local`, whatever its prefix (e.g. r:id). */
  getLocal(local: string): string | undefined {
    for (let k = 0; k < this.count; k++) {
      const name = this.xml.slice(this.nameStart[k], this.nameEnd[k]);
      if (localName(name) === local) return this.value(k);
    }
    return undefined;
  }
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The character of the entity whose "&" is at `amp`, and where it ends; undefined when there is none there. */
function entityAt(s: string, amp: number): { text: string; end: number } | undefined {
  let i = amp + 1;
  if (s.charCodeAt(i) === 35 /* # */) {
    const hex = s.charCodeAt(i + 1) === 120; /* x */
    i += hex ? 2 : 1;
    const from = i;
    let code = 0;
    for (; ; i++) {
      const c = s.charCodeAt(i);
      const d =
        c >= 48 && c <= 57 ? c - 48 : hex && c >= 97 && c <= 102 ? c - 87 : hex && c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) break;
      code = code * (hex ? 16 : 10) + d;
    }
    if (i === from || s.charCodeAt(i) !== 59 /* ; */) return undefined;
    // Past Unicode's range the reference is kept as written.
    return { text: code <= 0x10ffff ? String.fromCodePoint(code) : s.slice(amp, i + 1), end: i + 1 };
  }
  const semi = s.indexOf(";", i);
  if (semi < 0 || semi - i > 4) return undefined;
  const name = s.slice(i, semi);
  return Object.hasOwn(NAMED, name) ? { text: NAMED[name], end: semi + 1 } : undefined;
}

/** Attribute or text content as an XML parser gives it: line ends normalised, entities resolved. */
export function decode(raw: string): string {
  // Normalise line ends before resolving entities, so that an escaped &#13; survives as XML requires.
  const s = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const entity = entityAt(s, amp);
    if (entity) {
      out += s.slice(from, amp) + entity.text;
      from = entity.end;
    }
    amp = s.indexOf("&", entity ? from : amp + 1);
  }
  return out + s.slice(from);
}

/**
 * Text that holds nothing of the part it was read from. V8 keeps a slice of 13 characters or more as a view into
 * the string it was cut from, and decoding joins such slices: one cell's text kept in a report would keep its
 * whole sheet's XML alive, and a merge keeps thousands of reports. Joining to a space and cutting it off makes V8
 * copy the text into a string of its own.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
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

/**
 * Whether raw text decodes to more than white space, told without decoding when it can be: true at its first
 * character that is neither white space nor the start of an entity (or, in a string item, of a _xHHHH_ escape),
 * false when it is all white space, undefined when only decoding can tell (an entity, an escape, a non-ASCII
 * character that may be a space).
 */
export function visibleText(xml: string, start: number, end: number, escapes = false): boolean | undefined {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    return c > 32 && c < 127 && c !== 38 /* & */ && !(escapes && c === 95) /* _ */ ? true : undefined;
  }
  return false;
}

/**
 * Whether stringItem() of the same span gives more than white space, read as stringItem reads it (its <t>
 * elements, phonetic runs left out) but without decoding; undefined when only decoding can tell.
 */
export function stringItemFilled(
  xml: string,
  start: number,
  end: number,
  prefix: string,
  tag: TagReader,
): boolean | undefined {
  const t = prefix + "t";
  const rPh = prefix + "rPh";
  let undecided = false;
  let pos = start;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= end) break;
    if (isElement(xml, lt, t)) {
      if (!tag.read(xml, lt + 1 + t.length)) break;
      if (tag.selfClosing) {
        pos = tag.end;
        continue;
      }
      const close = xml.indexOf(`</${t}>`, tag.end);
      if (close < 0) break;
      const visible = visibleText(xml, tag.end, close, true);
      if (visible) return true;
      if (visible === undefined) undecided = true;
      pos = close + t.length + 3;
    } else if (isElement(xml, lt, rPh)) {
      if (!tag.read(xml, lt + 1 + rPh.length)) break;
      const close = tag.selfClosing ? -1 : xml.indexOf(`</${rPh}>`, tag.end);
      pos = close < 0 ? tag.end : close + rPh.length + 3;
    } else pos = lt + 1;
  }
  return undecided ? undefined : false;
}
