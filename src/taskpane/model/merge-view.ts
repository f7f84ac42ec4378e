import type { Catalog, CatalogEntry } from "../../domain/catalog/catalog";
import type { MergeResult, SourceRow } from "../../domain/merge/merge";
import type { ReceivedFile } from "../../domain/merge/select";
import type { Finding } from "../../domain/rules/finding";

/**
 * What a row of the "Tổng hợp" tab says of its file (sheet): before the merge is written, what will happen
 * ("willMerge"); after, what did ("merged"); or why it does not count.
 */
export type RowStatus = "willMerge" | "merged" | "duplicate" | "overlap" | "otherPeriod" | "skipped";

/** A unit a consolidation covers, as its row shows them. */
export interface CoveredUnit {
  unit: string;
  file: string;
  via: string[];
  counted: boolean;
  reason?: string;
}

/** One line of the files table of the "Tổng hợp" tab. */
export interface FileRow {
  key: string;
  file: string;
  /** The sheet, when a file holds several sheets (appendices or not). */
  sheet?: string;
  unit: string;
  period: string;
  status: RowStatus;
  /** Why the file does not count, or what the consolidator should know, in the language of the merge. */
  reason?: string;
  errors: number;
  warnings: number;
  /** Values of this sheet left out of the figures because of an error. */
  excluded: number;
  /** The file was read and validated (an unreadable file has no counts to show). */
  checked: boolean;
  /** Needs the consolidator's eye: not counted, or counted with values left out or errors. */
  problem: boolean;
  /** The sheet's findings, shown when the row is expanded. */
  findings: Finding[];
  /** A consolidation: the units it covers. */
  covers?: CoveredUnit[];
  /** Included although of another period, because the consolidator said so. */
  otherPeriod?: boolean;
  /** Left out as expected: a sheet that is no report (a note, a consolidation's own Chi tiết). */
  quiet?: boolean;
}

/** The filters the summary counts offer. */
export type RowFilter = "all" | "problems" | "counted" | "duplicates" | "skipped";

const statusOf = (s: SourceRow, merged: boolean): RowStatus =>
  s.status === "included"
    ? merged
      ? "merged"
      : "willMerge"
    : s.status === "skipped" && s.why === "otherPeriod"
      ? "otherPeriod"
      : s.status;

/**
 * The merge's sources as table rows: problems first, then in the order the files were given (the user's list), a
 * file's sheets together; the units a consolidation covers under its row. A sheet is named only when its file has
 * several rows. `merged`: the merge shown is the one last written.
 */
export function fileRows(result: MergeResult, given: readonly ReceivedFile[], merged: boolean): FileRow[] {
  const order = new Map(given.map((f, i) => [f.file, i] as const));
  const findings = new Map<string, Finding[]>();
  for (const c of result.checked) findings.set(`${c.file}|${c.report.sheet}`, c.report.findings);
  const rows: FileRow[] = [];
  for (const s of result.sources) {
    const last = rows[rows.length - 1];
    if (s.via && last?.covers) {
      last.covers.push({ unit: s.unit, file: s.file, via: s.via, counted: s.status === "included", reason: s.reason });
      continue;
    }
    const status = statusOf(s, merged);
    const quiet = s.why === "companion" || s.why === "notAppendix";
    rows.push({
      // Stable while the rows move (a choice can make a problem of a row): an expanded row stays expanded.
      key: `${s.file}|${s.sheet ?? ""}`,
      file: s.file,
      sheet: s.sheet,
      unit: s.unit,
      period: s.period,
      status,
      reason: s.reason,
      errors: s.errors,
      warnings: s.warnings,
      excluded: s.excluded,
      checked: s.template !== undefined,
      problem: (status !== "willMerge" && status !== "merged" && !quiet) || s.errors > 0 || s.excluded > 0,
      findings: findings.get(`${s.file}|${s.sheet ?? ""}`) ?? [],
      covers: s.covers !== undefined ? [] : undefined,
      otherPeriod: s.otherPeriod,
      quiet: quiet || undefined,
    });
  }
  const perFile = new Map<string, number>();
  for (const r of rows) perFile.set(r.file, (perFile.get(r.file) ?? 0) + 1);
  for (const r of rows) if ((perFile.get(r.file) ?? 0) < 2) r.sheet = undefined;
  // Stable: within problems and within the rest, the order given.
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        Number(b.r.problem) - Number(a.r.problem) ||
        (order.get(a.r.file) ?? 0) - (order.get(b.r.file) ?? 0) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

/** Whether a row passes a filter of the summary. */
export function rowMatches(row: FileRow, filter: RowFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "problems":
      return row.problem;
    case "counted":
      return row.status === "willMerge" || row.status === "merged";
    case "duplicates":
      return row.status === "duplicate" || row.status === "overlap";
    case "skipped":
      return row.status === "skipped" || row.status === "otherPeriod";
  }
}

/** How many rows each filter shows, and the values left out in all. */
export function rowCounts(rows: readonly FileRow[]): Record<RowFilter, number> & { excluded: number } {
  const count = (f: RowFilter) => rows.filter((r) => rowMatches(r, f)).length;
  return {
    all: rows.length,
    problems: count("problems"),
    counted: count("counted"),
    duplicates: count("duplicates"),
    skipped: count("skipped"),
    excluded: rows.reduce((n, r) => n + (rowMatches(r, "counted") ? r.excluded : 0), 0),
  };
}

/**
 * The templates the read files hold, for the template choice: most files first, then catalog order; templates the
 * files carry (user definitions) after the catalog's.
 */
export function templatesIn(files: readonly ReceivedFile[], cat: Catalog): CatalogEntry[] {
  const count = new Map<string, { entry: CatalogEntry; files: number }>();
  for (const f of files) {
    if (!f.outcome.ok) continue;
    for (const entry of new Map(
      f.outcome.report.sheets.map((s) => [s.recognition.entry.template.id, s.recognition.entry]),
    ).values()) {
      const seen = count.get(entry.template.id);
      count.set(entry.template.id, { entry: seen?.entry ?? entry, files: (seen?.files ?? 0) + 1 });
    }
  }
  const order = new Map(cat.templates.map((e, i) => [e.template.id, i]));
  const rank = (id: string) => order.get(id) ?? cat.templates.length;
  return [...count.values()]
    .sort((a, b) => b.files - a.files || rank(a.entry.template.id) - rank(b.entry.template.id))
    .map((c) => c.entry);
}

/** The units the merge counts, each once whatever the table. */
export function unitCount(result: MergeResult): number {
  return new Set(result.tables.flatMap((t) => t.leaves.map((l) => l.unitKey))).size;
}

/** The standalone download's name, without extension: "tong-hop-<template>", or "tong-hop" for several. */
export function mergeFileBase(result: MergeResult): string {
  return result.tables.length === 1 ? `tong-hop-${result.tables[0].entry.template.id}` : "tong-hop";
}
