import type { Catalog, CatalogEntry } from "../catalog/catalog";
import type { Template } from "../catalog/schema";
import { unreadableMessage } from "../files/unreadable";
import { buildLayout } from "../layout/build-layout";
import type { InputCell } from "../layout/model";
import type { Locale } from "../rules/finding";
import type { SheetReport } from "../rules/validate-sheet";
import { uncheckedNote } from "../rules/validate-workbook";
import { unitKey } from "../text/names";
import {
  consolidateCell,
  howText,
  rateLinks,
  type ConsolidatedCell,
  type Contribution,
  type Excluded,
} from "./consolidate";
import { leavesOf, type Leaf } from "./leaves";
import { matchRoster } from "./roster";
import {
  keptOf,
  selectSubmissions,
  type ReceivedFile,
  type SelectOptions,
  type SetAsideReason,
  type Submission,
} from "./select";

export interface MergeOptions extends SelectOptions {
  locale: Locale;
  /** The consolidating unit: written in the title block of every Tổng hợp. */
  unit?: string;
  /** Units expected to send (a roster): who did not is reported, and who sent without being on it. */
  roster?: readonly string[];
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
  /** Values of this sheet left out of the figures because of an error. */
  excluded: number;
  /** "overlap": a unit covered by two inputs, counted from the other one. */
  status: "included" | "duplicate" | "skipped" | "overlap";
  /** Why it is not included, or what the consolidator should know about it, in the user's language. */
  reason?: string;
  /** A unit covered by a consolidation: the consolidating units it came through, nearest the unit first. */
  via?: string[];
  /** A consolidation: how many units it covers. */
  covers?: number;
  /** Of another period, included because the consolidator chose so. */
  otherPeriod?: boolean;
  /** Set aside: what kind of reason (the pane offers to include a file of another period). */
  why?: SetAsideReason["kind"];
  /** Sent, but on no line of the roster. */
  unlisted?: boolean;
}

/** An entry of a list appendix (Sơn La Phụ lục I), kept with its unit. */
export interface MergedEntry {
  block: string;
  unit: string;
  file: string;
  values: Map<string, string | number>;
  /** The unit's place in the table's leaves. */
  leaf: number;
}

/** One input cell of a template with its consolidated figure. */
export interface MergedCell {
  input: InputCell;
  label: string;
  header: string;
  result: ConsolidatedCell;
  /** "Cách tổng hợp": method, units counted, values left out. */
  how: string | null;
  excluded: Excluded[];
}

/** A value left out, as the JSON lists it (DESIGN.md section 8 "excludedValues"). */
export interface ExcludedValue extends Excluded {
  indicator: string;
  label: string;
}

/** One template's consolidation. */
export interface MergedTable {
  entry: CatalogEntry;
  /** The sheets that count (one per unit). */
  included: Submission[];
  duplicates: { submission: Submission; kept: Submission }[];
  /** The units whose figures count, each once, by unit name (however they came: files or consolidations). */
  leaves: Leaf[];
  /** Units that two inputs covered: the copies that do not count. */
  overlapped: { leaf: Leaf; kept: Leaf; reason: string }[];
  /** The template's input cells, in layout order, with their consolidated figure. */
  cells: MergedCell[];
  entries: MergedEntry[];
  excluded: ExcludedValue[];
}

export interface DuplicateRow {
  unit: string;
  file: string;
  sheet: string;
  template: string;
  kept: string;
  reason: string;
}

/** A unit covered by two inputs (a consolidation and the unit's own file, two consolidations): counted once. */
export interface OverlapRow {
  unit: string;
  template: string;
  /** The input that brought the copy that does not count. */
  file: string;
  sheet: string;
  /** The consolidations that copy came through. */
  via: string[];
  /** The input whose copy counts. */
  kept: string;
  reason: string;
}

export interface MergeResult {
  /** The consolidating unit ("" when not given). */
  unit: string;
  period: string;
  /** The periods the sheets declare, most sheets first (the pane's selector). */
  periods: { period: string; sheets: number }[];
  tables: MergedTable[];
  sources: SourceRow[];
  duplicates: DuplicateRow[];
  overlaps: OverlapRow[];
  skipped: { file: string; sheet?: string; reason: string }[];
  /** On the roster, nothing received. */
  missing: { unit: string; suggestion?: string }[];
  /** Sent, not on the roster (only when a roster is given). */
  unlisted: { unit: string; files: string[]; suggestion?: string }[];
  /** Every validated sheet, counted or not, for the checks sheet. */
  checked: { file: string; unit: string; report: SheetReport }[];
}

const WORDS = {
  vi: {
    duplicate: (kept: string, why: string) => `Trùng đơn vị với tệp «${kept}» (${why}); không cộng hai lần.`,
    savedLater: "tệp kia lưu sau",
    givenLater: "tệp kia được chọn sau",
    chosen: "người tổng hợp đã chọn tệp kia",
    notAppendix: "Không phải phụ lục của danh mục mẫu biểu.",
    hidden: "Trang tính ẩn: không xem xét. Nếu đây là báo cáo, hãy hiện trang này rồi gửi lại.",
    companion: "Trang đi kèm một bảng tổng hợp: số liệu được lấy từ trang Tổng hợp của nó.",
    otherTemplate: (id: string) => `Mẫu biểu khác (${id}), không thuộc lần tổng hợp này.`,
    otherPeriod: (p: string, target: string) => `Kỳ báo cáo khác: «${p}», đang tổng hợp «${target}».`,
    includedOtherPeriod: (p: string) =>
      `Kỳ báo cáo «${p}» khác kỳ đang tổng hợp; vẫn tổng hợp theo lựa chọn của người tổng hợp.`,
    excluded: (n: number) => `Không cộng ${n} giá trị lỗi (xem trang Kiểm tra).`,
    unlisted: "Đã gửi nhưng không có trong danh sách đơn vị.",
    suggestion: (u: string) => `Có phải «${u}»?`,
    damaged:
      "Bảng tổng hợp đã mất dữ liệu ẩn cần để tổng hợp tiếp (cột, dòng ẩn bị xóa hoặc sửa); hãy xin lại tệp gốc.",
    covers: (n: number) => `Bảng tổng hợp của ${n} đơn vị; từng đơn vị ở các dòng dưới.`,
    overlap: (unit: string, kept: string, why: string) =>
      `«${unit}» có trong hai đầu vào; chỉ tính một lần, theo «${kept}» (${why}).`,
    otherDefinition: (v: string, file: string, kept: string) =>
      `Cùng mã mẫu nhưng theo một định nghĩa mẫu khác (phiên bản ${v}) với tệp «${file}» (phiên bản ${kept}): không tổng hợp chung.`,
  },
  en: {
    duplicate: (kept: string, why: string) => `Same unit as "${kept}" (${why}); not counted twice.`,
    savedLater: "that file was saved later",
    givenLater: "that file was given later",
    chosen: "the consolidator chose that file",
    notAppendix: "Not an appendix of the catalog.",
    hidden: "Hidden sheet: not looked at. If it is the report, unhide it and send the file again.",
    companion: "A sheet that comes with a consolidation: its figures are taken from its Tổng hợp sheet.",
    otherTemplate: (id: string) => `Another template (${id}), not part of this merge.`,
    otherPeriod: (p: string, target: string) => `Another period: "${p}", merging "${target}".`,
    includedOtherPeriod: (p: string) =>
      `Period "${p}" differs from the one merged; included as the consolidator chose.`,
    excluded: (n: number) => `${n} invalid value${n === 1 ? "" : "s"} left out (see the Checks sheet).`,
    unlisted: "Sent, but not on the roster.",
    suggestion: (u: string) => `Did you mean "${u}"?`,
    damaged:
      "The consolidation has lost the hidden data needed to merge it again (hidden columns or rows deleted or edited); ask for the original file.",
    covers: (n: number) => `A consolidation of ${n} units; each unit on the rows below.`,
    overlap: (unit: string, kept: string, why: string) =>
      `"${unit}" is covered by two inputs; counted once, from "${kept}" (${why}).`,
    otherDefinition: (v: string, file: string, kept: string) =>
      `Same template id but another definition (version ${v}) than "${file}" (version ${kept}): not merged together.`,
  },
};

function reasonText(why: SetAsideReason, period: string, locale: Locale): string {
  const w = WORDS[locale];
  switch (why.kind) {
    case "unreadable": {
      const more = why.unchecked?.length ? uncheckedOf(why.unchecked, locale) : undefined;
      const message = unreadableMessage(why.reason, locale);
      return more ? `${message} ${locale === "vi" ? "Ngoài ra," : "Also,"} ${more}` : message;
    }
    case "notAppendix":
      return w.notAppendix;
    case "hidden":
      return w.hidden;
    case "companion":
      return w.companion;
    case "unchecked": {
      const note = uncheckedOf(why.sheets, locale);
      return note.charAt(0).toLocaleUpperCase("vi") + note.slice(1);
    }
    case "otherTemplate":
      return w.otherTemplate(why.template);
    case "otherPeriod":
      return w.otherPeriod(why.period, period);
    case "damaged":
      return w.damaged;
    case "otherDefinition":
      return w.otherDefinition(why.version, why.keptFile, why.keptVersion);
  }
}

/** The note of sheets left unchecked, as validate words it. */
const uncheckedOf = (sheets: string[], locale: Locale) =>
  uncheckedNote({ sheets: [], unrecognized: [], unchecked: sheets }, locale) ?? "";

function findingCounts(report: SheetReport | undefined) {
  const errors = report?.findings.filter((f) => f.severity === "error").length ?? 0;
  return { errors, warnings: (report?.findings.length ?? 0) - errors };
}

function sourceRow(s: Submission, status: SourceRow["status"], excluded = 0): SourceRow {
  const r = s.report.recognition;
  return {
    file: s.file,
    sheet: s.report.sheet,
    unit: s.unit,
    period: r.period.value,
    template: { id: r.entry.template.id, version: r.version },
    recognizedBy: r.recognizedBy,
    ...findingCounts(s.report),
    filled: s.report.filled,
    expected: s.report.expected,
    excluded,
    status,
  };
}

/**
 * Merges received workbooks (DESIGN.md section 7): every appendix sheet of every file is a submission, every
 * template found is consolidated by indicator id (never by position), and every sheet of every file is either
 * counted or listed with the reason it is not.
 */
export function mergeFiles(files: readonly ReceivedFile[], cat: Catalog, opts: MergeOptions): MergeResult {
  const { locale } = opts;
  const w = WORDS[locale];
  const sel = selectSubmissions(files, opts);
  // Catalog templates in catalog order, then those the files carry (user definitions) as they were met.
  const catalogOrder = new Map(cat.templates.map((e, i) => [e.template.id, i]));
  const rank = (id: string) => catalogOrder.get(id) ?? cat.templates.length;
  const selected = [...sel.templates].sort((a, b) => rank(a.templateId) - rank(b.templateId));

  const whyKept = (dropped: { file: string; modified?: Date }, kept: { file: string; modified?: Date }) =>
    opts.preferred?.includes(kept.file)
      ? w.chosen
      : dropped.modified && kept.modified && dropped.modified.getTime() !== kept.modified.getTime()
        ? w.savedLater
        : w.givenLater;

  const tables = selected.map((t): MergedTable => {
    // A template the files carry (a user definition) is known from their recognition, not from the catalog.
    const entry = t.included[0].report.recognition.entry;
    const { leaves, overlapped } = countOnce(
      t.included.flatMap((s) => leavesOf(s, locale)),
      opts.preferred ?? [],
      (leaf, kept) => w.overlap(leaf.unit, kept.input.file, whyKept(leaf.input, kept.input)),
    );
    const cells = consolidateAll(entry.template, leaves, locale);
    return {
      entry,
      included: t.included,
      duplicates: t.duplicates,
      leaves,
      overlapped,
      cells,
      entries: leaves.flatMap((l, leaf) => l.entries.map((e) => ({ ...e, unit: l.unit, file: l.file, leaf }))),
      excluded: excludedValues(entry.template, leaves),
    };
  });

  // Roster: a unit that sent anything, in any table, or that a consolidation covers, has sent. Only those who sent
  // themselves can be "not on the roster": a consolidation's own units are the consolidator's, not this roster's.
  const inputs = tables.flatMap((t) => t.included);
  const direct = new Set(inputs.map((s) => s.unitKey));
  const senders = [...inputs.map((s) => s.unit), ...tables.flatMap((t) => t.leaves.map((l) => l.unit))];
  const matched = opts.roster?.length ? matchRoster(opts.roster, senders) : undefined;
  const roster = matched && { ...matched, unlisted: matched.unlisted.filter((u) => direct.has(unitKey(u.unit))) };
  const unlistedKeys = new Map((roster?.unlisted ?? []).map((u) => [unitKey(u.unit), u]));

  const rows: { order: number; row: SourceRow }[] = [];
  const orderOf = new Map(files.map((f, i) => [f.file, i]));
  const push = (file: string, row: SourceRow) => rows.push({ order: orderOf.get(file) ?? 0, row });
  const overlaps: OverlapRow[] = [];
  for (const t of tables) {
    const dropped = new Map(t.overlapped.map((o) => [o.leaf, o]));
    for (const s of t.included) {
      const consolidation = s.report.recognition.consolidation?.ok === true;
      const own = t.leaves.filter((l) => l.input === s);
      const mine = [...own, ...t.overlapped.filter((o) => o.leaf.input === s).map((o) => o.leaf)];
      const excluded = own.reduce((n, l) => n + l.excluded.size, 0);
      const lost = !consolidation ? dropped.get(mine[0]) : undefined;
      const row = sourceRow(s, lost ? "overlap" : "included", excluded);
      const unlisted = unlistedKeys.get(s.unitKey);
      const notes = [
        consolidation ? w.covers(mine.length) : "",
        lost?.reason ?? "",
        s.otherPeriod ? w.includedOtherPeriod(row.period) : "",
        excluded > 0 ? w.excluded(excluded) : "",
        unlisted ? w.unlisted : "",
        unlisted?.suggestion ? w.suggestion(unlisted.suggestion) : "",
      ].filter(Boolean);
      push(s.file, {
        ...row,
        reason: notes.length > 0 ? notes.join(" ") : undefined,
        otherPeriod: s.otherPeriod || undefined,
        unlisted: unlisted ? true : undefined,
        covers: consolidation ? mine.length : undefined,
      });
      // Every unit a consolidation covers has its row, with the consolidations it came through.
      if (consolidation)
        for (const l of [...mine].sort((a, b) => a.position - b.position)) {
          const o = dropped.get(l);
          push(s.file, {
            file: l.file,
            sheet: l.sheet,
            unit: l.unit,
            period: l.period,
            template: row.template,
            errors: l.errors,
            warnings: l.warnings,
            excluded: o ? 0 : l.excluded.size,
            status: o ? "overlap" : "included",
            reason: o?.reason,
            via: l.via,
          });
        }
    }
    for (const o of t.overlapped)
      overlaps.push({
        unit: o.leaf.unit,
        template: t.entry.template.id,
        file: o.leaf.input.file,
        sheet: o.leaf.input.report.sheet,
        via: o.leaf.via,
        kept: o.kept.input.file,
        reason: o.reason,
      });
  }
  const duplicates = tables.flatMap((t) =>
    t.duplicates.map(({ submission, kept }): DuplicateRow => {
      const why = opts.preferred?.includes(kept.file)
        ? w.chosen
        : submission.modified && kept.modified && submission.modified.getTime() !== kept.modified.getTime()
          ? w.savedLater
          : w.givenLater;
      const reason = w.duplicate(kept.file, why);
      push(submission.file, { ...sourceRow(submission, "duplicate"), reason });
      return {
        unit: submission.unit,
        file: submission.file,
        sheet: submission.report.sheet,
        template: t.entry.template.id,
        kept: kept.file,
        reason,
      };
    }),
  );
  const skipped = sel.setAside.map((a) => {
    const reason = reasonText(a.why, sel.period, locale);
    const r = a.report?.recognition;
    push(a.file, {
      file: a.file,
      sheet: a.sheet,
      unit: a.unit ?? "",
      period: r?.period.value ?? "",
      template: r ? { id: r.entry.template.id, version: r.version } : undefined,
      recognizedBy: r?.recognizedBy,
      ...findingCounts(a.report),
      excluded: 0,
      status: "skipped",
      reason,
      why: a.why.kind,
    });
    return { file: a.file, sheet: a.sheet, reason };
  });
  const sources = rows.sort((a, b) => a.order - b.order).map((r) => r.row);

  const checked = [
    ...tables.flatMap((t) => [...t.included, ...t.duplicates.map((d) => d.submission)]),
    ...sel.setAside.flatMap((a) => (a.report ? [{ file: a.file, unit: a.unit ?? "", report: a.report }] : [])),
  ]
    .map((s) => ({ file: s.file, unit: s.unit, report: s.report }))
    .sort((a, b) => (orderOf.get(a.file) ?? 0) - (orderOf.get(b.file) ?? 0));

  const filesOf = (key: string) => [
    ...new Set(tables.flatMap((t) => t.leaves.filter((l) => l.unitKey === key).map((l) => l.file))),
  ];
  return {
    unit: opts.unit?.trim() ?? "",
    period: sel.period,
    periods: sel.periods,
    tables,
    sources,
    duplicates,
    overlaps,
    skipped,
    missing: roster?.missing ?? [],
    unlisted: (roster?.unlisted ?? []).map((u) => ({ ...u, files: filesOf(unitKey(u.unit)) })),
    checked,
  };
}

/**
 * Each unit once (DESIGN.md section 7): a unit covered by two inputs — a consolidation and its own file, two
 * consolidations that share it — counts from one of them by the rule of duplicates (the consolidator's choice, else
 * the input saved last, else the one given last); the other copies are returned with the reason.
 */
function countOnce(
  all: Leaf[],
  preferred: readonly string[],
  reason: (leaf: Leaf, kept: Leaf) => string,
): { leaves: Leaf[]; overlapped: MergedTable["overlapped"] } {
  const groups = new Map<string, Leaf[]>();
  for (const l of all) groups.set(l.unitKey, [...(groups.get(l.unitKey) ?? []), l]);
  const keep = new Set<Leaf>();
  const overlapped: MergedTable["overlapped"] = [];
  for (const group of groups.values()) {
    const kept = keptOf(
      group.map((leaf) => ({ leaf, file: leaf.input.file, order: leaf.input.order, modified: leaf.input.modified })),
      preferred,
    ).leaf;
    keep.add(kept);
    for (const l of group) if (l !== kept) overlapped.push({ leaf: l, kept, reason: reason(l, kept) });
  }
  // By unit name: the order of the "Unit: text" lines, of the values left out and of every sum then does not depend on
  // how the units reached this merge (files given in any order, or grouped in consolidations).
  const leaves = all
    .filter((l) => keep.has(l))
    .sort((a, b) => UNIT_ORDER.compare(a.unit, b.unit) || (a.unitKey < b.unitKey ? -1 : 1));
  return { leaves, overlapped };
}

const UNIT_ORDER = new Intl.Collator("vi", { numeric: true });

/** Every input cell of a template, consolidated over the leaves (their valid values only). */
function consolidateAll(template: Template, leaves: readonly Leaf[], locale: Locale): MergedCell[] {
  const layout = buildLayout(template, { unit: "", period: "" });
  const rates = rateLinks(template);
  const contributionsOf = (ref: string): Contribution[] =>
    leaves.flatMap((l) => {
      const value = l.values.get(ref);
      return value ? [{ unit: l.unit, value }] : [];
    });
  const labels = new Map(
    template.rows.flatMap((r) => (r.type !== "entries" && r.id ? [[r.id, r.label] as const] : [])),
  );
  const headers = new Map(template.columns.map((c) => [c.key, c.header]));
  return layout.inputs
    .filter((i) => !i.optional && labels.has(i.rowId))
    .map((input) => {
      const link = rates.get(input.ref);
      const result = consolidateCell(input.rule, contributionsOf(input.ref), locale, {
        total: leaves.length,
        rate: link && { numerator: contributionsOf(link.numerator), denominator: contributionsOf(link.denominator) },
      });
      const excluded = leaves.flatMap((l) => l.excluded.get(input.ref) ?? []);
      return {
        input,
        label: labels.get(input.rowId)!,
        header: headers.get(input.columnKey) ?? input.columnKey,
        result,
        how: howText(input.rule, result, excluded, locale),
        excluded,
      };
    });
}

/** Every value left out, with its indicator, in the order of the leaves and of the sheet. */
function excludedValues(template: Template, leaves: readonly Leaf[]): ExcludedValue[] {
  const labels = new Map(template.rows.flatMap((r) => (r.type !== "entries" ? [[r.id, r.label] as const] : [])));
  return leaves.flatMap((l) =>
    [...l.excluded].map(([ref, x]) => {
      const indicator = ref.split("@")[0];
      return { ...x, indicator, label: labels.get(indicator) ?? "" };
    }),
  );
}
