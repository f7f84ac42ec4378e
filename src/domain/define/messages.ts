import type { Rule } from "../catalog/schema";
import type { Locale } from "../rules/finding";
import type { TableFailure } from "./table";

/** Something about a table's row that its definition could not take as printed. */
export interface DefineProblem {
  /** 1-based sheet row. */
  row: number;
  code: "noKind" | "unknownUnit" | "noValueColumns";
  params: Record<string, string>;
}

type Texts = Record<
  DefineProblem["code"] | TableFailure,
  { vi: (p: Record<string, string>) => string; en: (p: Record<string, string>) => string }
>;

const TEXTS: Texts = {
  noKind: {
    vi: (p) =>
      `«${p.label}»: đơn vị tính và nội dung chỉ tiêu không cho biết loại số liệu; để là văn bản (chọn loại khi xem lại mẫu).`,
    en: (p) =>
      `"${p.label}": neither its unit of measure nor its label says what kind of figure it is; kept as text (choose the kind when reviewing).`,
  },
  unknownUnit: {
    vi: (p) =>
      `«${p.label}»: đơn vị tính «${p.unit}» không cho biết loại số liệu; để là văn bản (chọn loại khi xem lại mẫu).`,
    en: (p) =>
      `"${p.label}": the unit of measure "${p.unit}" does not say what kind of figure it is; kept as text (choose the kind when reviewing).`,
  },
  noValueColumns: {
    vi: () => "Bảng không có cột nhập số liệu (chỉ có STT, nội dung, đơn vị tính, ghi chú...): mẫu sẽ không có ô nhập.",
    en: () =>
      "The table has no column for figures (only STT, labels, units, notes...): the template will have no input cells.",
  },
  noHeader: {
    vi: () =>
      "Không tìm thấy hàng tiêu đề của bảng (một hàng có ít nhất hai ô như «STT», «Chỉ tiêu», «Đơn vị tính», «Số liệu»).",
    en: () =>
      'No header row found (a row with at least two cells such as "STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu").',
  },
  noLabelColumn: {
    vi: () => "Không tìm thấy cột nội dung chỉ tiêu (cột có chữ ở các hàng dưới tiêu đề).",
    en: () => "No column of indicator labels found (a column with words in the rows under the header).",
  },
  noRows: {
    vi: () => "Dưới hàng tiêu đề không có hàng chỉ tiêu nào.",
    en: () => "There are no indicator rows under the header.",
  },
};

export function defineProblemMessage(p: DefineProblem, locale: Locale): string {
  return TEXTS[p.code][locale](p.params);
}

export function tableFailureMessage(reason: TableFailure, locale: Locale): string {
  return TEXTS[reason][locale]({});
}

const KIND_NAMES: Record<Rule["kind"], [string, string]> = {
  count: ["số lượng", "count"],
  money: ["số tiền", "amount"],
  percent: ["tỷ lệ %", "percentage"],
  flag: ["mã có/không", "yes/no code"],
  code: ["mã", "code"],
  passFail: ["Đạt/Không đạt", "pass/fail"],
  score: ["điểm", "score"],
  months: ["số tháng", "months"],
  pair: ["cặp số", "pair of figures"],
  date: ["ngày", "date"],
  status: ["Đúng hạn/Quá hạn", "on time/late"],
  text: ["văn bản", "text"],
};

const PAIR_FORMS: Record<Extract<Rule, { kind: "pair" }>["form"], [string, string]> = {
  countPercent: ["«120 = 95%»", '"120 = 95%"'],
  partWhole: ["«12/15», phần/tổng", '"12/15", part/whole'],
  partWholePercent: ["«12/15 = 80%»", '"12/15 = 80%"'],
  ratio: ["«6/5», tỉ số", '"6/5", ratio'],
  twoCounts: ["«3/120», hai số", '"3/120", two counts'],
};

/** A legend as printed: "Có = 1; Không = 0". */
export function legendText(rule: Extract<Rule, { kind: "flag" | "code" }>): string {
  const entries = rule.kind === "flag" ? [rule.yes, rule.no] : rule.codes;
  return entries.map((e) => `${e.label} = ${e.code}`).join("; ");
}

/** What a rule is, for a person: "số lượng", "mã (Có = 1; Không = 0)", "điểm (tối đa 8,5)". */
export function ruleName(rule: Rule, locale: Locale): string {
  const i = locale === "vi" ? 0 : 1;
  const name = KIND_NAMES[rule.kind][i];
  switch (rule.kind) {
    case "flag":
    case "code":
      return `${name} (${legendText(rule)})`;
    case "score":
      return `${name} (${locale === "vi" ? "tối đa" : "max"} ${rule.max.toLocaleString(locale === "vi" ? "vi-VN" : "en-US")})`;
    case "pair":
      return `${name} (${PAIR_FORMS[rule.form][i]})`;
    default:
      return name;
  }
}

export function kindName(kind: Rule["kind"], locale: Locale): string {
  return KIND_NAMES[kind][locale === "vi" ? 0 : 1];
}
