import type { Rule } from "../catalog/schema";
import { normalizeLabel } from "../recognize/normalize-label";

/**
 * An indicator's kind read from what the table prints (DESIGN.md section 4): its unit of measure (Đơn vị tính),
 * its label, or the header of its value column. Each reader returns a rule only when the text says it plainly;
 * anything else is left to the caller, which lists the row as one it could not type (never a silent guess).
 */

/** Where a kind was read: the table says so in one of these places. */
export type KindSource = "unit" | "label" | "header" | "heading" | "parts" | "max";

/** A unit of measure that names something without saying what kind of figure it is. */
export interface UnknownUnit {
  unknown: string;
}

type Code = Extract<Rule, { kind: "flag" }>["yes"]["code"];
type LegendEntry = { code: Code; label: string };

/** Nouns a count is measured in (the sources' units of measure and their usual neighbours), normalised. */
const COUNT_NOUNS = [
  "nhiệm vụ",
  "văn bản",
  "cơ quan",
  "đơn vị",
  "vấn đề",
  "thủ tục",
  "quyết định",
  "nghị quyết",
  "quy trình",
  "hồ sơ",
  "người",
  "tin",
  "bài",
  "tin nhắn",
  "email",
  "thư",
  "chứng thư",
  "chữ ký",
  "cuộc",
  "số lượng",
  "cổng",
  "trang",
  "lượt",
  "lớp",
  "buổi",
  "đợt",
  "bản",
  "phiếu",
  "doanh nghiệp",
  "tổ chức",
  "cá nhân",
  "dịch vụ",
  "mô hình",
  "sáng kiến",
  "kiến nghị",
  "phản ánh",
  "chương trình",
  "kế hoạch",
  "đề án",
  "hội nghị",
  "máy",
  "tài khoản",
  "hộ",
  "xã",
  "huyện",
  "phòng",
  "ban",
  "sở",
  "cán bộ",
  "công chức",
  "viên chức",
  "biên chế",
  "ngày",
  "cái",
  "chiếc",
  "bộ",
  "vụ",
  "đơn",
].map((w) => normalizeLabel(w));

const MONEY_UNITS = /^(?:(?:nghìn|ngàn|triệu|tỷ) )?(?:đồng|vnđ|vnd)$/;

/** "Có tổ chức = x; Không tổ chức = 0": label = code pairs, separated by spaces, ";" or ",". */
const LEGEND_ENTRY = /([^=;,()\n]+?)\s*=\s*(x|\d+)(?=[\s;,.)]|$)/giu;

/** A legend as printed ("Không = 0 Có = 1", "Chưa có = 0, 2 cấp = 1, 3 cấp = 2"), or undefined. */
export function parseLegend(text: string): LegendEntry[] | undefined {
  const entries: LegendEntry[] = [];
  for (const m of text.matchAll(LEGEND_ENTRY)) {
    const label = m[1].replace(/^[\s:;,.-]+/, "").trim();
    if (!label) return undefined;
    entries.push({ code: m[2].toLowerCase() === "x" ? "x" : Number(m[2]), label });
  }
  // Every "=" must belong to an entry: "... hồ sơ = ...%" or "a = b + c" is no legend.
  if (entries.length < 2 || entries.length !== (text.match(/=/g) ?? []).length) return undefined;
  if (new Set(entries.map((e) => String(e.code))).size !== entries.length) return undefined;
  return entries;
}

/** Two codes, one of them 0, make a flag (yes is the other one); more, or other codes, make a code list. */
export function legendRule(entries: readonly LegendEntry[]): Rule {
  if (entries.length === 2) {
    const no = entries.find((e) => e.code === 0);
    const yes = entries.find((e) => e !== no);
    if (no && yes && (yes.code === 1 || yes.code === "x")) return { kind: "flag", yes, no };
  }
  return { kind: "code", codes: entries.map((e) => ({ ...e })) };
}

/** The legend written in parentheses inside a label or header: "Tổ chức cuộc thi (Có = 1; Không = 0)". */
function legendInParentheses(text: string): Rule | undefined {
  for (const m of text.matchAll(/\(([^()]*=[^()]*)\)/g)) {
    const entries = parseLegend(m[1]);
    if (entries) return legendRule(entries);
  }
  return undefined;
}

const startsWithAny = (n: string, words: readonly string[]) =>
  words.some((w) => n === w || n.startsWith(`${w} `) || n.startsWith(`${w}/`) || n.startsWith(`${w},`));

/** A unit such as "Tin/bài" names one thing twice: both halves are single count nouns. */
function isCountNoun(n: string): boolean {
  return COUNT_NOUNS.some((w) => n === w || n.startsWith(`${w} `));
}

/**
 * Two figures in one cell, as the unit "a/b" prints them: part and whole ("Số tài khoản/ tổng", "Cuộc/cuộc"), with
 * the percentage they make ("Cuộc/cuộc = ...%"), a ratio of two counted things ("Số máy/Số người"), or two counts
 * with no order between them ("Cuộc/người tham gia"). Two single nouns ("Tin/bài", "Cổng/trang") are one unit
 * spelt two ways: a count.
 */
function slashRule(n: string): Rule | undefined {
  const at = n.indexOf("/");
  if (at < 0) return undefined;
  const left = n.slice(0, at).trim();
  const right = n.slice(at + 1).trim();
  if (!left || !right) return undefined;
  if (/%/.test(n)) return { kind: "pair", form: "partWholePercent" };
  if (right.startsWith("tổng") || left === right) return { kind: "pair", form: "partWhole" };
  if (left.startsWith("số ") && right.startsWith("số ")) return { kind: "pair", form: "ratio" };
  if (!left.includes(" ") && !right.includes(" ") && isCountNoun(left) && isCountNoun(right)) return { kind: "count" };
  return { kind: "pair", form: "twoCounts" };
}

/** The rule a unit of measure (Đơn vị tính) prints, or what it is when it names no kind. */
export function ruleFromUnit(unit: string): Rule | UnknownUnit | undefined {
  const raw = unit.trim();
  if (!raw) return undefined;
  const n = normalizeLabel(raw);
  // "... hồ sơ = ...%", "Thủ tục ...= ...%": a count and its percentage.
  if (/=\s*[.…\s]*%/.test(raw)) return { kind: "pair", form: raw.includes("/") ? "partWholePercent" : "countPercent" };
  if (raw === "%" || n === "%" || n === "tỷ lệ" || n === "tỷ lệ%") return { kind: "percent" };
  const legend = parseLegend(raw);
  if (legend) return legendRule(legend);
  if (/^đạt\/không đạt$/.test(n)) return { kind: "passFail" };
  if (/^đúng hạn\/quá hạn$/.test(n) || /^đúng hẹn\/trễ hẹn$/.test(n)) return { kind: "status" };
  if (MONEY_UNITS.test(n)) return { kind: "money" };
  if (n === "tháng") return { kind: "months" };
  if (/^ngày\/tháng\/năm$/.test(n) || /^dd\/mm\/yyyy$/.test(n)) return { kind: "date" };
  const slash = slashRule(n);
  if (slash) return slash;
  // "Số TB đã bố trí" (the number of devices installed): a unit that says "the number of ..." counts.
  if (startsWithAny(n, ["số", "tổng số"]) && !startsWithAny(n, ["số liệu", "số tiền"])) return { kind: "count" };
  // "Chứng thư số, chữ ký số", "Cơ quan, đơn vị": every part names things that are counted.
  if (
    n
      .split(/[,;]/)
      .map((p) => p.trim())
      .every((p) => p && isCountNoun(p))
  )
    return { kind: "count" };
  return { unknown: raw };
}

/**
 * A rate; "(đã tiếp nhận/đã trả đúng hạn)" prints its two counts whole first (what was received, then what was done
 * on time), which tells the message that turns a typed "1200/1150" into a percentage which number is the part.
 */
function percentRule(text: string): Rule {
  const counts = /\(([^()/]+)\/([^()/]+)\)/.exec(text);
  const first = counts ? normalizeLabel(counts[1]) : "";
  return startsWithAny(first, ["đã tiếp nhận", "tiếp nhận", "tổng", "tổng số", "số phải", "được giao"])
    ? { kind: "percent", order: "wholePart" }
    : { kind: "percent" };
}

/** What a label (or a column header) says it measures, when it says so plainly. */
function ruleFromWords(text: string): Rule | undefined {
  const legend = legendInParentheses(text);
  if (legend) return legend;
  const n = normalizeLabel(text);
  if (/\(\s*đạt\s*\/\s*không đạt\s*\)/i.test(text) || /(^| )đạt\/không đạt( |$)/.test(n)) return { kind: "passFail" };
  if (/(^| )đúng hạn\/quá hạn( |$)/.test(n)) return { kind: "status" };
  if (/\(\s*%\s*\)/.test(text) || startsWithAny(n, ["tỷ lệ", "mức độ hài lòng"])) return percentRule(text);
  if (/\(\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:đồng|vnđ)\s*\)/iu.test(text) || startsWithAny(n, ["kinh phí", "số tiền"]))
    return { kind: "money" };
  if (/\(\s*tháng\s*\)/iu.test(text) || startsWithAny(n, ["số tháng"])) return { kind: "months" };
  // The number or the summary of a document, a form of something "other": free text (DESIGN.md section 4).
  if (
    n === "số văn bản" ||
    startsWithAny(n, ["số hiệu", "số ký hiệu", "trích yếu", "hình thức", "ghi chú", "nội dung", "ý kiến", "tên"])
  )
    return { kind: "text" };
  if (startsWithAny(n, ["thời hạn", "ngày", "thời điểm"])) return { kind: "date" };
  // "Số liệu" (figures) is no count; "Số ..." of anything else is.
  if (startsWithAny(n, ["số liệu"])) return undefined;
  if (startsWithAny(n, ["số lượng", "tổng số", "số", "văn bản", "nghị quyết", "quyết định"])) return { kind: "count" };
  return undefined;
}

/** The rule a row's label prints ("Tỷ lệ ...", "Số lượng ...", "(Có = 1; Không = 0)"), if it prints one. */
export function ruleFromLabel(label: string): Rule | undefined {
  return ruleFromWords(label);
}

/**
 * The rule a value column's header prints, for columns whose kind does not depend on the row ("Đánh giá (Đạt/Không
 * đạt)", "Thời hạn ban hành", "Số Chi cục thuộc sở"). A year or "Số liệu" says nothing: the row decides.
 */
export function ruleFromHeader(header: string): Rule | undefined {
  if (/^(?:năm\s+)?(?:19|20)\d\d\b/iu.test(header.trim())) return undefined;
  return ruleFromWords(header);
}

/** A heading above the table that says what all its figures count ("Số lượng, cơ cấu tổ chức ..."). */
export function ruleFromHeading(heading: string): Rule | undefined {
  return startsWithAny(normalizeLabel(heading), ["số lượng"]) ? { kind: "count" } : undefined;
}
