/**
 * Names as people type them into a cell: the same unit arrives as NFC or NFD (macOS), with doubled or
 * non-breaking spaces, and with characters nobody sees (a zero-width space pasted from a web page, a soft
 * hyphen from Word, a BOM). Cleaned, they are one name; compared, case does not matter either.
 */

/** Zero-width and formatting characters, soft hyphen, BOM, and C0/C1 controls other than tab and line feed. */
function invisible(c: number): boolean {
  return (
    c < 0x09 ||
    (c > 0x0a && c < 0x20) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff
  );
}

/** A name fit to show and to compare: NFC, invisible characters removed, runs of spaces made one, trimmed. */
export function cleanName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[^]/g, (ch) => (invisible(ch.charCodeAt(0)) ? "" : ch))
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .trim();
}

/** The key a unit is known by: its cleaned name without regard to case (DESIGN.md section 7). */
export function unitKey(name: string): string {
  return cleanName(name).toLocaleLowerCase("vi");
}
