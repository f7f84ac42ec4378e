import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import type { Template } from "../../src/domain/catalog/schema";
import { ruleName } from "../../src/domain/define";
import { runCli } from "../helpers/run-cli";
import { withoutCarriers } from "../helpers/strip-carriers";

/**
 * The 95% test of issue 15: each of the catalog's tables, written by `cchc template` and with its hidden carriers
 * removed (what an officer's own copy of the official table is), goes through `cchc define`; the definition's
 * indicators, STT, labels and kinds (each value cell's rule, legends and maxima included) are compared with the
 * catalog's. Every difference is printed. The share is over all the catalog's indicators, an indicator that
 * `define` adds counting as a difference too.
 */

const dir = mkdtempSync(path.join(tmpdir(), "cchc-define-catalog-"));

interface Indicator {
  stt: string;
  label: string;
  /** The rules of its value cells, compared exactly. */
  rules: string;
  /** The same as a person reads them. */
  kinds: string;
}

/** Each indicator with its STT and the rule of each of its value cells (the column's where it has one). */
function indicators(t: Template): Indicator[] {
  const values = t.columns.filter((c) => c.role === "value");
  return t.rows.flatMap((r) => {
    if (r.type !== "indicator") return [];
    const rules = values.map((c) => (c.rule ?? r.rule)!);
    const kinds = [...new Set(rules.map((x) => ruleName(x, "vi")))].join(" | ");
    return [{ stt: r.stt ?? "", label: r.label, rules: JSON.stringify(rules), kinds }];
  });
}

/** Pairs the two lists by label in order (longest common subsequence); unpaired rows are differences. */
function compare(expected: Indicator[], actual: Indicator[]): { equal: number; differences: string[] } {
  const n = expected.length;
  const m = actual.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] =
        expected[i].label === actual[j].label ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const differences: string[] = [];
  let equal = 0;
  for (let i = 0, j = 0; i < n || j < m;) {
    if (i < n && j < m && expected[i].label === actual[j].label) {
      const [a, b] = [expected[i], actual[j]];
      if (a.stt === b.stt && a.rules === b.rules) equal++;
      else differences.push(`  «${a.label}»: danh mục STT «${a.stt}» ${a.kinds}; define STT «${b.stt}» ${b.kinds}`);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j]))
      differences.push(`  define thêm «${actual[j++].label}», không là chỉ tiêu trong danh mục`);
    else differences.push(`  define thiếu «${expected[i++].label}»`);
  }
  return { equal, differences };
}

describe("cchc define on the 25 catalog tables with their hidden carriers removed", () => {
  const results: { id: string; code: number; total: number; equal: number; differences: string[] }[] = [];

  beforeAll(async () => {
    for (const e of catalog().templates) {
      const id = e.template.id;
      const injected = path.join(dir, `${id}.xlsx`);
      expect((await runCli("template", id, "-o", injected)).code).toBe(0);
      const table = path.join(dir, `${id}-table.xlsx`);
      writeFileSync(table, await withoutCarriers(new Uint8Array(readFileSync(injected))));
      const definition = path.join(dir, `${id}-user.json`);
      const { code } = await runCli("define", table, "-o", definition);
      const actual = code === 0 ? indicators(JSON.parse(readFileSync(definition, "utf8")).templates[0]) : [];
      const expected = indicators(e.template);
      const { equal, differences } = compare(expected, actual);
      results.push({
        id,
        code,
        total: expected.length + differences.filter((d) => d.includes("define thêm")).length,
        equal,
        differences,
      });
    }
    const lines = results.flatMap((r) => [`${r.id}: ${r.equal}/${r.total}`, ...r.differences]);
    const total = results.reduce((a, r) => a + r.total, 0);
    const equal = results.reduce((a, r) => a + r.equal, 0);
    console.log(
      `${lines.join("\n")}\nTổng: ${equal}/${total} chỉ tiêu giống danh mục (${((100 * equal) / total).toFixed(1)}%).`,
    );
  }, 180_000);

  it("makes a definition of every table", () => {
    expect(results.map((r) => [r.id, r.code])).toEqual(catalog().templates.map((e) => [e.template.id, 0]));
  });

  it("gives the catalog's indicators, STT, labels and kinds for at least 95% of the indicators", () => {
    const total = results.reduce((a, r) => a + r.total, 0);
    const equal = results.reduce((a, r) => a + r.equal, 0);
    expect(total).toBeGreaterThanOrEqual(catalog().templates.flatMap((e) => indicators(e.template)).length);
    expect(equal / total).toBeGreaterThanOrEqual(0.95);
  });
});
