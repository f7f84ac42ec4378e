import type { Submission } from "./select";

/**
 * Sheets that claim one template id but were made from different user definitions (different content hashes)
 * are not one table: merged together, their figures would add up different indicators. The definition most
 * sheets were made from counts (the first given wins a tie); the others are set aside, naming the file they
 * differ from. Built-in templates have one definition, the catalog's.
 */
export function oneDefinition(sheets: readonly Submission[]): {
  kept: Submission[];
  other: { submission: Submission; kept: Submission }[];
} {
  const versionOf = (s: Submission) =>
    s.report.recognition.entry.definition ? s.report.recognition.entry.template.version : "";
  const counts = new Map<string, number>();
  for (const s of sheets) counts.set(versionOf(s), (counts.get(versionOf(s)) ?? 0) + 1);
  const first = sheets.find((s) => counts.get(versionOf(s)) === Math.max(...counts.values()));
  const target = first ? versionOf(first) : "";
  const kept: Submission[] = [];
  const other: { submission: Submission; kept: Submission }[] = [];
  for (const s of sheets) {
    if (versionOf(s) === target) kept.push(s);
    else other.push({ submission: s, kept: first! });
  }
  return { kept, other };
}
