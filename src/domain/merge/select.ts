import type { UnreadableReason } from "../files/unreadable";
import { periodKey } from "../period/period";
import type { SheetReport } from "../rules/validate-sheet";
import type { WorkbookReport } from "../rules/validate-workbook";
import { cleanName, unitKey } from "../text/names";
import { oneDefinition } from "./definitions";

/** A file received from a unit, read and validated (or not readable). */
export interface ReceivedFile {
  /** The name the consolidator knows it by (base name). */
  file: string;
  /** The workbook's own last-saved time, when it records one. */
  modified?: Date;
  outcome: { ok: false; reason: UnreadableReason } | { ok: true; report: WorkbookReport };
}

/** One appendix sheet of one file: what a unit sent for one template (DESIGN.md section 7). */
export interface Submission {
  file: string;
  /** Position of the file in the order given (later wins a duplicate when saved times do not decide). */
  order: number;
  modified?: Date;
  unit: string;
  unitKey: string;
  report: SheetReport;
  /** Of another period than the one merged, included because the consolidator said so. */
  otherPeriod?: boolean;
}

export type SetAsideReason =
  /** `unchecked`: a file with no appendix among the sheets checked, and more sheets past what was checked. */
  | { kind: "unreadable"; reason: UnreadableReason; unchecked?: string[] }
  | { kind: "notAppendix" }
  | { kind: "hidden" }
  /** Sheets past what one workbook's check may cost (CHECK_LIMITS): not looked at, told once per file. */
  | { kind: "unchecked"; sheets: string[] }
  /** Chi tiết, Nguồn or Kiểm tra of a consolidation: its Tổng hợp is what counts. */
  | { kind: "companion" }
  | { kind: "otherTemplate"; template: string }
  /** A consolidation whose hidden carriers were removed or damaged: its figures cannot be merged again. */
  | { kind: "damaged" }
  | { kind: "otherPeriod"; period: string }
  /** The same template id from another user definition than the one merged (`keptFile` holds that one). */
  | { kind: "otherDefinition"; version: string; keptVersion: string; keptFile: string };

export interface SetAside {
  file: string;
  /** Absent when the whole file is set aside (unreadable, no appendix at all). */
  sheet?: string;
  unit?: string;
  why: SetAsideReason;
  report?: SheetReport;
}

export interface SelectOptions {
  /** Only this template; the other appendix sheets are set aside with the reason. */
  templateId?: string;
  /** The period to merge; default: the most common one, by meaning. */
  period?: string;
  /** Files the consolidator chose to count when a unit sent several. */
  preferred?: readonly string[];
  /** Files of another period the consolidator includes on purpose. */
  includeOtherPeriod?: readonly string[];
}

/** One template's sheets that count, and the duplicates left out. */
export interface TemplateSelection {
  templateId: string;
  included: Submission[];
  duplicates: { submission: Submission; kept: Submission }[];
}

export interface Selection {
  /** The period merged, as the consolidator gave it or as most files spell it; "" when no sheet says one. */
  period: string;
  /** Every period the sheets declare, by meaning, most sheets first: the choices of the period selector. */
  periods: { period: string; sheets: number }[];
  /** Per template, in the order the files' sheets were met. */
  templates: TemplateSelection[];
  setAside: SetAside[];
}

/** The value that occurs most often (first seen wins a tie), or undefined for none. */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

const templateOf = (s: Submission) => s.report.recognition.entry.template.id;
const periodOf = (s: Submission) => s.report.recognition.period.value;

/**
 * Decides which sheets count (DESIGN.md section 7): every appendix sheet of every file is a submission; per
 * template, those of the period merged, one per unit — the file the consolidator preferred, else the one saved
 * last, else the one given last. Every other sheet is set aside with its reason; nothing is dropped silently and
 * nothing counts twice.
 */
export function selectSubmissions(files: readonly ReceivedFile[], opts: SelectOptions = {}): Selection {
  const setAside: SetAside[] = [];
  const sheets: Submission[] = [];
  files.forEach((f, order) => {
    if (!f.outcome.ok) {
      setAside.push({ file: f.file, why: { kind: "unreadable", reason: f.outcome.reason } });
      return;
    }
    const { sheets: reports, unrecognized, hidden, companions, unchecked } = f.outcome.report;
    if (reports.length === 0) {
      setAside.push({ file: f.file, why: { kind: "unreadable", reason: "noAppendix", unchecked } });
      return;
    }
    for (const report of reports) {
      const unit = cleanName(report.recognition.unit.value) || cleanName(f.file.replace(/\.[^.]+$/, ""));
      sheets.push({ file: f.file, order, modified: f.modified, unit, unitKey: unitKey(unit), report });
    }
    // The file's unit, as its (first) appendix declares it, says whose the other sheets are.
    const unit = sheets[sheets.length - 1].unit;
    for (const sheet of unrecognized) setAside.push({ file: f.file, sheet, unit, why: { kind: "notAppendix" } });
    for (const sheet of hidden ?? []) setAside.push({ file: f.file, sheet, unit, why: { kind: "hidden" } });
    for (const sheet of companions ?? []) setAside.push({ file: f.file, sheet, unit, why: { kind: "companion" } });
    if (unchecked?.length) setAside.push({ file: f.file, unit, why: { kind: "unchecked", sheets: unchecked } });
  });

  const aside = (s: Submission, why: SetAsideReason) =>
    setAside.push({ file: s.file, sheet: s.report.sheet, unit: s.unit, why, report: s.report });
  const wanted: Submission[] = [];
  for (const s of sheets) {
    if (opts.templateId && templateOf(s) !== opts.templateId)
      aside(s, { kind: "otherTemplate", template: templateOf(s) });
    else if (s.report.recognition.consolidation?.ok === false) aside(s, { kind: "damaged" });
    else wanted.push(s);
  }

  const declared = wanted.map(periodOf).filter((p) => p.trim() !== "");
  const keys = declared.map(periodKey);
  const targetKey = opts.period?.trim() ? periodKey(opts.period) : mostCommon(keys);
  const period = opts.period?.trim() || declared.find((p) => periodKey(p) === targetKey) || "";
  const periods = [...new Set(keys)]
    .map((key) => ({
      period: mostCommon(declared.filter((p) => periodKey(p) === key))!,
      sheets: keys.filter((k) => k === key).length,
    }))
    .sort((a, b) => b.sheets - a.sheets);

  const inPeriod: Submission[] = [];
  for (const s of wanted) {
    const p = periodOf(s);
    // A sheet that names no period is not of another one: it counts, and Nguồn shows it has none.
    if (p.trim() === "" || periodKey(p) === targetKey) inPeriod.push(s);
    else if (opts.includeOtherPeriod?.includes(s.file)) inPeriod.push({ ...s, otherPeriod: true });
    else aside(s, { kind: "otherPeriod", period: p });
  }

  const templates: TemplateSelection[] = [];
  for (const templateId of [...new Set(inPeriod.map(templateOf))]) {
    // One table per definition: sheets from another user definition of the same id are set aside.
    const { kept: ofTemplate, other } = oneDefinition(inPeriod.filter((x) => templateOf(x) === templateId));
    for (const { submission: s, kept } of other)
      aside(s, {
        kind: "otherDefinition",
        version: s.report.recognition.version,
        keptVersion: kept.report.recognition.version,
        keptFile: kept.file,
      });
    const byUnit = new Map<string, Submission[]>();
    for (const s of ofTemplate) byUnit.set(s.unitKey, [...(byUnit.get(s.unitKey) ?? []), s]);
    const included: Submission[] = [];
    const duplicates: TemplateSelection["duplicates"] = [];
    for (const group of byUnit.values()) {
      const kept = keptOf(group, opts.preferred ?? []);
      included.push(kept);
      for (const s of group) if (s !== kept) duplicates.push({ submission: s, kept });
    }
    included.sort((a, b) => a.order - b.order || a.report.sheet.localeCompare(b.report.sheet));
    templates.push({ templateId, included, duplicates });
  }
  return { period, periods, templates, setAside };
}

/** Of several inputs for one unit, the one that counts: the consolidator's choice, else the one saved last. */
export function keptOf<T extends { file: string; order: number; modified?: Date }>(
  group: readonly T[],
  preferred: readonly string[],
): T {
  return group.find((s) => preferred.includes(s.file)) ?? group.reduce((best, s) => (laterThan(s, best) ? s : best));
}

/** Saved later wins; when saved times are equal or unknown, the one given later wins. */
function laterThan(a: { order: number; modified?: Date }, b: { order: number; modified?: Date }): boolean {
  const ta = a.modified?.getTime();
  const tb = b.modified?.getTime();
  if (ta !== undefined && tb !== undefined && ta !== tb) return ta > tb;
  return a.order > b.order;
}
