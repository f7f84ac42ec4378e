import type { Rule } from "../catalog/schema";
import { normalizeLabel } from "../recognize/normalize-label";
import { ruleFromLabel, ruleFromUnit } from "./kinds";
import type { TableRow } from "./table";

/**
 * The outline of a table's rows: which rows are headings and which are indicators, how deep each sits, and
 * which rows are the parts of a total. Read from the STT as printed ("I", "1", "1.2.", "a)", "-") and from the
 * words of the labels; merged cells and indentation do not survive every file, numbering does.
 */

export type SttForm = "roman" | "number" | "letter" | "dash" | "none";

export interface OutlineRow {
  source: TableRow;
  stt: string;
  label: string;
  form: SttForm;
  /** Depth of a numbered STT ("1.2.3" is 3). */
  depth: number;
  level: number;
  parent?: OutlineRow;
  children: OutlineRow[];
  /** A heading that introduces the rows under it ("Chia theo ...", "Trong đó:", "... báo cáo thêm về:"). */
  phrase: boolean;
  type: "section" | "indicator";
  /** Rows that list blank entries under this heading (a list appendix: STT only). */
  entries?: number;
}

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

export function sttForm(stt: string): { form: SttForm; depth: number } {
  const s = stt.trim();
  if (!s) return { form: "none", depth: 0 };
  const bare = s.replace(/[.)]$/, "");
  if (/^[IVX]+$/.test(bare) && ROMAN.test(bare)) return { form: "roman", depth: 0 };
  if (/^\(?\d+(?:\.\d+)*\)?$/.test(bare)) return { form: "number", depth: bare.replace(/[()]/g, "").split(".").length };
  if (/^[a-zđ]$/iu.test(bare) && s.length === 2) return { form: "letter", depth: 0 };
  return { form: "dash", depth: 0 };
}

/** "Trong đó:" at the end of a label: the row is a total and the rows under it its parts. */
export const TOTAL_PHRASE = /trong đó\s*:?\s*$/iu;
const HEADING_PHRASE = /^(?:chia theo|phân theo|phân loại theo|trong đó)(?: |$)/;

function isHeadingPhrase(label: string): boolean {
  return /:\s*$/.test(label)
    ? !TOTAL_PHRASE.test(label) || /^trong đó\s*:?\s*$/iu.test(label.trim())
    : HEADING_PHRASE.test(normalizeLabel(label));
}

/** The first words of a label, for telling a heading from a total. */
const head = (label: string) => normalizeLabel(label).split(" ").slice(0, 2).join(" ");

/**
 * A parent whose rows under it are totals themselves ("Tổng số được giao", "Tổng số có mặt") or repeat its own
 * subject ("Kinh phí CCHC hàng năm" over "Kinh phí CCHC sử dụng" and "... phân bổ") heads a group: it is no
 * total of them.
 */
function headsItsChildren(row: OutlineRow): boolean {
  const kids = row.children.filter((c) => !c.phrase);
  if (kids.length === 0) return false;
  if (kids.some((c) => normalizeLabel(c.label).startsWith("tổng số"))) return true;
  const h = head(row.label);
  return !h.startsWith("số ") && !h.startsWith("tổng ") && kids.every((c) => head(c.label) === h);
}

/** Splits a dash or a numbering typed into the label cell of a table without an STT column. */
function splitStt(stt: string, label: string, hasSttColumn: boolean): { stt: string; label: string } {
  if (stt) return { stt, label };
  const dash = /^([-–—+•])\s+(.+)$/su.exec(label);
  if (dash) return { stt: "-", label: dash[2] };
  if (!hasSttColumn) {
    const numbered = /^((?:\d+\.)+\d*|[IVX]+\.)\s+(.+)$/su.exec(label);
    if (numbered) return { stt: numbered[1], label: numbered[2] };
  }
  return { stt, label };
}

/** Builds the outline of the labelled rows; rows with an STT and nothing else become entries of a list. */
export function outline(rows: readonly TableRow[], hasSttColumn: boolean, hasValueColumns: boolean): OutlineRow[] {
  const out: OutlineRow[] = [];
  for (const source of rows) {
    if (!source.label) {
      // A numbered row with nothing else under a heading: a blank line of a list the unit fills.
      const last = out[out.length - 1];
      if (/^\d+\.?$/.test(source.stt) && last) last.entries = (last.entries ?? 0) + 1;
      continue;
    }
    const { stt, label } = splitStt(source.stt, source.label, hasSttColumn);
    const { form, depth } = sttForm(stt);
    out.push({
      source,
      stt,
      label,
      form,
      depth,
      level: 0,
      children: [],
      phrase: isHeadingPhrase(label),
      type: "indicator",
    });
  }
  const hasRoman = out.some((r) => r.form === "roman");

  // Levels: Roman numerals on top, numbered rows by their depth, a "-" under the row above it, a row without
  // STT under the last numbered row or heading.
  let anchor: OutlineRow | undefined;
  let numbered: OutlineRow | undefined;
  let above: OutlineRow | undefined;
  for (const r of out) {
    if (r.form === "roman") r.level = 0;
    else if (r.form === "number") r.level = hasRoman ? r.depth : r.depth - 1;
    else if (r.form === "letter") r.level = (numbered?.level ?? -1) + 1;
    else if (r.form === "dash") r.level = above ? above.level + 1 : 0;
    else r.level = anchor ? anchor.level + 1 : 0;
    if (r.form !== "dash" && r.form !== "none") {
      anchor = r;
      if (r.form !== "letter") numbered = r;
    } else if (r.phrase) anchor = r;
    if (r.form !== "dash") above = r;
  }
  const stack: OutlineRow[] = [];
  for (const r of out) {
    while (stack.length > 0 && stack[stack.length - 1].level >= r.level) stack.pop();
    r.parent = stack[stack.length - 1];
    r.parent?.children.push(r);
    stack.push(r);
  }

  // Children first: a "Trong đó" total is one only when its parts are figures of one summable kind.
  for (const r of [...out].reverse()) r.type = rowType(r, hasValueColumns);
  // Top-level indicators sit one step in (level 0 prints as a bold heading), unless every top row is a heading.
  if (out.some((r) => r.level === 0 && r.type === "indicator")) for (const r of out) r.level++;
  for (const r of out) r.level = Math.min(r.level, 5);
  return out;
}

function rowType(r: OutlineRow, hasValueColumns: boolean): OutlineRow["type"] {
  const s = r.source;
  if (!hasValueColumns || r.entries) return "section";
  if (r.phrase) return "section";
  if (s.max !== undefined || s.unit || s.filled) return "indicator";
  if (TOTAL_PHRASE.test(r.label)) return ruleFromLabel(r.label) || summableKind(r) ? "indicator" : "section";
  if (r.form === "roman") return "section";
  if (ruleFromLabel(r.label) && !headsItsChildren(r)) return "indicator";
  return r.children.length > 0 ? "section" : "indicator";
}

/** The kind the rows under a total share when they are all counts, or all amounts, by their unit or label. */
export function summableKind(total: OutlineRow): "count" | "money" | undefined {
  const kinds = partsOf(total).map((p) => {
    if (p.type !== "indicator") return undefined;
    const u = p.source.unit ? ruleFromUnit(p.source.unit) : ruleFromLabel(p.label);
    return u && "kind" in u ? u.kind : undefined;
  });
  const first = kinds[0];
  return (first === "count" || first === "money") && kinds.every((k) => k === first) ? first : undefined;
}

/** The rows a total adds up: its children, through a heading such as "Chia theo ..." or "Trong đó:". */
export function partsOf(total: OutlineRow): OutlineRow[] {
  return total.children.flatMap((c) => (c.phrase && c.type === "section" ? c.children : [c]));
}

/** Parts that make a parts-of-total rule: all indicators of the total's own summable kind. */
export function summableParts(
  total: OutlineRow,
  kindOf: (r: OutlineRow) => Rule["kind"] | undefined,
): OutlineRow[] | undefined {
  const kind = kindOf(total);
  if (kind !== "count" && kind !== "money") return undefined;
  const parts = partsOf(total);
  if (parts.length === 0) return undefined;
  const said =
    TOTAL_PHRASE.test(total.label) || total.children.some((c) => c.phrase) || parts.every((p) => p.form === "dash");
  if (!said) return undefined;
  return parts.every((p) => p.type === "indicator" && kindOf(p) === kind) ? parts : undefined;
}
