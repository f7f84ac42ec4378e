import type { Doubt, Rule } from "../catalog/schema";
import type { Locale } from "./finding";

/**
 * Every finding's message, in Vietnamese and English, by stable code. A message says what is wrong and what
 * to type instead. Parameters arrive already formatted for display (numbers in Vietnamese style for vi).
 */
type Params = Record<string, string>;
type PairForm = Extract<Rule, { kind: "pair" }>["form"];
type Message = { vi: (p: Params) => string; en: (p: Params) => string };

export const MESSAGES = {
  "value.excelError": {
    vi: (p) => `Ô chứa lỗi Excel ${p.value}. Sửa công thức hoặc nhập trực tiếp số liệu.`,
    en: (p) => `The cell holds the Excel error ${p.value}. Fix the formula or type the figure.`,
  },
  "value.externalLink": {
    vi: () => "Công thức lấy số liệu từ một sổ tính khác; khi gửi đi, số liệu có thể không còn đúng. Hãy dán giá trị.",
    en: () =>
      "The formula takes its value from another workbook, which will not travel with the file. Paste the value.",
  },
  "value.ambiguous": {
    vi: (p) => `Đã đọc «${p.value}» là ${p.read}. Nếu không đúng, nhập lại bằng số không có dấu phân cách.`,
    en: (p) => `Read "${p.value}" as ${p.read}. If that is wrong, type the number without separators.`,
  },
  "value.notNumber": {
    vi: (p) => `«${p.value}» không phải là số. ${p.hint}`,
    en: (p) => `"${p.value}" is not a number. ${p.hint}`,
  },
  "count.negative": {
    vi: () => "Số lượng không được âm. Nhập số nguyên từ 0 trở lên.",
    en: () => "A count cannot be negative. Type a whole number from 0.",
  },
  "count.fraction": {
    vi: (p) => `Số lượng phải là số nguyên, không nhập ${p.value}. Nhập ví dụ ${p.rounded}.`,
    en: (p) => `A count must be a whole number, not ${p.value}. Type for example ${p.rounded}.`,
  },
  "money.negative": {
    vi: () => "Số tiền không được âm. Nhập số tiền bằng đồng, từ 0 trở lên.",
    en: () => "An amount cannot be negative. Type the amount in đồng, from 0.",
  },
  "percent.range": {
    vi: (p) => `Tỷ lệ phải từ 0 đến 100, không phải ${p.value}.`,
    en: (p) => `A percentage must be between 0 and 100, not ${p.value}.`,
  },
  "percent.fraction": {
    vi: (p) => `Nhập tỷ lệ phần trăm, ví dụ ${p.percent} (${p.part}/${p.whole} = ${p.percent}%).`,
    en: (p) => `Type a percentage, for example ${p.percent} (${p.part}/${p.whole} = ${p.percent}%).`,
  },
  "percent.countPercent": {
    vi: (p) => `Ô này chỉ nhận tỷ lệ phần trăm: nhập ${p.percent} (số lượng ${p.count} ghi ở chỉ tiêu số lượng).`,
    en: (p) => `This cell takes the percentage only: type ${p.percent} (the count ${p.count} belongs in its own row).`,
  },
  "percent.unitFraction": {
    vi: (p) => `${p.value} có phải là ${p.percent}%? Tỷ lệ nhập theo thang 0-100: nhập ${p.percent}.`,
    en: (p) => `Is ${p.value} meant as ${p.percent}%? Percentages use the 0-100 scale: type ${p.percent}.`,
  },
  "code.word": {
    vi: (p) => `Nhập mã ${p.code} thay cho chữ «${p.value}» (${p.legend}).`,
    en: (p) => `Type the code ${p.code} instead of the word "${p.value}" (${p.legend}).`,
  },
  "code.invalid": {
    vi: (p) => `«${p.value}» không phải là mã hợp lệ. Chỉ nhập: ${p.legend}.`,
    en: (p) => `"${p.value}" is not a valid code. Type one of: ${p.legend}.`,
  },
  "passFail.invalid": {
    vi: (p) => `«${p.value}» không hợp lệ. Nhập Đạt hoặc Không đạt.`,
    en: (p) => `"${p.value}" is not valid. Type Đạt (pass) or Không đạt (fail).`,
  },
  "status.invalid": {
    vi: (p) => `«${p.value}» không hợp lệ. Nhập Đúng hạn hoặc Quá hạn.`,
    en: (p) => `"${p.value}" is not valid. Type Đúng hạn (on time) or Quá hạn (late).`,
  },
  "score.range": {
    vi: (p) => `Điểm phải từ 0 đến ${p.max} (điểm tối đa), không phải ${p.value}.`,
    en: (p) => `The score must be between 0 and ${p.max} (the maximum), not ${p.value}.`,
  },
  "score.decimals": {
    vi: (p) => `Điểm chỉ ghi tối đa 2 chữ số thập phân: ${p.value} sẽ làm tròn thành ${p.rounded}.`,
    en: (p) => `Scores have at most 2 decimals: ${p.value} rounds to ${p.rounded}.`,
  },
  "months.range": {
    vi: (p) => `Số tháng phải là số nguyên từ 0 đến ${p.max} (số tháng của kỳ báo cáo), không phải ${p.value}.`,
    en: (p) => `Months must be a whole number from 0 to ${p.max} (the months of the period), not ${p.value}.`,
  },
  "pair.invalid": {
    vi: (p) => `«${p.value}» không đúng dạng. Nhập ${p.example}.`,
    en: (p) => `"${p.value}" is not in the expected form. Type ${p.example}.`,
  },
  "pair.partExceedsWhole": {
    vi: (p) => `Phần (${p.part}) lớn hơn tổng (${p.whole}). Kiểm tra lại hai số.`,
    en: (p) => `The part (${p.part}) is larger than the whole (${p.whole}). Check both numbers.`,
  },
  "pair.percentMismatch": {
    vi: (p) => `Tỷ lệ ${p.percent}% không khớp với ${p.part}/${p.whole} = ${p.expected}%. Kiểm tra lại các số.`,
    en: (p) => `The percentage ${p.percent}% does not match ${p.part}/${p.whole} = ${p.expected}%. Check the figures.`,
  },
  "pair.percentRange": {
    vi: (p) => `Tỷ lệ ${p.percent}% phải từ 0 đến 100.`,
    en: (p) => `The percentage ${p.percent}% must be between 0 and 100.`,
  },
  "date.invalid": {
    vi: (p) => `«${p.value}» không phải là ngày. Nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024.`,
    en: (p) => `"${p.value}" is not a date. Type day/month/year, for example 15/03/2024.`,
  },
  "completeness.missing": {
    vi: () => "Chưa nhập số liệu.",
    en: () => "No value entered yet.",
  },
  "cross.partsExceedTotal": {
    vi: (p) => `Tổng các chỉ tiêu thành phần (${p.parts}) lớn hơn tổng số ở ${p.totalCell} (${p.total}).`,
    en: (p) => `The parts add up to ${p.parts}, more than the total in ${p.totalCell} (${p.total}).`,
  },
  "cross.partsNotTotal": {
    vi: (p) => `Tổng các chỉ tiêu thành phần (${p.parts}) chưa bằng tổng số ở ${p.totalCell} (${p.total}).`,
    en: (p) => `The parts add up to ${p.parts}, not the total in ${p.totalCell} (${p.total}).`,
  },
  "cross.notGreater": {
    vi: (p) => `${p.lesserWhat} (${p.lesser}) lớn hơn ${p.greaterWhat} ở ${p.greaterCell} (${p.greater}).`,
    en: (p) => `${p.lesserWhatEn} (${p.lesser}) exceeds ${p.greaterWhatEn} in ${p.greaterCell} (${p.greater}).`,
  },
  "cross.rateMismatch": {
    vi: (p) =>
      `Tỷ lệ ${p.value}% không khớp với ${p.numerator}/${p.denominator} = ${p.expected}% (ô ${p.numeratorCell} và ${p.denominatorCell}).`,
    en: (p) =>
      `The rate ${p.value}% does not match ${p.numerator}/${p.denominator} = ${p.expected}% (cells ${p.numeratorCell} and ${p.denominatorCell}).`,
  },
  "cross.sumOfChildren": {
    vi: (p) => `Điểm ${p.value} khác tổng điểm các tiêu chí thành phần (${p.sum}).`,
    en: (p) => `The score ${p.value} differs from the sum of its sub-criteria (${p.sum}).`,
  },
  "cross.cumulative": {
    vi: (p) => `Số lũy kế giảm so với ${p.previousHeader} (${p.previous} xuống ${p.value}).`,
    en: (p) => `A cumulative figure falls from ${p.previousHeader} (${p.previous} to ${p.value}).`,
  },
  "period.cumulativeFall": {
    vi: (p) =>
      `Số lũy kế giảm so với kỳ trước (${p.previousPeriod}): từ ${p.previous} xuống ${p.value}. Số lũy kế không giảm theo thời gian; kiểm tra lại một trong hai kỳ.`,
    en: (p) =>
      `A cumulative figure falls from the previous period (${p.previousPeriod}): from ${p.previous} to ${p.value}. Cumulative figures do not fall; check one of the two periods.`,
  },
  "period.jumpUp": {
    vi: (p) =>
      `Số liệu tăng từ ${p.factor} lần trở lên so với kỳ trước (${p.previousPeriod}): từ ${p.previous} lên ${p.value}. Kiểm tra có gõ thừa chữ số không.`,
    en: (p) =>
      `The figure grew ${p.factor} times or more from the previous period (${p.previousPeriod}): from ${p.previous} to ${p.value}. Check for a digit typed twice.`,
  },
  "period.jumpDown": {
    vi: (p) =>
      `Số liệu giảm từ ${p.factor} lần trở lên so với kỳ trước (${p.previousPeriod}): từ ${p.previous} xuống ${p.value}. Kiểm tra có gõ thiếu chữ số không.`,
    en: (p) =>
      `The figure fell ${p.factor} times or more from the previous period (${p.previousPeriod}): from ${p.previous} to ${p.value}. Check for a lost digit.`,
  },
  "period.noSuchTemplate": {
    vi: (p) =>
      `Không so sánh với kỳ trước được: tệp ${p.previousName} không có trang tính nào theo mẫu ${p.template} (tệp có: ${p.found}).`,
    en: (p) =>
      `Not compared with the previous period: ${p.previousName} has no sheet of the template ${p.template} (it has: ${p.found}).`,
  },
  "period.otherTemplate": {
    vi: (p) =>
      `Không so sánh với kỳ trước được: tệp ${p.previousName} theo mẫu ${p.previousTemplate}, báo cáo này theo mẫu ${p.template}.`,
    en: (p) =>
      `Not compared with the previous period: ${p.previousName} follows the template ${p.previousTemplate}, this report ${p.template}.`,
  },
  "period.periodColumns": {
    vi: () =>
      "Không so sánh với kỳ trước: mẫu này đã ghi các năm (giai đoạn) thành cột, các số lũy kế được so sánh giữa các cột ngay trong trang tính.",
    en: () =>
      "Not compared with the previous period: this template's columns are already its years (phases); cumulative figures are compared across those columns within the sheet.",
  },
  "period.unknownUnit": {
    vi: (p) =>
      `Không so sánh với kỳ trước được: không rõ đơn vị báo cáo của ${p.which}, nên không biết hai báo cáo có cùng đơn vị không.`,
    en: (p) =>
      `Not compared with the previous period: ${p.which} names no reporting unit, so the two reports may be of different units.`,
  },
  "period.otherUnit": {
    vi: (p) =>
      `Không so sánh với kỳ trước được: tệp ${p.previousName} là báo cáo của ${p.previousUnit}, báo cáo này của ${p.unit}.`,
    en: (p) =>
      `Not compared with the previous period: ${p.previousName} is the report of ${p.previousUnit}, this one of ${p.unit}.`,
  },
  "period.samePeriod": {
    vi: (p) => `Không so sánh với kỳ trước: tệp ${p.previousName} cũng là báo cáo ${p.period}, không phải kỳ trước.`,
    en: (p) =>
      `Not compared with the previous period: ${p.previousName} is also the report of ${p.period}, not an earlier one.`,
  },
  "period.notEarlier": {
    vi: (p) =>
      `Không so sánh với kỳ trước được: tệp ${p.previousName} là kỳ ${p.previousPeriod}, sau kỳ ${p.period} của báo cáo này.`,
    en: (p) =>
      `Not compared with the previous period: ${p.previousName} is of ${p.previousPeriod}, later than this report's ${p.period}.`,
  },
  "sheet.unplacedRow": {
    vi: (p) =>
      `Không xác định được chỉ tiêu của dòng «${p.label}»; số liệu của dòng này không được kiểm tra và tổng hợp.`,
    en: (p) => `Could not tell which indicator the row "${p.label}" is; its figures are neither checked nor merged.`,
  },
  "sheet.missingRows": {
    vi: (p) => `Không tìm thấy ${p.count} chỉ tiêu của mẫu trong trang tính (ví dụ: ${p.examples}).`,
    en: (p) => `${p.count} indicators of the template are not in the sheet (e.g. ${p.examples}).`,
  },
  "sheet.duplicateRow": {
    vi: (p) => `Chỉ tiêu «${p.label}» xuất hiện ở nhiều dòng (${p.rows}); chỉ dòng đầu được dùng.`,
    en: (p) => `The indicator "${p.label}" appears on several rows (${p.rows}); only the first is used.`,
  },
  "sheet.versionMismatch": {
    vi: (p) => `Trang tính theo phiên bản mẫu ${p.version}, phiên bản hiện hành là ${p.current}.`,
    en: (p) => `The sheet follows template version ${p.version}; the current version is ${p.current}.`,
  },
  "consolidated.mismatch": {
    vi: (p) =>
      `Số tổng hợp «${p.value}» khác số tính lại từ số liệu các đơn vị mà bảng tổng hợp mang theo (${p.expected}): có thể đã bị sửa tay. Hãy tổng hợp lại, hoặc sửa về ${p.expected}; khi tổng hợp lên cấp trên, số tính lại được dùng.`,
    en: (p) =>
      `The consolidated figure "${p.value}" differs from the one recomputed from the units this consolidation carries (${p.expected}): it may have been edited by hand. Merge again, or set it back to ${p.expected}; a merge one level up uses the recomputed figure.`,
  },
  "consolidated.damaged": {
    vi: () =>
      "Trang tổng hợp đã mất dữ liệu ẩn (cột, dòng ẩn bị xóa hoặc sửa) nên không kiểm tra và không tổng hợp tiếp được. Hãy dùng lại tệp tổng hợp gốc.",
    en: () =>
      "The consolidated sheet has lost its hidden data (hidden columns or rows deleted or edited), so it cannot be checked or merged again. Use the original consolidated file.",
  },
} satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;

export function renderMessage(code: MessageCode, params: Params, locale: Locale): string {
  const m: Message = MESSAGES[code];
  return m[locale](params);
}

/** How each pair form is typed, for messages and the sheet's input prompts. */
export const PAIR_EXAMPLES: Record<PairForm, Record<Locale, string>> = {
  countPercent: { vi: "số lượng = tỷ lệ %, ví dụ 120 = 95%", en: "count = percent, for example 120 = 95%" },
  partWhole: { vi: "phần/tổng, ví dụ 12/15", en: "part/whole, for example 12/15" },
  partWholePercent: {
    vi: "phần/tổng = tỷ lệ %, ví dụ 12/15 = 80% (hoặc chỉ 12/15)",
    en: "part/whole = percent, for example 12/15 = 80% (or just 12/15)",
  },
  ratio: { vi: "hai số lượng cách nhau bởi dấu /, ví dụ 6/5", en: "two counts separated by /, for example 6/5" },
  twoCounts: { vi: "hai số cách nhau bởi dấu /, ví dụ 3/120", en: "two numbers separated by /, for example 3/120" },
};

/** Why a warning's figures may still be right, said after its message (catalog/schema.ts DOUBTS). */
const DOUBT_MESSAGES: Record<Doubt, Record<Locale, string>> = {
  carryOver: {
    vi: "Số liệu vẫn có thể đúng: số đã xử lý trong kỳ có thể gồm cả việc của kỳ trước chuyển sang.",
    en: "The figures may still be right: what was handled in the period may include cases carried over from the previous one.",
  },
  inferred: {
    vi: "Số liệu vẫn có thể đúng: văn bản gốc không ghi quy tắc này, quy tắc được suy ra từ nội dung các chỉ tiêu.",
    en: "The figures may still be right: the source does not state this rule; it is read from what the indicators mean.",
  },
  staffing: {
    vi: "Số liệu vẫn có thể đúng: số có mặt có thể tạm vượt chỉ tiêu được giao vừa bị cắt giảm.",
    en: "The figures may still be right: the staff present may for a while exceed a quota that was just cut.",
  },
};

/** A message followed by its doubt, when the rule that raised it has one. */
export function withDoubt(message: string, doubt: Doubt | undefined, locale: Locale): string {
  return doubt ? `${message} ${DOUBT_MESSAGES[doubt][locale]}` : message;
}

/** The relation words of a notGreater rule, for its message. */
export const RELATION_WORDS: Record<string, { lesser: [string, string]; greater: [string, string] }> = {
  completed: { lesser: ["Số đã hoàn thành", "The number completed"], greater: ["số đề ra", "the number planned"] },
  handled: {
    lesser: ["Số đã xử lý", "The number handled"],
    greater: ["số tiếp nhận/phát hiện", "the number received"],
  },
  inspected: {
    lesser: ["Số đã kiểm tra", "The number inspected"],
    greater: ["số theo kế hoạch", "the number planned"],
  },
  present: { lesser: ["Số có mặt", "The number present"], greater: ["số được giao", "the number assigned"] },
  published: { lesser: ["Số đã công khai", "The number published"], greater: ["số tương ứng", "its total"] },
  other: { lesser: ["Số liệu này", "This figure"], greater: ["số liệu", "the figure"] },
};
