import type { Column, Rule, TemplateInput } from "../schema";

/**
 * Row builders, rule constants and the year columns shared by the source modules. They only cut repetition:
 * what they return is plain template data, checked by the schema when the catalog loads.
 */

/** A row of a template as the source modules write it. */
export type RowInput = TemplateInput["rows"][number];

/** A legend code as printed: 1, 0, 2, or "x" (Khánh Hòa writes "Có = x; Không = 0"). */
type Code = Extract<Rule, { kind: "flag" }>["yes"]["code"];

/** What a row may carry besides its id, STT, label and level: Đơn vị tính, reporter, fixed or prefilled cells. */
export interface RowExtra {
  unit?: string;
  reporter?: string;
  cells?: Record<string, string | number>;
}

export const COUNT: Rule = { kind: "count" };
export const PERCENT: Rule = { kind: "percent" };
export const MONEY: Rule = { kind: "money" };
export const TEXT: Rule = { kind: "text" };
export const PASS_FAIL: Rule = { kind: "passFail" };

/**
 * A flag with its legend as printed: "Có tổ chức = 1; Không tổ chức = 0" is flag(1, "Có tổ chức", 0, "Không tổ chức"),
 * "Có tổ chức = x; Không tổ chức = 0" is flag("x", "Có tổ chức", 0, "Không tổ chức").
 */
export const flag = (yesCode: Code, yesLabel: string, noCode: Code, noLabel: string): Rule => ({
  kind: "flag",
  yes: { code: yesCode, label: yesLabel },
  no: { code: noCode, label: noLabel },
});

/**
 * An indicator (one input cell per value column). `stt` only when the source prints one; no `rule` when the
 * template's value columns carry their own.
 */
export const ind = (
  id: string,
  stt: string | undefined,
  label: string,
  level: number,
  rule: Rule | undefined,
  extra: RowExtra = {},
): RowInput => ({
  type: "indicator",
  id,
  ...(stt === undefined ? {} : { stt }),
  label,
  level,
  ...(rule === undefined ? {} : { rule }),
  ...extra,
});

/** A heading with no input of its own. `id` only when cross rules or sub-rows refer to it. */
export const section = (
  id: string | undefined,
  stt: string | undefined,
  label: string,
  level: number,
  extra: RowExtra = {},
): RowInput => ({
  type: "section",
  ...(id === undefined ? {} : { id }),
  ...(stt === undefined ? {} : { stt }),
  label,
  level,
  ...extra,
});

/**
 * The columns of the year tables of the national indicator set (Khánh Hòa Phụ lục 2 II.1-II.3 and II.5-II.7,
 * Bình Định Phụ lục 1-3 and 5-7): STT, the label, the reporter when the table prints one, then one value column
 * per year, y2015 ... y2020 (Năm 2015 ... Năm 2020 (Tính đến 31/3)).
 */
export const yearColumns = (labelHeader: string, reporterHeader?: string): Column[] => {
  const reporter: Column[] =
    reporterHeader === undefined ? [] : [{ key: "reporter", header: reporterHeader, role: "reporter" }];
  return [
    { key: "stt", header: "STT", role: "stt" },
    { key: "label", header: labelHeader, role: "label" },
    ...reporter,
    { key: "y2015", header: "Năm 2015", role: "value" },
    { key: "y2016", header: "Năm 2016", role: "value" },
    { key: "y2017", header: "Năm 2017", role: "value" },
    { key: "y2018", header: "Năm 2018", role: "value" },
    { key: "y2019", header: "Năm 2019", role: "value" },
    { key: "y2020", header: "Năm 2020 (Tính đến 31/3)", role: "value" },
  ];
};
