/** A roster as people type it: one unit a line; blank lines, a header line and numbering are ignored. */
export function parseRoster(lines: readonly string[]): string[] {
  const units: string[] = [];
  for (const raw of lines) {
    const line = raw
      .normalize("NFC")
      .replace(/^\s*\d+[.)]?\s+/, "")
      .trim();
    if (!line || /^(tên\s+)?đơn vị$/i.test(line) || /^stt$/i.test(line)) continue;
    units.push(line);
  }
  return units;
}
