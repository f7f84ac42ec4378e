import type { Rule } from "../catalog/schema";
import { PAIR_EXAMPLES } from "../rules/messages";

/**
 * How an input cell of each rule kind is typed in the sheet: Excel number format and native data validation
 * with a Vietnamese input message and error alert. The domain validator is the authority; native validation
 * is the first line that stops a wrong value as it is typed.
 */
export interface NativeValidation {
  type: "whole" | "decimal" | "list" | "date" | "textLength";
  operator: "between" | "greaterThanOrEqual" | "lessThanOrEqual";
  /** Bounds for between / comparisons, or the list items for "list". */
  formulae: (number | string | Date)[];
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface InputFormat {
  numFmt: string;
  validation: NativeValidation;
}

/** Excel caps input and error messages at 255 characters and titles at 32. */
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function make(
  numFmt: string,
  v: Omit<NativeValidation, "promptTitle" | "errorTitle" | "prompt" | "error">,
  title: string,
  prompt: string,
  error: string,
): InputFormat {
  return {
    numFmt,
    validation: {
      ...v,
      promptTitle: clip(title, 32),
      prompt: clip(prompt, 255),
      errorTitle: clip("Giá trị không hợp lệ", 32),
      error: clip(error, 255),
    },
  };
}

const codeText = (c: number | "x") => String(c);

export function inputFormat(rule: Rule, monthsInPeriod: number): InputFormat {
  switch (rule.kind) {
    case "count":
      return make(
        "#,##0",
        { type: "whole", operator: "greaterThanOrEqual", formulae: [0] },
        "Số lượng",
        "Nhập số nguyên không âm, ví dụ 12. Không nhập chữ, không nhập số thập phân.",
        "Ô này nhận số nguyên từ 0 trở lên, ví dụ 12.",
      );
    case "money":
      return make(
        "#,##0",
        { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] },
        "Số tiền (đồng)",
        "Nhập số tiền bằng đồng, không âm, ví dụ 150000000.",
        "Ô này nhận số tiền từ 0 trở lên, ví dụ 150000000.",
      );
    case "percent":
      // General shows 95, 95.5 and 95.55 as typed; "0.##" printed "95." for 95 (a bare decimal separator).
      return make(
        "General",
        { type: "decimal", operator: "between", formulae: [0, 100] },
        "Tỷ lệ phần trăm",
        "Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 95,5. Không nhập dạng phân số như 149/149.",
        "Ô này nhận tỷ lệ phần trăm từ 0 đến 100, ví dụ 95,5 (149/149 thì nhập 100).",
      );
    case "flag": {
      const items = [rule.yes, rule.no];
      const legend = items.map((e) => `${e.label} = ${codeText(e.code)}`).join("; ");
      return make(
        "General",
        { type: "list", operator: "between", formulae: items.map((e) => codeText(e.code)) },
        "Chọn mã",
        `Nhập mã: ${legend}.`,
        `Chỉ nhập một trong các mã: ${legend}.`,
      );
    }
    case "code": {
      const legend = rule.codes.map((e) => `${e.label} = ${codeText(e.code)}`).join("; ");
      return make(
        "General",
        { type: "list", operator: "between", formulae: rule.codes.map((e) => codeText(e.code)) },
        "Chọn mã",
        `Nhập mã: ${legend}.`,
        `Chỉ nhập một trong các mã: ${legend}.`,
      );
    }
    case "passFail":
      return make(
        "@",
        { type: "list", operator: "between", formulae: ["Đạt", "Không đạt"] },
        "Đánh giá",
        "Chọn Đạt hoặc Không đạt.",
        "Chỉ nhập Đạt hoặc Không đạt.",
      );
    case "score":
      return make(
        "0.00",
        { type: "decimal", operator: "between", formulae: [0, rule.max] },
        "Điểm",
        `Nhập điểm từ 0 đến ${String(rule.max).replace(".", ",")} (điểm tối đa), tối đa 2 chữ số thập phân.`,
        `Điểm phải từ 0 đến ${String(rule.max).replace(".", ",")} (điểm tối đa của tiêu chí).`,
      );
    case "months":
      return make(
        "0",
        { type: "whole", operator: "between", formulae: [0, monthsInPeriod] },
        "Số tháng",
        `Nhập số tháng đã thực hiện trong kỳ báo cáo, từ 0 đến ${monthsInPeriod}.`,
        `Số tháng phải là số nguyên từ 0 đến ${monthsInPeriod}.`,
      );
    case "pair": {
      const example = PAIR_EXAMPLES[rule.form].vi;
      return make(
        "@",
        { type: "textLength", operator: "lessThanOrEqual", formulae: [60] },
        "Cặp số",
        `Nhập ${example}.`,
        `Nhập ${example}.`,
      );
    }
    case "date":
      return make(
        "dd/mm/yyyy",
        {
          type: "date",
          operator: "between",
          formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        },
        "Ngày",
        "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/03/2024.",
        "Ô này nhận một ngày, ví dụ 15/03/2024.",
      );
    case "status":
      return make(
        "@",
        { type: "list", operator: "between", formulae: ["Đúng hạn", "Quá hạn"] },
        "Tiến độ",
        "Chọn Đúng hạn hoặc Quá hạn.",
        "Chỉ nhập Đúng hạn hoặc Quá hạn.",
      );
    case "text":
      return make(
        "@",
        { type: "textLength", operator: "lessThanOrEqual", formulae: [4000] },
        "Nội dung",
        "Nhập nội dung bằng chữ.",
        "Nội dung quá dài (tối đa 4000 ký tự).",
      );
  }
}

/** Note (Ghi chú) cells: free text, not counted in completeness. */
export const NOTE_FORMAT: InputFormat = inputFormat({ kind: "text" }, 12);
