import type { UnreadableReason } from "../files/unreadable";
import type { SheetReport } from "../rules/validate-sheet";
import type { WorkbookReport } from "../rules/validate-workbook";
import { foldWord } from "../text/fold";
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

/** One appendix sheet of one file: what a unit sent for the template being merged. */
export interface Submission {
  file: string;
  /** Position of the file in the order given (later wins a duplicate when saved times do not decide). */
  order: number;
  modified?: Date;
  unit: string;
  unitKey: string;
  report: SheetReport;
}

export type SetAsideReason =
  | { kind: "unreadable"; reason: UnreadableReason }
  | { kind: "otherTemplate"; templates: string[] }
  | { kind: "otherPeriod"; period: string }
  /** The same template id from another user definition than the one merged (`keptFile` holds that one). */
  | { kind: "otherDefinition"; version: string; keptVersion: string; keptFile: string };

export { unitKey } from "../text/names";

/** Periods compared as officers write them, ignoring case, diacritics and punctuation. */
export function periodKey(period: string): string {
  return foldWord(period)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The value that occurs most often (first seen wins a tie), or undefined for none. */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

export interface Selection {
  templateId: string | undefined;
  period: string;
  included: Submission[];
  duplicates: { submission: Submission; kept: Submission }[];
  setAside: { file: string; sheet?: string; unit?: string; why: SetAsideReason; report?: SheetReport }[];
}

/**
 * Decides which sheets count: those of the template being merged (given, else the most common), of the most
 * common period, one per unit — the file the user preferred, else the one saved last, else the one given last. Everything else is set aside
 * with its reason; nothing is dropped silently and nothing counts twice.
 */
export function selectSubmissions(
  files: readonly ReceivedFile[],
  templateId?: string,
  preferred: readonly string[] = [],
): Selection {
  const setAside: Selection["setAside"] = [];
  const sheets: Submission[] = [];
  files.forEach((f, order) => {
    if (!f.outcome.ok) {
      setAside.push({ file: f.file, why: { kind: "unreadable", reason: f.outcome.reason } });
      return;
    }
    if (f.outcome.report.sheets.length === 0) {
      setAside.push({ file: f.file, why: { kind: "unreadable", reason: "noAppendix" } });
      return;
    }
    for (const report of f.outcome.report.sheets) {
      const unit = cleanName(report.recognition.unit.value) || cleanName(f.file.replace(/\.[^.]+$/, ""));
      sheets.push({ file: f.file, order, modified: f.modified, unit, unitKey: unitKey(unit), report });
    }
  });

  const target = templateId ?? mostCommon(sheets.map((s) => s.report.recognition.entry.template.id));
  const { kept: ofTemplate, other } = oneDefinition(
    sheets.filter((s) => s.report.recognition.entry.template.id === target),
  );
  for (const { submission: s, kept } of other)
    setAside.push({
      file: s.file,
      sheet: s.report.sheet,
      unit: s.unit,
      why: {
        kind: "otherDefinition",
        version: s.report.recognition.version,
        keptVersion: kept.report.recognition.version,
        keptFile: kept.file,
      },
      report: s.report,
    });
  for (const f of new Set(sheets.map((s) => s.file))) {
    if (ofTemplate.some((s) => s.file === f) || other.some((o) => o.submission.file === f)) continue;
    const own = sheets.filter((s) => s.file === f);
    const templates = [...new Set(own.map((s) => s.report.recognition.entry.template.id))];
    // Its first appendix sheet still tells the consolidator whose file it is and for which period.
    setAside.push({ file: f, unit: own[0].unit, why: { kind: "otherTemplate", templates }, report: own[0].report });
  }

  const periods = ofTemplate.map((s) => s.report.recognition.period.value).filter((p) => p.trim() !== "");
  const targetKey = mostCommon(periods.map(periodKey));
  const period = periods.find((p) => periodKey(p) === targetKey) ?? "";
  const inPeriod: Submission[] = [];
  for (const s of ofTemplate) {
    const p = s.report.recognition.period.value;
    if (p.trim() !== "" && periodKey(p) !== targetKey)
      setAside.push({
        file: s.file,
        sheet: s.report.sheet,
        unit: s.unit,
        why: { kind: "otherPeriod", period: p },
        report: s.report,
      });
    else inPeriod.push(s);
  }

  const byUnit = new Map<string, Submission[]>();
  for (const s of inPeriod) byUnit.set(s.unitKey, [...(byUnit.get(s.unitKey) ?? []), s]);
  const included: Submission[] = [];
  const duplicates: Selection["duplicates"] = [];
  for (const group of byUnit.values()) {
    // The consolidator's own choice wins; otherwise the file saved last.
    const kept =
      group.find((s) => preferred.includes(s.file)) ?? group.reduce((best, s) => (laterThan(s, best) ? s : best));
    included.push(kept);
    for (const s of group) if (s !== kept) duplicates.push({ submission: s, kept });
  }
  included.sort((a, b) => a.order - b.order || a.report.sheet.localeCompare(b.report.sheet));
  return { templateId: target, period, included, duplicates, setAside };
}

/** Saved later wins; when saved times are equal or unknown, the one given later wins. */
function laterThan(a: Submission, b: Submission): boolean {
  const ta = a.modified?.getTime();
  const tb = b.modified?.getTime();
  if (ta !== undefined && tb !== undefined && ta !== tb) return ta > tb;
  return a.order > b.order || (a.order === b.order && a.report.sheet > b.report.sheet);
}
