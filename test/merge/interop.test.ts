import { readFileSync } from "node:fs";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import { mergeFiles } from "../../src/domain/merge/merge";
import { receive } from "../helpers/receive";
import { filledTemplate } from "../helpers/workbooks";

const FIXTURES = path.join(__dirname, "..", "fixtures", "libreoffice");
/** What scripts/make-libreoffice-fixtures.js typed into each fixture, by file. */
const record = JSON.parse(readFileSync(path.join(FIXTURES, "values.json"), "utf8")) as {
  template: string;
  period: string;
  files: Record<string, { unit: string; values: Record<string, number> }>;
};

describe("merging files from three producers: our writer, LibreOffice, and tables typed by hand", () => {
  const ours: Record<string, { unit: string; values: Record<string, number> }> = {
    "so-noi-vu.xlsx": { unit: "Sở Nội vụ", values: { "1@y2015": 12, "1.a@y2015": 4, "2@y2020": 9, "4@y2018": 3 } },
    "so-tu-phap.xlsx": { unit: "Sở Tư pháp", values: { "1@y2015": 2, "2@y2020": 1, "3.b@y2017": 6 } },
    "nha-trang.xlsx": { unit: "UBND thành phố Nha Trang", values: { "3.b@y2017": 7, "4@y2018": 11 } },
  };
  const all = { ...record.files, ...ours };

  /**
   * The values a unit typed that break an error-level rule of the template (parts above their total: the total;
   * done above planned: the done figure): the merge leaves them out and says so. Worked out here from the typed
   * values and the template's rules as data.
   */
  function brokenRefs(values: Record<string, number>): Set<string> {
    const t = catalog().get(record.template)!.template;
    const cols = t.columns.filter((c) => c.role === "value").map((c) => c.key);
    const out = new Set<string>();
    for (const r of t.crossRules)
      for (const col of cols) {
        if (r.type === "partsOfTotal") {
          const parts = r.parts.map((p) => values[`${p}@${col}`]).filter((v) => v !== undefined);
          const total = values[`${r.total}@${col}`];
          if (total !== undefined && parts.length > 0 && parts.reduce((a, b) => a + b, 0) > total)
            out.add(`${r.total}@${col}`);
        }
        if (r.type === "notGreater" && r.severity === "error") {
          const lesser = values[`${r.lesser}@${col}`];
          const greater = values[`${r.greater}@${col}`];
          if (lesser !== undefined && greater !== undefined && lesser > greater) out.add(`${r.lesser}@${col}`);
        }
      }
    return out;
  }

  it("recognises each file the right way and sums every figure as the test sums it", async () => {
    const files = [];
    for (const name of Object.keys(record.files))
      files.push(await receive(name, new Uint8Array(readFileSync(path.join(FIXTURES, name)))));
    for (const [name, f] of Object.entries(ours))
      files.push(await receive(name, await filledTemplate(record.template, f.unit, record.period, f.values)));

    const r = mergeFiles(files, catalog(), { locale: "vi" });
    expect(r.tables.map((t) => t.entry.template.id)).toEqual([record.template]);
    const [table] = r.tables;
    expect(r.skipped).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(table.included.map((s) => [s.file, s.unit, s.report.recognition.recognizedBy])).toEqual(
      Object.entries(all).map(([file, f]) => [file, f.unit, file.startsWith("hand-") ? "labels" : "metadata"]),
    );
    for (const s of table.included) expect(s.report.recognition.unplaced).toEqual([]);

    const refs = new Set(Object.values(all).flatMap((f) => Object.keys(f.values)));
    expect(refs.size).toBeGreaterThan(20);
    const broken = Object.values(all).map((f) => brokenRefs(f.values));
    expect(broken.some((b) => b.size > 0)).toBe(true);
    for (const ref of refs) {
      const counted = Object.values(all).filter((f, i) => f.values[ref] !== undefined && !broken[i].has(ref));
      const expected = counted.length ? counted.reduce((sum, f) => sum + f.values[ref], 0) : null;
      const cell = table.cells.find((c) => c.input.ref === ref);
      expect({ ref, value: cell?.result.value }).toEqual({ ref, value: expected });
    }
    // Each value left out is listed with its unit and the reason.
    expect(table.excluded.map((x) => `${x.unit}|${x.indicator}`).sort()).toEqual(
      Object.values(all)
        .flatMap((f, i) => [...broken[i]].map((ref) => `${f.unit}|${ref.split("@")[0]}`))
        .sort(),
    );
    // Cells nobody filled stay empty rather than becoming 0.
    const untouched = table.cells.filter((c) => !refs.has(c.input.ref) && c.input.rule.kind === "count");
    for (const c of untouched) expect(c.result.value).toBeNull();
  });
});
