import { z } from "zod";

/**
 * The template model: every official appendix is data of this shape, checked when the catalog loads.
 * A template is one official table (one sheet). Its input cells are the crossing of an indicator row
 * with a value column; the cell's rule is the column's rule when the column has one, else the row's.
 */

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "id: letters, digits, '.', '_' or '-' only");
const text = z.string().trim().min(1);

/** A code of a legend as printed: 1, 0, 2, or "x" (Khánh Hòa writes "Có = x; Không = 0"). */
const code = z.union([z.number().int(), z.literal("x")]);
const legendEntry = z.strictObject({ code, label: text });

export const ruleSchema = z.discriminatedUnion("kind", [
  /** Whole number >= 0 (Nhiệm vụ, Văn bản, Người, Hồ sơ, ...). */
  z.strictObject({ kind: z.literal("count") }),
  /** Amount >= 0 (Đồng, Kinh phí). */
  z.strictObject({ kind: z.literal("money") }),
  /**
   * 0..100 (%, Tỷ lệ ...). `order` is the order in which the label prints the rate's two counts, when it prints
   * them: "(đã tiếp nhận/đã trả đúng hạn)" is "wholePart". It only tells the message that turns a typed
   * "1200/1150" into the percentage which number is the part; the default is "partWhole" ("149/149").
   */
  z.strictObject({ kind: z.literal("percent"), order: z.enum(["partWhole", "wholePart"]).optional() }),
  /** Two codes: yes and no, as the legend prints them. */
  z.strictObject({ kind: z.literal("flag"), yes: legendEntry, no: legendEntry }),
  /** One of listed codes (Trực tuyến = 0, Phát phiếu = 1, Kết hợp = 2). */
  z.strictObject({ kind: z.literal("code"), codes: z.array(legendEntry).min(2) }),
  /** Đạt / Không đạt. */
  z.strictObject({ kind: z.literal("passFail") }),
  /** PAR Index score, 0..max, two decimals. */
  z.strictObject({ kind: z.literal("score"), max: z.number().positive() }),
  /** Months, 0..months in the reporting period. */
  z.strictObject({ kind: z.literal("months") }),
  /**
   * Two numbers in one cell:
   * - countPercent "120 = 95%": a count and the rate it is the basis of;
   * - partWhole "12/15": part <= whole;
   * - partWholePercent "12/15 = 80%" (also "12/15"): part <= whole, and the printed percentage agrees with them;
   * - ratio "6/5": two counts whose quotient is the figure (machines per person: more than 1 is no error);
   * - twoCounts "3/120": two counts with no order and no meaningful quotient (meetings / participants).
   * Every form but countPercent holds two counts (a, b) that consolidate by summing each.
   */
  z.strictObject({
    kind: z.literal("pair"),
    form: z.enum(["countPercent", "partWhole", "partWholePercent", "ratio", "twoCounts"]),
  }),
  /** A date (Excel serial or dd/mm/yyyy). */
  z.strictObject({ kind: z.literal("date") }),
  /** Đúng hạn / Quá hạn. */
  z.strictObject({ kind: z.literal("status") }),
  /** Free text. */
  z.strictObject({ kind: z.literal("text") }),
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule["kind"];

export const columnSchema = z.strictObject({
  key: id,
  /** Header as printed; "\n" allowed where the source breaks it. */
  header: text,
  /** Upper header spanning adjacent columns with the same group ("Kết quả thống kê"). */
  group: text.optional(),
  /**
   * stt, label, unit (Đơn vị tính), reporter (who reports), info (fixed text from the row's cells),
   * max (prints the row's score max), value (input), note (optional free-text input, not counted).
   */
  role: z.enum(["stt", "label", "unit", "reporter", "info", "max", "value", "note"]),
  /** For value columns whose kind does not depend on the row (a date column, a status column). */
  rule: ruleSchema.optional(),
  /** Width in characters; the layout computes one from the content when absent. */
  width: z.number().positive().max(120).optional(),
});
export type Column = z.infer<typeof columnSchema>;

const rowCommon = {
  /** STT as printed ("1", "1.1.", "-", "I", "a)"), empty when the source prints none. */
  stt: z.string().optional(),
  label: text,
  /** Indentation level: 0 section, 1 item, 2 sub-item, ... */
  level: z.number().int().min(0).max(5),
  /** Đơn vị tính as printed. */
  unit: z.string().optional(),
  /** Đơn vị tổng hợp, báo cáo / Đơn vị thực hiện / Chủ trì, as printed. */
  reporter: z.string().optional(),
  /** Fixed text of info/note columns, or a prefilled value of a value column, by column key. */
  cells: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
};

export const rowSchema = z.discriminatedUnion("type", [
  /** A heading: no input. Level-0 sections print bold. */
  z.strictObject({ type: z.literal("section"), id: id.optional(), ...rowCommon }),
  /** An indicator: one input cell per value column. */
  z.strictObject({ type: z.literal("indicator"), id, rule: ruleSchema.optional(), ...rowCommon }),
  /** Blank rows for a list the unit fills (Sơn La Phụ lục I): `count` rows with ids `<id>.1` ... */
  z.strictObject({ type: z.literal("entries"), id, count: z.number().int().min(1).max(100) }),
]);
export type Row = z.infer<typeof rowSchema>;
export type IndicatorRow = Extract<Row, { type: "indicator" }>;

/** A reference to one input cell: an indicator, and a value column when the row has several. */
const cellRef = z.string().regex(/^[A-Za-z0-9._-]+(@[A-Za-z0-9._-]+)?$/, "cell ref: <rowId>[@<columnKey>]");

/**
 * Why a cross rule is only a warning: the figures may break it and still be right.
 * - carryOver: a period's handling (documents processed, PAKN resolved, funds used) may concern the previous
 *   period's cases, which this period's "found"/"received"/"allocated" figure does not count;
 * - inferred: the source does not print the rule; it is read from what the indicators mean;
 * - staffing: the staff present may for a while exceed a quota that was just cut.
 */
export const DOUBTS = ["carryOver", "inferred", "staffing"] as const;
const doubt = z.enum(DOUBTS);
export type Doubt = z.infer<typeof doubt>;
const severity = z.enum(["error", "warning"]);

export const crossRuleSchema = z.discriminatedUnion("type", [
  /**
   * Parts listed under a total ("Trong đó", "-") never exceed it [severity, error by default]; equal it when
   * exhaustive [warning].
   */
  z.strictObject({
    type: z.literal("partsOfTotal"),
    total: cellRef,
    parts: z.array(cellRef).min(1),
    exhaustive: z.boolean().default(false),
    severity: severity.default("error"),
    doubt: doubt.optional(),
  }),
  /** lesser <= greater: completed <= planned, handled <= received, có mặt <= được giao ... */
  z.strictObject({
    type: z.literal("notGreater"),
    lesser: cellRef,
    greater: cellRef,
    relation: z.enum(["completed", "handled", "inspected", "present", "published", "other"]),
    severity: severity.default("error"),
    doubt: doubt.optional(),
  }),
  /** A rate row and the count rows it is computed from (also used by merge to recompute it). */
  z.strictObject({ type: z.literal("rate"), rate: cellRef, numerator: cellRef, denominator: cellRef }),
  /** PAR Index: a parent score is the sum of its children's (to 0.01), per score column. */
  z.strictObject({ type: z.literal("sumOfChildren"), parent: id, children: z.array(id).min(1) }),
  /** Cumulative ("lũy kế") values of a row do not fall from one period column to the next. */
  z.strictObject({ type: z.literal("cumulative"), row: id }),
]);
export type CrossRule = z.infer<typeof crossRuleSchema>;

export const documentSchema = z.strictObject({
  id,
  /** Issuer and province as printed ("UBND tỉnh Bình Định"). */
  issuer: text,
  /** The document as it names itself ("Kế hoạch số 04/KH-UBND ngày 20/01/2020"). */
  title: text,
  province: text,
  year: z.number().int().min(2000).max(2100),
});
export type SourceDocument = z.infer<typeof documentSchema>;

export const templateSchema = z
  .strictObject({
    id,
    /** Bumped when rows change; carried by injected sheets. */
    version: z.string().regex(/^\d+(\.\d+)*$/),
    document: id,
    /** "Phụ lục 2", "Phụ lục I". */
    appendix: text,
    /** Table within the appendix as printed ("II.1", "I"), when there are several. */
    table: z.string().optional(),
    /** Title lines as printed; "{unit}" is replaced by the reporting unit in upper case. */
    title: z.array(text).min(1),
    /** The "(Kèm theo ...)" line; a table the user brought may print none. */
    attachedTo: text.optional(),
    /** Headings printed above the table (the table's own name within the appendix). */
    headings: z.array(text).default([]),
    /** Sheet name prefix (<= 20 characters), e.g. "PL2-II.1". */
    sheetName: z.string().min(1).max(20),
    /** Value columns are years or phases printed in the source; otherwise the user's period applies. */
    periodColumns: z.boolean().default(false),
    columns: z.array(columnSchema).min(2),
    rows: z.array(rowSchema).min(1),
    crossRules: z.array(crossRuleSchema).default([]),
    /** Notes printed under the table. */
    notes: z.array(text).default([]),
    /** What a table without indicator rows is for (an assignment table, a list the unit writes), as lists say it. */
    purpose: text.optional(),
    /**
     * Comparing a report with the unit's previous one: a count that grows or shrinks `factor` times or more,
     * to or from at least `atLeast`, is a warning (a digit typed twice or lost). Defaults: x10, 20.
     */
    periodJump: z.strictObject({ factor: z.number().gt(1), atLeast: z.number().min(0) }).optional(),
  })
  .superRefine((t, ctx) => {
    const keys = new Set<string>();
    t.columns.forEach((c, i) => {
      if (keys.has(c.key))
        ctx.addIssue({ code: "custom", path: ["columns", i, "key"], message: `duplicate column key ${c.key}` });
      keys.add(c.key);
    });
    if (!t.columns.some((c) => c.role === "label"))
      ctx.addIssue({ code: "custom", path: ["columns"], message: "a template needs a label column" });
    const valueCols = t.columns.filter((c) => c.role === "value");
    const ids = new Set<string>();
    t.rows.forEach((r, i) => {
      if (!r.id) return;
      if (ids.has(r.id)) ctx.addIssue({ code: "custom", path: ["rows", i, "id"], message: `duplicate row id ${r.id}` });
      ids.add(r.id);
      if (r.type === "indicator" && !r.rule && valueCols.some((c) => !c.rule))
        ctx.addIssue({
          code: "custom",
          path: ["rows", i, "rule"],
          message: `indicator ${r.id} has no rule for its value columns`,
        });
      if (r.type !== "entries" && r.cells)
        for (const k of Object.keys(r.cells))
          if (!keys.has(k)) ctx.addIssue({ code: "custom", path: ["rows", i, "cells", k], message: `no column ${k}` });
    });
    const checkRef = (ref: string, path: (string | number)[]) => {
      const [rowId, col] = ref.split("@");
      if (!ids.has(rowId)) ctx.addIssue({ code: "custom", path, message: `unknown row ${rowId}` });
      if (col !== undefined && !valueCols.some((c) => c.key === col))
        ctx.addIssue({ code: "custom", path, message: `unknown value column ${col}` });
    };
    t.crossRules.forEach((r, i) => {
      const p = ["crossRules", i];
      // A rule that only warns says why the figures may still be right.
      if ((r.type === "notGreater" || r.type === "partsOfTotal") && r.severity === "warning" && !r.doubt)
        ctx.addIssue({ code: "custom", path: [...p, "doubt"], message: "a warning rule needs a doubt" });
      switch (r.type) {
        case "partsOfTotal":
          checkRef(r.total, [...p, "total"]);
          r.parts.forEach((x, j) => checkRef(x, [...p, "parts", j]));
          break;
        case "notGreater":
          checkRef(r.lesser, [...p, "lesser"]);
          checkRef(r.greater, [...p, "greater"]);
          break;
        case "rate":
          checkRef(r.rate, [...p, "rate"]);
          checkRef(r.numerator, [...p, "numerator"]);
          checkRef(r.denominator, [...p, "denominator"]);
          break;
        case "sumOfChildren":
          [r.parent, ...r.children].forEach((x) => checkRef(x, [...p]));
          break;
        case "cumulative":
          checkRef(r.row, [...p, "row"]);
          break;
      }
    });
  });
export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;

/** One source document's module: the document and its templates. */
export const sourceModuleSchema = z.strictObject({
  document: documentSchema,
  templates: z.array(templateSchema).min(1),
});
export type SourceModuleInput = z.input<typeof sourceModuleSchema>;
export type SourceModule = z.infer<typeof sourceModuleSchema>;
