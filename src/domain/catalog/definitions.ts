import type { core } from "zod";
import { sha256Hex } from "../text/sha256";
import { catalogOf, moduleEntries, type Catalog, type CatalogEntry } from "./catalog";
import { ruleSchema, sourceModuleSchema, type SourceModule } from "./schema";

/**
 * Templates the users bring (DESIGN.md section 3): a definition file is a source module like the built-in ones
 * ({"document", "templates"}), checked by the same schema and indexed by the same builder. Its version is not
 * typed by anyone: it is the content hash of the definition, so that two files made from different definitions
 * of one template id can be told apart wherever they travel.
 */

/**
 * One template of a user definition, as the catalog holds it; `definition.json` is what a workbook injected from
 * it carries: canonical JSON of {"document", "templates": [this template]}, version included.
 */
export type UserDefinition = CatalogEntry & { definition: { json: string } };

/** One problem of a malformed definition: where in the JSON, and what to do (Vietnamese). */
export interface DefinitionIssue {
  path: string;
  message: string;
}

export type DefinitionParse = { ok: true; definitions: UserDefinition[] } | { ok: false; issues: DefinitionIssue[] };

/** "templates[0].rows[12].rule.kind": the path as one reads it in the JSON file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(gốc)"
  );
}

const KINDS = ruleSchema.options.map((o) => o.shape.kind.value).join(", ");
const TYPE_VI: Record<string, string> = {
  string: "một chuỗi chữ",
  number: "một số",
  boolean: "true hoặc false",
  array: "một danh sách [...]",
  object: "một đối tượng {...}",
};

/** Vietnamese messages for the schema's checks, saying what the field must hold. */
function issueMessage(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `thiếu trường này (cần ${TYPE_VI[issue.expected] ?? issue.expected}).`
        : `cần ${TYPE_VI[issue.expected] ?? issue.expected}.`;
    case "too_small":
      return issue.origin === "string"
        ? "không được để trống."
        : issue.origin === "array"
          ? `cần ít nhất ${issue.minimum} phần tử.`
          : `phải từ ${issue.minimum} trở lên.`;
    case "too_big":
      return issue.origin === "string"
        ? `dài quá ${issue.maximum} ký tự.`
        : issue.origin === "array"
          ? `nhiều quá ${issue.maximum} phần tử.`
          : `phải từ ${issue.maximum} trở xuống.`;
    case "invalid_value":
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
    case "unrecognized_keys":
      return `trường không có trong mẫu: ${issue.keys.map((k) => `«${k}»`).join(", ")} (kiểm tra chính tả).`;
    case "invalid_union":
      return "discriminator" in issue && issue.discriminator === "kind"
        ? `loại chỉ tiêu không có; dùng một trong: ${KINDS}.`
        : "discriminator" in issue && issue.discriminator === "type"
          ? 'loại dòng không có; dùng "section", "indicator" hoặc "entries".'
          : "giá trị không đúng dạng nào được nhận.";
    case "invalid_format":
      return issue.message;
    default:
      return issue.message;
  }
}

/** The schema's own checks say what is wrong in English; these say it in Vietnamese. */
const CUSTOM: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^id: letters/, () => "mã chỉ gồm chữ không dấu, số, '.', '_' hoặc '-', bắt đầu bằng chữ hoặc số."],
  [/^cell ref:/, () => "tham chiếu ô phải có dạng <mã dòng> hoặc <mã dòng>@<mã cột>."],
  [/^duplicate column key (.+)$/, (m) => `mã cột «${m[1]}» bị trùng.`],
  [/^a template needs a label column$/, () => 'mẫu cần một cột có role "label" (nội dung chỉ tiêu).'],
  [/^duplicate row id (.+)$/, (m) => `mã dòng «${m[1]}» bị trùng.`],
  [
    /^indicator (.+) has no rule for its value columns$/,
    (m) => `chỉ tiêu «${m[1]}» chưa có "rule" (loại chỉ tiêu) cho các cột số liệu.`,
  ],
  [/^no column (.+)$/, (m) => `không có cột «${m[1]}».`],
  [/^unknown row (.+)$/, (m) => `không có dòng mã «${m[1]}».`],
  [/^unknown value column (.+)$/, (m) => `không có cột số liệu «${m[1]}».`],
  [/^expected (.+)$/, (m) => `phải là «${m[1]}» (mã của "document").`],
  [/^a warning rule needs a doubt$/, () => 'quy tắc chỉ cảnh báo cần "doubt": vì sao số liệu vẫn có thể đúng.'],
];

function translate(issue: core.$ZodIssue): string {
  if (issue.code === "custom" || issue.code === "invalid_format")
    for (const [re, say] of CUSTOM) {
      const m = re.exec(issue.message);
      if (m) return say(m);
    }
  return issueMessage(issue);
}

/** Keys sorted at every level, so that equal definitions give equal text whatever order they were typed in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

/** The content hash that is a user template's version: 16 hex digits of SHA-256 of its canonical JSON. */
export function contentHash(module: SourceModule): string {
  const body = { ...module, templates: module.templates.map((t) => ({ ...t, version: "" })) };
  return sha256Hex(JSON.stringify(canonical(body))).slice(0, 16);
}

/** The version field is the hash, computed here: whatever a hand-edited file says there does not matter. */
function withoutVersions(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const { templates } = input as { templates?: unknown };
  if (!Array.isArray(templates)) return input;
  return {
    ...input,
    templates: templates.map((t) => (t && typeof t === "object" && !Array.isArray(t) ? { ...t, version: "0" } : t)),
  };
}

/**
 * Checks a definition (parsed JSON) with the catalog's schema and builder: one issue per problem with its JSON
 * path and a Vietnamese message, or one user definition per template, each versioned by its content hash.
 */
export function parseDefinition(input: unknown): DefinitionParse {
  const parsed = sourceModuleSchema.safeParse(withoutVersions(input));
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: translate(i) })) };
  const { entries, strayAt } = moduleEntries(parsed.data);
  if (strayAt !== undefined)
    return {
      ok: false,
      issues: [
        {
          path: jsonPath(["templates", strayAt, "document"]),
          message: `phải là «${parsed.data.document.id}» (mã của "document").`,
        },
      ],
    };
  const ids = new Set<string>();
  const issues: DefinitionIssue[] = [];
  entries.forEach((e, i) => {
    if (ids.has(e.template.id))
      issues.push({ path: jsonPath(["templates", i, "id"]), message: `mã mẫu «${e.template.id}» bị trùng.` });
    ids.add(e.template.id);
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    definitions: entries.map(({ template, document }) => {
      const module: SourceModule = { document, templates: [template] };
      const version = contentHash(module);
      const json = JSON.stringify(canonical({ document, templates: [{ ...template, version }] }));
      return { template: { ...template, version }, document, definition: { json } };
    }),
  };
}

/** Parses definition text (a .json file); a syntax error is one issue at the root. */
export function parseDefinitionText(text: string): DefinitionParse {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ path: "(gốc)", message: `không phải JSON hợp lệ (${detail}).` }] };
  }
  return parseDefinition(input);
}

/** Why a user definition was not added to a catalog. */
export type DefinitionConflict =
  { kind: "builtin"; id: string } | { kind: "differs"; id: string; kept: string; other: string };

const combined = new WeakMap<Catalog, Map<string, Catalog>>();
/** Workbooks made from the same definitions share one catalog (and one label index). */
const MAX_COMBINED = 32;

/**
 * The catalog with user definitions beside the built-in templates: one catalog to the rest of the domain. A
 * definition never replaces a built-in template. Of two definitions of one id, `prefer: "later"` keeps the later
 * (a workbook's own carried definition over one given for all files), else the first; either way the other is
 * reported, never merged with it.
 */
export function withDefinitions(
  base: Catalog,
  definitions: readonly UserDefinition[],
  prefer: "first" | "later" = "first",
): { catalog: Catalog; conflicts: DefinitionConflict[] } {
  const conflicts: DefinitionConflict[] = [];
  const chosen = new Map<string, CatalogEntry>();
  for (const d of definitions) {
    const id = d.template.id;
    const existing = base.get(id);
    if (existing && !existing.definition) {
      conflicts.push({ kind: "builtin", id });
      continue;
    }
    const kept = chosen.get(id) ?? existing;
    if (kept && kept.template.version !== d.template.version) {
      const [winner, loser] = prefer === "later" ? [d, kept] : [kept, d];
      conflicts.push({ kind: "differs", id, kept: winner.template.version, other: loser.template.version });
      chosen.set(id, winner);
    } else if (!kept) chosen.set(id, d);
  }
  const added = [...chosen.values()].filter((d) => base.get(d.template.id) !== d);
  if (added.length === 0) return { catalog: base, conflicts };
  const key = added
    .map((d) => `${d.template.id}@${d.template.version}`)
    .sort()
    .join("|");
  let cache = combined.get(base);
  if (!cache) combined.set(base, (cache = new Map()));
  let catalog = cache.get(key);
  if (!catalog) {
    const replaced = new Set(added.map((d) => d.template.id));
    catalog = catalogOf([...base.templates.filter((e) => !replaced.has(e.template.id)), ...added]);
    if (cache.size >= MAX_COMBINED) cache.delete(cache.keys().next().value!);
    cache.set(key, catalog);
  }
  return { catalog, conflicts };
}

/** A definition as a .json file people read and edit: the document, then the template in the schema's order. */
export function definitionFileText(d: UserDefinition): string {
  return `${JSON.stringify({ document: d.document, templates: [d.template] }, null, 2)}\n`;
}
