import { foldWord } from "../text/fold";
import { cleanName, unitKey } from "../text/names";

/**
 * The roster of units expected to send (DESIGN.md section 7), as people keep it: a list typed or pasted one unit a
 * line, a .csv, or a sheet copied from the plan with an STT column and a header row. Matching is as loose as names
 * are typed and no looser: case, spaces and invisible characters, then diacritics ("UBND xa Cam Thanh Bac"), then
 * the administrative prefix ("Cam Hải Tây" for "UBND xã Cam Hải Tây") when that leaves one candidate only. Anything
 * closer than that is a suggestion for the consolidator, never a match.
 */

type Cell = string | number | boolean | Date | null | undefined;

/** A cell as header words are compared: folded, punctuation as spaces. */
const words = (c: string) =>
  foldWord(c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Header words of a roster table: the row naming the columns is no unit. */
const HEADER_WORDS = new Set([
  "stt",
  "tt",
  "so tt",
  "so thu tu",
  "don vi",
  "ten don vi",
  "co quan",
  "ten co quan",
  "co quan don vi",
  "ten co quan don vi",
  "don vi bao cao",
  "ten don vi bao cao",
  "ghi chu",
  "dia chi",
  "ma don vi",
]);
/** The header of the names column. */
const NAME_HEADER = /^(ten )?(co quan )?don vi( bao cao)?$|^(ten )?co quan$/;

/** "1", "1.", "2)", "a)", "-": numbering, not a name. */
const NUMBERING = /^(\d+[.)]?|[a-zđ][.)]|[-–•*+])$/i;
/** "I", "II.", "A.": a section of the roster ("I. CÁC SỞ, BAN, NGÀNH"), not a unit. */
const SECTION = /^(?:[IVX]+|[A-Z])\.?$/;
const SECTION_PREFIX = /^\s*(?:[IVX]+|[A-Z])\.\s+/;
const LEADING_NUMBER = /^\s*\d+\s*[.)\-–:]\s*|^\s*\d+\s+(?=\p{L})|^\s*[-–•*+]\s+/u;

const text = (c: Cell) => (c === null || c === undefined ? "" : cleanName(String(c)));
const isHeader = (cells: string[]) => cells.some((c) => c) && cells.every((c) => !c || HEADER_WORDS.has(words(c)));

/**
 * Units from roster rows (cells of a sheet or of a delimited line): header rows and numbering columns skipped, the
 * names taken from the column headed "Đơn vị" (or "Tên cơ quan, đơn vị"...), else from the column where most rows
 * hold a name. A title line ("DANH SÁCH ĐƠN VỊ ...") and blank rows are skipped; each unit once.
 */
export function parseRosterRows(rows: readonly (readonly Cell[])[]): string[] {
  const cells = rows.map((r) => r.map(text)).filter((r) => r.some((c) => c));
  let column: number | undefined;
  let start = 0;
  const header = cells.findIndex(isHeader);
  if (header >= 0 && header < 5) {
    const named = cells[header].findIndex((c) => NAME_HEADER.test(words(c)));
    if (named >= 0) column = named;
    start = header + 1;
  }
  const body = cells.slice(start).filter((r) => !isHeader(r));
  if (column === undefined) {
    // The column where most rows hold something that is not numbering.
    const width = Math.max(0, ...body.map((r) => r.length));
    const names = (c: number) => body.filter((r) => r[c] && !NUMBERING.test(r[c]) && !/^\d+$/.test(r[c])).length;
    column = 0;
    for (let c = 1; c < width; c++) if (names(c) > names(column)) column = c;
  }
  const seen = new Set<string>();
  const units: string[] = [];
  for (const r of body) {
    const raw = r[column] ?? "";
    if (r.some((c, i) => i !== column && SECTION.test(c)) || SECTION_PREFIX.test(raw)) continue;
    const name = raw.replace(LEADING_NUMBER, "").trim();
    if (!name || NUMBERING.test(name) || /^danh sach\b/.test(words(name))) continue;
    const key = unitKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    units.push(name);
  }
  return units;
}

/** Splits one line of a .csv (quotes, "" inside quotes) by `sep`. */
function csvCells(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === "") quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * Units from a roster's text: a .txt is one unit a line, cells split by tabs (a range pasted from Excel); a .csv
 * is split by its separator (";" as Excel writes it in Vietnamese settings, else ","), quotes respected.
 */
export function parseRosterText(content: string, kind: "txt" | "csv" = "txt"): string[] {
  const lines = content.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (kind === "txt") return parseRosterRows(lines.map((l) => l.split("\t")));
  const sample = lines.slice(0, 20).join("\n");
  const sep = (sample.match(/;/g)?.length ?? 0) > 0 ? ";" : sample.includes("\t") ? "\t" : ",";
  return parseRosterRows(lines.map((l) => csvCells(l, sep)));
}

/** Administrative prefixes a name may be written with or without ("UBND xã ...", "Phường ..."), folded. */
const ADMIN_PREFIX =
  /^(?:(?:ubnd|uy ban nhan dan)\s+)?(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tp|tinh)\s+/;
const UBND_ONLY = /^(?:ubnd|uy ban nhan dan)\s+/;

/** The three keys of a name, from strict to loose (DESIGN.md section 7). */
export function nameKeys(name: string): [string, string, string] {
  const exact = unitKey(name);
  const folded = foldWord(exact)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const bare = folded.replace(ADMIN_PREFIX, "").replace(UBND_ONLY, "").trim() || folded;
  return [exact, folded, bare];
}

/** Edit distance, bounded: stops early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

export interface RosterMatch {
  /** Roster name -> the sender's name it matched. */
  matched: Map<string, string>;
  /** On the roster, nothing received; with the closest sender's name when one is near. */
  missing: { unit: string; suggestion?: string }[];
  /** Sent but on no line of the roster; with the closest roster name when one is near. */
  unlisted: { unit: string; suggestion?: string }[];
}

/**
 * Matches the roster against the units that sent (their declared names). Each level is tried for every name before
 * the next, looser one; at the prefix-free level a key that several names share matches none of them (a wrong
 * match is worse than none). What is left on both sides is paired as suggestions by edit distance.
 */
export function matchRoster(roster: readonly string[], senders: readonly string[]): RosterMatch {
  const r = roster.map((unit) => ({ unit, keys: nameKeys(unit) }));
  const s = [...new Map(senders.map((u) => [unitKey(u), u])).values()].map((unit) => ({ unit, keys: nameKeys(unit) }));
  const matched = new Map<string, string>();
  const taken = new Set<string>();
  for (let level = 0; level < 3; level++) {
    const count = (list: typeof r, key: string) => list.filter((x) => x.keys[level] === key).length;
    for (const entry of r) {
      if (matched.has(entry.unit)) continue;
      const key = entry.keys[level];
      const candidates = s.filter((x) => !taken.has(x.unit) && x.keys[level] === key);
      if (candidates.length !== 1) continue;
      if (level === 2 && (count(r, key) > 1 || count(s, key) > 1)) continue;
      matched.set(entry.unit, candidates[0].unit);
      taken.add(candidates[0].unit);
    }
  }
  const leftRoster = r.filter((x) => !matched.has(x.unit));
  const leftSenders = s.filter((x) => !taken.has(x.unit));
  const nearest = (key: string, among: typeof r) => {
    const max = Math.max(1, Math.floor(key.length / 6));
    let best: { unit: string; d: number } | undefined;
    for (const x of among) {
      const d = distance(key, x.keys[2], max);
      if (d <= max && (!best || d < best.d)) best = { unit: x.unit, d };
    }
    return best?.unit;
  };
  return {
    matched,
    missing: leftRoster.map((x) => ({ unit: x.unit, suggestion: nearest(x.keys[2], leftSenders) })),
    unlisted: leftSenders.map((x) => ({ unit: x.unit, suggestion: nearest(x.keys[2], leftRoster) })),
  };
}
