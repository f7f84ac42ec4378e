import { catalog } from "../../domain/catalog";
import {
  parseDefinition,
  parseDefinitionText,
  type DefinitionIssue,
  type UserDefinition,
} from "../../domain/catalog/definitions";
import type { Rule, SourceModuleInput } from "../../domain/catalog/schema";
import {
  defineTemplate,
  legendRule,
  legendText,
  parseLegend,
  templateIdOf,
  type DefineProblem,
  type InferredIndicator,
} from "../../domain/define";
import type { TableFailure } from "../../domain/define/table";
import type { Grid } from "../../domain/grid";

/**
 * "Tạo mẫu": the draft of a definition made from a table, as the pane shows it for review. The user may change an
 * indicator's kind or its legend; the definition is checked by the catalog's schema (and versioned by its content
 * hash) only when it is saved or inserted. Everything here is plain data, tested without a browser.
 */

export type Kind = Rule["kind"];

/** The kinds a user may pick for an indicator, in the order the list shows them. */
export const KINDS: readonly Kind[] = [
  "count",
  "money",
  "percent",
  "flag",
  "code",
  "passFail",
  "score",
  "months",
  "pair",
  "date",
  "status",
  "text",
];

export interface Draft {
  /** Where the table came from: the file's name (standalone) or the sheet's (Excel). */
  source: string;
  sheet: string;
  module: SourceModuleInput;
  indicators: InferredIndicator[];
  problems: DefineProblem[];
}

/** One indicator of the review table. */
export interface ReviewRow {
  id: string;
  stt: string;
  label: string;
  unit: string;
  /** The row's own rule; undefined when every value column carries its own (shown, not editable). */
  rule?: Rule;
  /** The kinds of the value columns when they decide. */
  columnKinds: Kind[];
  /** A problem reported for the row (untyped, unknown unit). */
  problem?: DefineProblem;
}

const template = (draft: Draft) => draft.module.templates[0];

/**
 * Makes a draft from the first of `grids` that holds a table, or says why none does. The template id comes from the
 * file or sheet name, as `cchc define` takes it from the output file's name.
 */
export function draftFrom(
  source: string,
  grids: readonly Grid[],
  year: number,
): { ok: true; draft: Draft } | { ok: false; reason: TableFailure } {
  let reason: TableFailure = "noHeader";
  for (const grid of grids) {
    const named = templateIdOf(grids.length > 1 ? `${source} ${grid.sheetName}` : source);
    // A built-in template's id would make the workbook read as that template: the user's own gets another.
    const id = catalog().get(named) ? `${named}-tu-tao` : named;
    const result = defineTemplate(grid, { id, year });
    if (result.ok)
      return {
        ok: true,
        draft: {
          source,
          sheet: grid.sheetName,
          module: result.module,
          indicators: result.indicators,
          problems: result.problems,
        },
      };
    reason = result.reason;
  }
  return { ok: false, reason };
}

export function reviewRows(draft: Draft): ReviewRow[] {
  const t = template(draft);
  const columnKinds = t.columns.flatMap((c) => (c.role === "value" && c.rule ? [c.rule.kind] : []));
  const valueCount = t.columns.filter((c) => c.role === "value").length;
  const byColumns = valueCount > 0 && columnKinds.length === valueCount;
  return t.rows.flatMap((r) => {
    if (r.type !== "indicator") return [];
    const indicator = draft.indicators.find((i) => i.id === r.id);
    const problem = draft.problems.find((p) => p.row === indicator?.row);
    return [
      {
        id: r.id,
        stt: r.stt ?? "",
        label: r.label,
        unit: r.unit ?? "",
        ...(byColumns ? {} : { rule: r.rule }),
        columnKinds: byColumns ? columnKinds : [],
        ...(problem ? { problem } : {}),
      },
    ];
  });
}

/** What the user typed for an indicator's kind: the legend of a flag or code, a score's maximum, a pair's form. */
export interface KindInput {
  kind: Kind;
  legend: string;
  max: string;
  form: Extract<Rule, { kind: "pair" }>["form"];
}

/** The choices a row starts with: its inferred rule. */
export function kindInputOf(rule: Rule | undefined): KindInput {
  const kind = rule?.kind ?? "text";
  return {
    kind,
    legend: legendOf(rule, kind),
    max: rule?.kind === "score" ? String(rule.max) : "",
    form: rule?.kind === "pair" ? rule.form : "countPercent",
  };
}

/** The rule the user chose, or undefined while what they typed makes none (a half-typed legend). */
export function ruleOf(input: KindInput): Rule | undefined {
  switch (input.kind) {
    case "flag":
    case "code": {
      const entries = parseLegend(input.legend);
      if (!entries) return undefined;
      if (input.kind === "code") return { kind: "code", codes: entries };
      const rule = legendRule(entries);
      return rule.kind === "flag" ? rule : undefined;
    }
    case "score": {
      const n = Number(input.max.replace(",", "."));
      return input.max.trim() !== "" && Number.isFinite(n) && n > 0 ? { kind: "score", max: n } : undefined;
    }
    case "pair":
      return { kind: "pair", form: input.form };
    default:
      return { kind: input.kind } as Rule;
  }
}

/** The legend of a rule as the user edits it ("Có = 1; Không = 0"), or a starting one for a new flag or code. */
export function legendOf(rule: Rule | undefined, kind: Kind): string {
  if (rule && (rule.kind === "flag" || rule.kind === "code")) return legendText(rule);
  return kind === "code" ? "Chưa = 0; Đang làm = 1; Hoàn thành = 2" : "Có = 1; Không = 0";
}

/** The draft with one indicator's rule replaced; its problem is settled once the user chose. */
export function withRule(draft: Draft, rowId: string, rule: Rule): Draft {
  const t = template(draft);
  const rows = t.rows.map((r) => (r.type === "indicator" && r.id === rowId ? { ...r, rule } : r));
  const row = draft.indicators.find((i) => i.id === rowId)?.row;
  return {
    ...draft,
    module: { ...draft.module, templates: [{ ...t, rows }] },
    indicators: draft.indicators.map((i) => (i.id === rowId ? { ...i, rules: i.rules.map(() => rule) } : i)),
    problems: draft.problems.filter((p) => p.row !== row),
  };
}

/** The draft as a definition, through the catalog's schema: versioned by its content hash, or the issues. */
export function finish(
  draft: Draft,
): { ok: true; definition: UserDefinition } | { ok: false; issues: DefinitionIssue[] } {
  const parsed = parseDefinition(draft.module);
  return parsed.ok ? { ok: true, definition: parsed.definitions[0] } : parsed;
}

/** The definitions a host remembered, as JSON texts: those that still pass the schema, newest first. */
export function rememberedDefinitions(texts: readonly string[]): UserDefinition[] {
  return texts.flatMap((text) => {
    const parsed = parseDefinitionText(text);
    return parsed.ok ? parsed.definitions : [];
  });
}

/** The remembered list with `definition` first, replacing an earlier one of the same id. */
export function remember(list: readonly UserDefinition[], definition: UserDefinition): UserDefinition[] {
  return [definition, ...list.filter((d) => d.template.id !== definition.template.id)];
}

export function forget(list: readonly UserDefinition[], id: string): UserDefinition[] {
  return list.filter((d) => d.template.id !== id);
}

export const definitionFileName = (d: UserDefinition) => `${d.template.id}.json`;
