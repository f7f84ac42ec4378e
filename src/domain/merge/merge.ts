import type { Catalog, CatalogEntry } from "../catalog/catalog";
import type { Template } from "../catalog/schema";
import { unreadableMessage } from "../files/unreadable";
import { buildLayout } from "../layout/build-layout";
import type { InputCell } from "../layout/model";
import type { Locale } from "../rules/finding";
import type { SheetReport } from "../rules/validate-sheet";
import { consolidateCell, describe, rateLinks, type ConsolidatedCell, type Contribution } from "./consolidate";
import { selectSubmissions, unitKey, type ReceivedFile, type SetAsideReason, type Submission } from "./select";

export interface MergeOptions {
  locale: Locale;
  /** Merge this template only; default: the one most files hold. */
  templateId?: string;
  /** Units expected to send (a roster): who did not is reported. */
  roster?: readonly string[];
  /** Files the consolidator chose to count when a unit sent several (by file name). */
  preferred?: readonly string[];
}

/** One row of the sources table: a file (or one sheet of it) and what became of it. */
export interface SourceRow {
  file: string;
  sheet?: string;
  unit: string;
  period: string;
  template?: { id: string; version: string };
  recognizedBy?: "metadata" | "labels";
  errors: number;
  warnings: number;
  filled?: number;
  expected?: number;
  status: "included" | "duplicate" | "skipped";
  /** Why it is not included, in the user's language. */
  reason?: string;
}

/** An entry of a list appendix (Sơn La Phụ lục I), kept with its unit. */
export interface MergedEntry {
  block: string;
  unit: string;
  file: string;
  values: Map<string, string | number>;
}

export interface MergeResult {
  entry?: CatalogEntry;
  period: string;
  included: Submission[];
  sources: SourceRow[];
  duplicates: { unit: string; file: string; kept: string; reason: string }[];
  skipped: { file: string; reason: string }[];
  missing: string[];
  /** The template's input cells, in layout order, with their consolidated figure. */
  cells: {
    input: InputCell;
    label: string;
    header: string;
    result: ConsolidatedCell;
    perUnit: Map<string, Contribution>;
  }[];
  entries: MergedEntry[];
  /** Every validated sheet, counted or not, for the checks sheet. */
  checked: { file: string; unit: string; report: SheetReport }[];
}

const WORDS = {
  vi: {
    duplicate: (kept: string, why: string) => `Trùng đơn vị với tệp «${kept}» (${why}); không cộng hai lần.`,
    savedLater: "tệp kia lưu sau",
    givenLater: "tệp kia được chọn sau",
    chosen: "người tổng hợp đã chọn tệp kia",
    otherTemplate: (ids: string) => `Mẫu biểu khác (${ids}).`,
    otherPeriod: (p: string, target: string) => `Kỳ báo cáo khác: «${p}», đang tổng hợp «${target}».`,
    otherDefinition: (v: string, file: string, kept: string) =>
      `Cùng mã mẫu nhưng theo một định nghĩa mẫu khác (phiên bản ${v}) với tệp «${file}» (phiên bản ${kept}): không tổng hợp chung.`,
  },
  en: {
    duplicate: (kept: string, why: string) => `Same unit as "${kept}" (${why}); not counted twice.`,
    savedLater: "that file was saved later",
    givenLater: "that file was given later",
    chosen: "the consolidator chose that file",
    otherTemplate: (ids: string) => `Another template (${ids}).`,
    otherPeriod: (p: string, target: string) => `Another period: "${p}", merging "${target}".`,
    otherDefinition: (v: string, file: string, kept: string) =>
      `Same template id but another definition (version ${v}) than "${file}" (version ${kept}): not merged together.`,
  },
};

function reasonText(why: SetAsideReason, period: string, locale: Locale): string {
  const w = WORDS[locale];
  switch (why.kind) {
    case "unreadable":
      return unreadableMessage(why.reason, locale);
    case "otherTemplate":
      return w.otherTemplate(why.templates.join(", "));
    case "otherPeriod":
      return w.otherPeriod(why.period, period);
    case "otherDefinition":
      return w.otherDefinition(why.version, why.keptFile, why.keptVersion);
  }
}

function counts(s: Submission) {
  const errors = s.report.findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: s.report.findings.length - errors };
}

function sourceRow(s: Submission, status: SourceRow["status"], reason?: string): SourceRow {
  const r = s.report.recognition;
  return {
    file: s.file,
    sheet: s.report.sheet,
    unit: s.unit,
    period: r.period.value,
    template: { id: r.entry.template.id, version: r.version },
    recognizedBy: r.recognizedBy,
    ...counts(s),
    filled: s.report.filled,
    expected: s.report.expected,
    status,
    reason,
  };
}

/** Merges received files by indicator id (never by position) into consolidated figures with provenance. */
export function mergeFiles(files: readonly ReceivedFile[], cat: Catalog, opts: MergeOptions): MergeResult {
  const sel = selectSubmissions(files, opts.templateId, opts.preferred);
  // A template the files carry (a user definition) is known from their recognition, not from the catalog.
  const entry = sel.included[0]?.report.recognition.entry ?? (sel.templateId ? cat.get(sel.templateId) : undefined);
  const w = WORDS[opts.locale];

  const sources: SourceRow[] = sel.included.map((s) => sourceRow(s, "included"));
  const duplicates = sel.duplicates.map(({ submission, kept }) => {
    const why = opts.preferred?.includes(kept.file)
      ? w.chosen
      : submission.modified && kept.modified && submission.modified.getTime() !== kept.modified.getTime()
        ? w.savedLater
        : w.givenLater;
    const reason = w.duplicate(kept.file, why);
    sources.push(sourceRow(submission, "duplicate", reason));
    return { unit: submission.unit, file: submission.file, kept: kept.file, reason };
  });
  const skipped = sel.setAside.map((a) => {
    const reason = reasonText(a.why, sel.period, opts.locale);
    sources.push({
      file: a.file,
      sheet: a.sheet,
      unit: a.unit ?? "",
      period: a.report?.recognition.period.value ?? "",
      template: a.report
        ? { id: a.report.recognition.entry.template.id, version: a.report.recognition.version }
        : undefined,
      recognizedBy: a.report?.recognition.recognizedBy,
      errors: a.report?.findings.filter((f) => f.severity === "error").length ?? 0,
      warnings: a.report?.findings.filter((f) => f.severity === "warning").length ?? 0,
      status: "skipped",
      reason,
    });
    return { file: a.file, reason };
  });
  const sentKeys = new Set(sel.included.map((s) => s.unitKey));
  const missing = (opts.roster ?? []).filter((u) => u.trim() && !sentKeys.has(unitKey(u)));

  const checked = [
    ...sel.included,
    ...sel.duplicates.map((d) => d.submission),
    ...sel.setAside.flatMap((a) => (a.report ? [{ file: a.file, unit: a.unit ?? "", report: a.report }] : [])),
  ].map((s) => ({ file: s.file, unit: s.unit, report: s.report }));
  const result: MergeResult = {
    entry,
    period: sel.period,
    included: sel.included,
    sources,
    duplicates,
    skipped,
    missing,
    cells: [],
    entries: [],
    checked,
  };
  if (!entry) return result;
  result.cells = consolidateAll(entry.template, sel.included, opts.locale);
  result.entries = gatherEntries(entry.template, sel.included, opts.locale);
  return result;
}

function consolidateAll(template: Template, included: Submission[], locale: Locale): MergeResult["cells"] {
  const layout = buildLayout(template, { unit: "", period: "" });
  const rates = rateLinks(template);
  const contributionsOf = (ref: string) =>
    included.flatMap((s) => {
      const v = s.report.cells.get(ref)?.value;
      return v ? [{ unit: s.unit, value: v }] : [];
    });
  const labels = new Map(
    template.rows.flatMap((r) => (r.type !== "entries" && r.id ? [[r.id, r.label] as const] : [])),
  );
  const headers = new Map(template.columns.map((c) => [c.key, c.header]));
  return layout.inputs
    .filter((i) => !i.optional && labels.has(i.rowId))
    .map((input) => {
      const contributions = contributionsOf(input.ref);
      const link = rates.get(input.ref);
      const result = consolidateCell(
        input.rule,
        contributions,
        locale,
        link
          ? { numerator: contributionsOf(link.numerator), denominator: contributionsOf(link.denominator) }
          : undefined,
      );
      return {
        input,
        label: labels.get(input.rowId)!,
        header: headers.get(input.columnKey) ?? input.columnKey,
        result,
        perUnit: new Map(contributions.map((c) => [c.unit, c])),
      };
    });
}

/** Rows of list appendices: every unit's entries, block by block, in the order the files were given. */
function gatherEntries(template: Template, included: Submission[], locale: Locale): MergedEntry[] {
  const blocks = template.rows.filter((r) => r.type === "entries").map((r) => r.id);
  const out: MergedEntry[] = [];
  for (const block of blocks)
    for (const s of included) {
      const rows = new Map<string, { row: number; values: Map<string, string | number> }>();
      for (const c of s.report.cells.values()) {
        if (!c.rowId.startsWith(`${block}.`) || !c.value) continue;
        const entry = rows.get(c.rowId) ?? { row: c.row, values: new Map() };
        entry.values.set(c.columnKey, describe(c.value, locale, c.rule));
        rows.set(c.rowId, entry);
      }
      for (const { values } of [...rows.values()].sort((a, b) => a.row - b.row))
        out.push({ block, unit: s.unit, file: s.file, values });
    }
  return out;
}
