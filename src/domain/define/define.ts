import type { Column, Rule, SourceModuleInput, TemplateInput } from "../catalog/schema";
import type { Grid } from "../grid";
import { foldWord } from "../text/fold";
import { ruleFromHeader, ruleFromHeading, ruleFromLabel, ruleFromUnit, type KindSource } from "./kinds";
import type { DefineProblem } from "./messages";
import { outline, summableKind, summableParts, TOTAL_PHRASE, type OutlineRow } from "./structure";
import { readTable, type Table, type TableColumn, type TableFailure } from "./table";

/**
 * A table the user already has -> a template definition (DESIGN.md section 3): the same data as a catalog source
 * module, its kinds inferred from the units of measure and the labels (section 4). Rows whose kind the table
 * does not say are kept as text and listed; nothing is guessed silently. The result still has to pass the
 * catalog's schema (src/domain/catalog/definitions.ts), which also gives it its content hash as version.
 */

export interface DefineOptions {
  /** The template id (from the name of the file the user saves the definition to). */
  id: string;
  /** The year of the document when the table prints none. */
  year: number;
}

/** One indicator as inferred, for the user to review. */
export interface InferredIndicator {
  id: string;
  row: number;
  stt: string;
  label: string;
  unit: string;
  /** The kind of each value cell of the row (the column's rule where the column has one). */
  rules: Rule[];
  from: KindSource | "column" | "none";
}

export type DefineResult =
  | { ok: true; module: SourceModuleInput; indicators: InferredIndicator[]; problems: DefineProblem[] }
  | { ok: false; reason: TableFailure };

/** "{unit}" where a blank form leaves the reporting unit open ("TẠI …………", "của ........"). */
const UNIT_BLANK = /((?:^|\s)(?:TẠI|của)\s+)(?:…{2,}|\.{5,})\s*$/u;
const ISSUER = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|BỘ|BAN|VĂN PHÒNG)\b/u;
const APPENDIX = /^(?:phụ lục|biểu(?: mẫu)?|mẫu)(?:\s|$)/iu;
const META = /^(?:đơn vị báo cáo|kỳ báo cáo|đơn vị|kỳ)\s*:/iu;

/** A template id from any name: letters and digits without diacritics, "-" between words. */
export function templateIdOf(name: string): string {
  const slug = foldWord(name)
    .replace(/\.[a-z0-9]+$/, "")
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 40)
    .replace(/[-.]+$/, "");
  return slug || "mau-tu-tao";
}

function keyOf(column: TableColumn, index: number, valueCount: number, taken: Set<string>): string {
  const year = /(?:19|20)\d\d/.exec(column.header)?.[0];
  const wanted =
    column.role === "value"
      ? valueCount === 1
        ? "value"
        : year
          ? `y${year}`
          : `v${index + 1}`
      : column.role === "info"
        ? `info${index + 1}`
        : column.role;
  let key = wanted;
  for (let n = 2; taken.has(key); n++) key = `${wanted}-${n}`;
  taken.add(key);
  return key;
}

interface TitleBlock {
  appendix?: string;
  table?: string;
  title: string[];
  attachedTo?: string;
  headings: string[];
  issuer?: string;
}

function titleBlock(table: Table): TitleBlock {
  const block: TitleBlock = { title: [], headings: [] };
  let afterAttached = false;
  for (const { text } of table.lines) {
    const line = text.replace(/\s+/g, " ").trim();
    const folded = foldWord(line);
    if (/cong hoa xa hoi chu nghia|doc lap - tu do|doc lap tu do/.test(folded) || META.test(line)) continue;
    if (!block.appendix && APPENDIX.test(line) && line.length <= 40) {
      // "Phụ lục 2 - Bảng II.1": the appendix and the table within it, as the layout prints them.
      const table = /^(.*?)\s*-\s*bảng\s+(.+)$/iu.exec(line);
      block.appendix = table ? table[1] : line;
      if (table) block.table = table[2];
      continue;
    }
    if (!block.attachedTo && /^\(.*kèm theo.*\)$/iu.test(line)) {
      block.attachedTo = line.slice(1, -1).trim().replace(UNIT_BLANK, "$1{unit}");
      afterAttached = true;
      continue;
    }
    if (!block.issuer && block.title.length === 0 && ISSUER.test(line) && line === line.toLocaleUpperCase("vi")) {
      block.issuer = line;
      continue;
    }
    const filled = line.replace(UNIT_BLANK, "$1{unit}");
    if (afterAttached || (block.title.length > 0 && line !== line.toLocaleUpperCase("vi") && !/^\(/.test(line)))
      block.headings.push(filled);
    else block.title.push(filled);
  }
  return block;
}

/** "tỉnh Khánh Hòa" as written in a sentence; "TỈNH KHÁNH HÒA" in a title only as a last resort (two words). */
function provinceOf(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const m = /(?:^|\s)tỉnh\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(t);
    if (m) return m[1];
  }
  for (const t of texts) {
    const m = /(?:^|\s)TỈNH\s+(\p{Lu}+(?:\s+\p{Lu}+)?)/u.exec(t);
    if (m) return m[1].toLocaleLowerCase("vi").replace(/(^|\s)\p{Ll}/gu, (c) => c.toLocaleUpperCase("vi"));
  }
  return undefined;
}

/** The year of the document: a date in its "Kèm theo ..." line ("ngày 20 tháng 01 năm 2020", "/8/2020"), else the title's. */
function yearOf(lines: readonly string[]): number | undefined {
  for (const t of lines) {
    const m = /(?:năm|\/)\s*(20\d\d)\b/iu.exec(t) ?? /\b(20\d\d)\b/.exec(t);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The row ids: the STT where it is a number, else the parent's id and the position under it. */
function assignIds(rows: readonly OutlineRow[]): Map<OutlineRow, string> {
  const ids = new Map<OutlineRow, string>();
  const taken = new Set<string>();
  const counters = new Map<OutlineRow | undefined, number>();
  const unique = (wanted: string) => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
  for (const r of rows) {
    const printed = r.stt.replace(/[()]/g, "").replace(/[.)]+$/, "");
    if ((r.form === "number" || r.form === "roman") && /^[A-Za-z0-9][A-Za-z0-9.]*$/.test(printed)) {
      // Numbering that starts again under each Roman section ("I. 1, 2", "II. 1, 2") is told apart by it.
      let roman = r.parent;
      while (roman && roman.form !== "roman") roman = roman.parent;
      const section = r.form === "number" && roman ? ids.get(roman) : undefined;
      ids.set(r, unique(section ? `${section}.${printed}` : printed));
    } else {
      const n = (counters.get(r.parent) ?? 0) + 1;
      counters.set(r.parent, n);
      const parentId = r.parent ? ids.get(r.parent) : undefined;
      ids.set(r, unique(parentId ? `${parentId}-${n}` : `d${n}`));
    }
  }
  return ids;
}

/** Reads a table and writes its definition, or says why the table cannot become one. */
export function defineTemplate(grid: Grid, opts: DefineOptions): DefineResult {
  const table = readTable(grid);
  if (typeof table === "string") return { ok: false, reason: table };
  const problems: DefineProblem[] = [];

  const taken = new Set<string>();
  const valueCount = table.columns.filter((c) => c.role === "value").length;
  let valueIndex = 0;
  let infoIndex = 0;
  const sheetColumn = new Map<string, number>();
  const columns: Column[] = table.columns.map((c) => {
    const index = c.role === "value" ? valueIndex++ : c.role === "info" ? infoIndex++ : 0;
    const rule = c.role === "value" ? ruleFromHeader(c.header) : undefined;
    const key = keyOf(c, index, valueCount, taken);
    sheetColumn.set(key, c.col);
    return {
      key,
      header: c.header,
      ...(c.group ? { group: c.group } : {}),
      role: c.role,
      ...(rule ? { rule } : {}),
    };
  });
  const values = columns.filter((c) => c.role === "value");
  if (values.length === 0) problems.push({ row: table.headerRows[0], code: "noValueColumns", params: {} });
  const columnsRule = values.length > 0 && values.every((c) => c.rule);

  const block = titleBlock(table);
  const headingRule = [...block.headings, ...block.title]
    .reverse()
    .map(ruleFromHeading)
    .find((r) => r);
  const rows = outline(
    table.rows,
    columns.some((c) => c.role === "stt"),
    values.length > 0,
  );
  const ids = assignIds(rows);

  // Kinds: the unit of measure first, then the label, the parts of a "Trong đó" total, the table's heading.
  const own = new Map<OutlineRow, { rule: Rule; from: KindSource } | undefined>();
  const ruleOf = (r: OutlineRow): { rule: Rule; from: KindSource } | undefined => {
    if (own.has(r)) return own.get(r);
    own.set(r, undefined);
    const s = r.source;
    let found: { rule: Rule; from: KindSource } | undefined;
    if (s.max !== undefined && s.max > 0) found = { rule: { kind: "score", max: s.max }, from: "max" };
    else if (s.unit) {
      const u = ruleFromUnit(s.unit);
      if (u && "kind" in u) found = { rule: u, from: "unit" };
    }
    if (!found && !s.unit) {
      const l = ruleFromLabel(r.label);
      if (l) found = { rule: l, from: "label" };
    }
    const parts = !found && TOTAL_PHRASE.test(r.label) ? summableKind(r) : undefined;
    if (parts) found = { rule: { kind: parts }, from: "parts" };
    if (!found && headingRule && !s.unit) found = { rule: headingRule, from: "heading" };
    own.set(r, found);
    return found;
  };

  const indicators: InferredIndicator[] = [];
  const templateRows: TemplateInput["rows"] = [];
  for (const r of rows) {
    const id = ids.get(r)!;
    const s = r.source;
    const cells = Object.fromEntries(
      columns
        .filter((c) => c.role === "info" && s.info.has(sheetColumn.get(c.key)!))
        .map((c) => [c.key, s.info.get(sheetColumn.get(c.key)!)!]),
    );
    const common = {
      id,
      ...(r.stt ? { stt: r.stt } : {}),
      label: r.label,
      level: r.level,
      ...(s.unit ? { unit: s.unit } : {}),
      ...(s.reporter ? { reporter: s.reporter } : {}),
      ...(Object.keys(cells).length > 0 ? { cells } : {}),
    };
    if (r.type === "section") {
      templateRows.push({ type: "section", ...common });
      if (r.entries) templateRows.push({ type: "entries", id: `${id}.ds`, count: Math.min(100, r.entries) });
      continue;
    }
    const inferred = ruleOf(r);
    let rule = inferred?.rule;
    if (!columnsRule && !rule) {
      const unknown = s.unit ? ruleFromUnit(s.unit) : undefined;
      problems.push(
        unknown && "unknown" in unknown
          ? { row: s.row, code: "unknownUnit", params: { label: r.label, unit: s.unit } }
          : { row: s.row, code: "noKind", params: { label: r.label } },
      );
      rule = { kind: "text" };
    }
    templateRows.push({ type: "indicator", ...common, ...(rule && !columnsRule ? { rule } : {}) });
    indicators.push({
      id,
      row: s.row,
      stt: r.stt,
      label: r.label,
      unit: s.unit,
      rules: values.map((c) => c.rule ?? rule!),
      from: columnsRule ? "column" : (inferred?.from ?? "none"),
    });
  }

  const kindOf = (r: OutlineRow) =>
    r.type !== "indicator" ? undefined : columnsRule ? values[0].rule!.kind : (ruleOf(r)?.rule.kind ?? "text");
  const crossRules: NonNullable<TemplateInput["crossRules"]> = [];
  for (const r of rows) {
    if (r.type !== "indicator") continue;
    const parts = summableParts(r, kindOf);
    if (parts)
      crossRules.push({
        type: "partsOfTotal",
        total: ids.get(r)!,
        parts: parts.map((p) => ids.get(p)!),
        exhaustive: false,
      });
  }

  const texts = [...block.title, ...(block.attachedTo ? [block.attachedTo] : []), ...block.headings];
  const appendix =
    block.appendix ?? (/^(sheet|trang tính)\s*\d*$/iu.test(grid.sheetName) ? "Biểu mẫu" : grid.sheetName);
  const title =
    block.title.length > 0 ? block.title : block.headings.length > 0 ? [block.headings.shift()!] : [appendix];
  const documentId = `tu-tao-${opts.id}`.slice(0, 60);
  const template: TemplateInput = {
    id: opts.id,
    version: "0",
    document: documentId,
    appendix,
    ...(block.table ? { table: block.table } : {}),
    title,
    ...(block.attachedTo ? { attachedTo: block.attachedTo } : {}),
    headings: block.headings,
    sheetName: (grid.sheetName.trim() || appendix).slice(0, 20),
    periodColumns: values.length > 1 && values.every((c) => /(?:19|20)\d\d/.test(c.header)),
    columns,
    rows: templateRows,
    crossRules,
    notes: table.notes,
  };
  const module: SourceModuleInput = {
    document: {
      id: documentId,
      issuer: block.issuer ?? "Mẫu do người dùng tạo",
      title: block.attachedTo?.replace(/^(?:ban hành )?kèm theo\s+/iu, "") || title.join(" "),
      province: provinceOf([...(block.issuer ? [block.issuer] : []), ...texts]) ?? "Không ghi",
      year: yearOf([...(block.attachedTo ? [block.attachedTo] : []), ...block.title]) ?? opts.year,
    },
    templates: [template],
  };
  return { ok: true, module, indicators, problems };
}
