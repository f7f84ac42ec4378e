/**
 * Text as an .xlsx part may hold it. XML 1.0 cannot carry most control characters: they are left out, as ExcelJS
 * did. In a cell's text, what reads like one of the _xHHHH_ escapes spreadsheet programs decode gets its "_"
 * escaped (_x005F_), so that it reads back as typed.
 */

const INVALID = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff";
const TEXT = new RegExp(`[&<>${INVALID}]`, "g");
const CELL_TEXT = new RegExp(`[&<>${INVALID}]|_x[0-9A-Fa-f]{4}_`, "g");
const ATTRIBUTE = new RegExp(`[&<>"\\t\\n\\r${INVALID}]`, "g");

const REPLACEMENT: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // In an attribute these would be folded to spaces by whoever reads it.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const replace = (m: string) => (m.length > 1 ? `_x005F${m}` : (REPLACEMENT[m] ?? ""));

function escaper(re: RegExp): (s: string) => string {
  const probe = new RegExp(re.source);
  return (s) => (probe.test(s) ? s.replace(re, replace) : s);
}

/** Text content that is no cell's text (a title, a defined name's formula). */
export const xmlEscape = escaper(TEXT);
/** A cell's text (a shared string). */
export const xmlText = escaper(CELL_TEXT);
/** An attribute's value. */
export const xmlAttr = escaper(ATTRIBUTE);
