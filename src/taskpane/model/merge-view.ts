import type { Catalog, CatalogEntry } from "../../domain/catalog/catalog";
import type { MergeResult, SourceRow } from "../../domain/merge/merge";
import type { ReceivedFile } from "../../domain/merge/select";

/** One line of the files table of the "Tổng hợp" tab. */
export interface FileRow {
  key: string;
  file: string;
  /** The sheet, when a file holds several appendix sheets. */
  sheet?: string;
  unit: string;
  period: string;
  status: SourceRow["status"];
  /** Why the file does not count, in the language of the merge. */
  reason?: string;
  errors: number;
  warnings: number;
  /** The file was read and validated (an unreadable file has no counts to show). */
  checked: boolean;
}

/**
 * The merge's sources as table rows, in the order the files were given (the user's list), a file's sheets
 * together. A sheet is named only when its file has several.
 */
export function fileRows(result: MergeResult, given: readonly ReceivedFile[]): FileRow[] {
  const order = new Map(given.map((f, i) => [f.file, i] as const));
  const sheetsOf = new Map<string, number>();
  for (const s of result.sources) sheetsOf.set(s.file, (sheetsOf.get(s.file) ?? 0) + 1);
  return [...result.sources]
    .sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0))
    .map((s, i) => ({
      key: `${i}|${s.file}|${s.sheet ?? ""}`,
      file: s.file,
      sheet: (sheetsOf.get(s.file) ?? 0) > 1 ? s.sheet : undefined,
      unit: s.unit,
      period: s.period,
      status: s.status,
      reason: s.reason,
      errors: s.errors,
      warnings: s.warnings,
      checked: s.template !== undefined,
    }));
}

/** The templates the read files hold, for the template choice (most files first, then catalog order). */
export function templatesIn(files: readonly ReceivedFile[], cat: Catalog): CatalogEntry[] {
  const count = new Map<string, number>();
  for (const f of files) {
    if (!f.outcome.ok) continue;
    for (const id of new Set(f.outcome.report.sheets.map((s) => s.recognition.entry.template.id)))
      count.set(id, (count.get(id) ?? 0) + 1);
  }
  return cat.templates
    .filter((e) => count.has(e.template.id))
    .sort((a, b) => count.get(b.template.id)! - count.get(a.template.id)!);
}

/** The standalone download's name, without extension: "tong-hop-<template>", or "tong-hop" for several. */
export function mergeFileBase(result: MergeResult): string {
  return result.tables.length === 1 ? `tong-hop-${result.tables[0].entry.template.id}` : "tong-hop";
}
