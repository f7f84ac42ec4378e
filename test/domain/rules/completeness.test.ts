import { catalog, type IndicatorRow } from "../../../src/domain/catalog";
import { buildLayout } from "../../../src/domain/layout/build-layout";
import { gridFromRows, type RawCell } from "../../../src/domain/grid";
import { emptyCellsBySection } from "../../../src/domain/rules/completeness";
import { validateWorkbook } from "../../../src/domain/rules/validate-workbook";

/** A template laid out and left empty but for `values` (by input ref), validated with completeness. */
function validatedEmpty(id: string, values: Record<string, number> = {}) {
  const layout = buildLayout(catalog().get(id)!.template, { unit: "Sở Nội vụ", period: "Năm 2024" });
  const rows: RawCell["value"][][] = [];
  for (const c of layout.cells) (rows[c.row - 1] ??= [])[c.col - 1] = c.value;
  // Prefilled cells (Đắk Lắk's printed scores) are emptied too.
  for (const i of layout.inputs) rows[i.row - 1][i.col - 1] = values[i.ref] ?? null;
  const grid = gridFromRows(layout.sheetName, rows);
  const source = { sheetNames: () => [grid.sheetName], grid: () => grid };
  return validateWorkbook(source, catalog(), { locale: "vi", completeness: true }).sheets[0];
}

describe("the empty cells of a sheet, one list per heading", () => {
  it("follows the numbered sections of the periodic report, in the table's order", () => {
    const report = validatedEmpty("kh-dinhky-pl2", { "1.1.a@value": 3 });
    const groups = emptyCellsBySection(report.recognition.entry.template, report.findings);
    const sections = report.recognition.entry.template.rows.filter((r) => r.type === "section" && r.level === 0);
    expect(groups.map((g) => g.heading)).toEqual(
      sections.map((r) => (r.type === "section" ? `${r.stt} ${r.label}` : "")),
    );
    const missing = report.findings.filter((f) => f.code === "completeness.missing");
    expect(groups.flatMap((g) => g.cells).sort()).toEqual(missing.map((f) => f.cell).sort());
    expect(groups.flatMap((g) => g.cells)).toHaveLength(report.expected - 1);
  });

  it("takes each PAR Index field as the heading of its criteria, and puts rows under none last", () => {
    const report = validatedEmpty("dl-pl1");
    const groups = emptyCellsBySection(report.recognition.entry.template, report.findings);
    const topLevel = report.recognition.entry.template.rows.flatMap((r) =>
      r.type === "indicator" && r.level === 0 ? [[r.stt, r.label].filter(Boolean).join(" ")] : [],
    );
    // Eight fields with their criteria below; the total ("TỔNG ĐIỂM") has none, and comes last under no heading.
    expect(topLevel).toHaveLength(9);
    expect(topLevel[8]).toBe("TỔNG ĐIỂM");
    expect(groups.map((g) => g.heading)).toEqual([...topLevel.slice(0, 8), ""]);
    expect(groups.flatMap((g) => g.cells)).toHaveLength(report.expected);
  });

  it("is one list when the table has no heading above its rows", () => {
    const flat = catalog().templates.find(
      (e) =>
        e.template.rows.every(
          (r) => r.type === "indicator" && r.level === (e.template.rows[0] as IndicatorRow).level,
        ) && buildLayout(e.template, { unit: "", period: "" }).inputs.length > 0,
    )!;
    const report = validatedEmpty(flat.template.id);
    const groups = emptyCellsBySection(report.recognition.entry.template, report.findings);
    expect(groups.map((g) => g.heading)).toEqual([""]);
    expect(groups[0].cells).toHaveLength(report.expected);
  });

  it("lists nothing when completeness was not asked for", () => {
    const report = validatedEmpty("kh-dinhky-pl2");
    const without = report.findings.filter((f) => f.code !== "completeness.missing");
    expect(emptyCellsBySection(report.recognition.entry.template, without)).toEqual([]);
  });
});
