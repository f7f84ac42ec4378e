import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import { definitionFileText } from "../../src/domain/catalog/definitions";
import { templateWorkbook } from "../../src/io/xlsx/template-workbook";
import { BIN, ensureBuiltCli } from "../hostile/child";
import { ownDefinition } from "../helpers/made-definition";

/**
 * What each command loads, in the built CLI: a command starts in a tenth of a second only if it loads nothing it
 * does not use. The figures themselves are measured by `npm run bench`; here, which modules were loaded.
 */

const dir = mkdtempSync(path.join(tmpdir(), "cchc-start-"));
const HOOK = path.join(dir, "hook.js");
const LOADED = path.join(dir, "loaded.txt");
writeFileSync(
  HOOK,
  `const Module = require("node:module");
const fs = require("node:fs");
const seen = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { seen.add(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
process.on("exit", () => fs.writeFileSync(process.env.CCHC_LOADED, [...seen].join("\\n")));`,
);

/** The packages a command loaded (their folder under node_modules). */
function packagesLoaded(...argv: string[]): string[] {
  const res = spawnSync(process.execPath, ["--require", HOOK, BIN, ...argv], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CCHC_LOADED: LOADED },
  });
  expect(res.stderr).not.toMatch(/Lỗi không mong đợi/);
  const files = readFileSync(LOADED, "utf8").split("\n");
  return [...new Set(files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1] ?? []))].sort();
}

describe("what the built CLI loads", () => {
  jest.setTimeout(120_000);
  const report = path.join(dir, "bao-cao.xlsx");
  const definition = path.join(dir, "mau.json");

  beforeAll(async () => {
    ensureBuiltCli();
    const template = catalog().get("kh-dinhky-pl2")!.template;
    writeFileSync(report, await templateWorkbook([{ template, unit: "UBND xã Cam Hải Tây", period: "Năm 2024" }]));
    writeFileSync(definition, definitionFileText(ownDefinition()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the templates and checks a report without any package: no ExcelJS, no zod", () => {
    expect(packagesLoaded("templates")).toEqual([]);
    expect(packagesLoaded("validate", report)).toEqual([]);
  });

  it("merges and writes without ExcelJS or zod", () => {
    expect(packagesLoaded("merge", report, "-o", path.join(dir, "tong-hop.xlsx"), "--force")).toEqual([]);
  });

  it("loads zod where a definition is checked", () => {
    expect(packagesLoaded("validate", report, "--definitions", definition)).toEqual(["zod"]);
  });
});
