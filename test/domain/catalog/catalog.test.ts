import { catalog } from "../../../src/domain/catalog";
import { buildCatalog, CatalogError } from "../../../src/domain/catalog/catalog";
import { khanhHoaPeriodic2021 } from "../../../src/domain/catalog/sources/khanh-hoa-periodic-2021";

/** Every appendix that counts (shared/seeds/README.md), by template id. */
const EXPECTED_IDS = [
  "kh-pl2-i",
  "kh-pl2-ii1",
  "kh-pl2-ii2",
  "kh-pl2-ii3",
  "kh-pl2-ii4a",
  "kh-pl2-ii4b",
  "kh-pl2-ii5",
  "kh-pl2-ii6",
  "kh-pl2-ii7",
  "kh-pl2-ii8",
  "bd-pl1",
  "bd-pl2",
  "bd-pl3",
  "bd-pl4-i",
  "bd-pl4-ii",
  "bd-pl4-iii",
  "bd-pl5",
  "bd-pl6",
  "bd-pl7",
  "bd-pl8",
  "kh-dinhky-pl2",
  "sl-pl1",
  "sl-pl2",
  "dl-pl1",
  "dl-pl2",
];

describe("the catalog", () => {
  it("holds every official appendix, each once", () => {
    const ids = catalog().templates.map((e) => e.template.id);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it("spells every label in Unicode NFC with no leftover markup or PDF artefacts", () => {
    for (const { template } of catalog().templates) {
      for (const row of template.rows) {
        if (row.type === "entries") continue;
        expect(row.label).toBe(row.label.normalize("NFC"));
        expect(row.label).not.toMatch(/<\/?[bi]>|ƣ|\t|\s{2,}/);
      }
    }
  });

  it("gives every indicator a rule for each of its value columns", () => {
    for (const { template } of catalog().templates) {
      const values = template.columns.filter((c) => c.role === "value");
      for (const row of template.rows)
        if (row.type === "indicator") for (const col of values) expect(col.rule ?? row.rule).toBeDefined();
    }
  });

  it("fails loudly, naming the module and the path, when a definition is broken", () => {
    const broken = structuredClone(khanhHoaPeriodic2021) as unknown as {
      templates: { rows: { rule?: { kind: string } }[] }[];
    };
    const row = broken.templates[0].rows.find((r) => r.rule)!;
    row.rule = { kind: "percentage" };
    const build = () => buildCatalog({ "khanh-hoa-periodic-2021": broken as never });
    expect(build).toThrow(CatalogError);
    expect(build).toThrow(/khanh-hoa-periodic-2021[\s\S]*templates\.0\.rows\.\d+\.rule/);
  });

  it("rejects a cross rule that points at a row the template does not have", () => {
    const broken = structuredClone(khanhHoaPeriodic2021) as unknown as {
      templates: { crossRules: unknown[] }[];
    };
    broken.templates[0].crossRules.push({ type: "cumulative", row: "no-such-row" });
    expect(() => buildCatalog({ x: broken as never })).toThrow(/unknown row no-such-row/);
  });

  it("refuses a warning rule that does not say why the figures may still be right", () => {
    const broken = structuredClone(khanhHoaPeriodic2021) as unknown as {
      templates: { crossRules: unknown[] }[];
    };
    broken.templates[0].crossRules.push({
      type: "notGreater",
      lesser: "1.1.b",
      greater: "1.1.a",
      relation: "other",
      severity: "warning",
    });
    expect(() => buildCatalog({ x: broken as never })).toThrow(/crossRules\.\d+\.doubt: a warning rule needs a doubt/);
  });

  it("accepts a template's own jump factor for comparing periods, and refuses one that is no jump", () => {
    const withJump = (periodJump: unknown) => {
      const t = structuredClone(khanhHoaPeriodic2021) as unknown as { templates: Record<string, unknown>[] };
      t.templates[0].periodJump = periodJump;
      return () => buildCatalog({ x: t as never });
    };
    expect(withJump({ factor: 5, atLeast: 50 })().get("kh-dinhky-pl2")!.template.periodJump).toEqual({
      factor: 5,
      atLeast: 50,
    });
    expect(withJump({ factor: 1, atLeast: 50 })).toThrow(CatalogError);
  });
});
