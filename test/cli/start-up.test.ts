import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import { definitionFileText } from "../../src/domain/catalog/definitions";
import { templateWorkbook } from "../../src/io/xlsx/template-workbook";
import { BIN, BUNDLE, ensureBuiltCli } from "../hostile/child";
import { ownDefinition } from "../helpers/made-definition";

/**
 * What each command loads, in the built CLI: a command starts in a tenth of a second only if it loads nothing it
 * does not use, reads its code from one file and compiles little of it. The figures themselves are measured by
 * `npm run bench`; here, which files and packages were loaded, and that the build's code cache is the one used.
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

const ROOT = path.join(__dirname, "..", "..");

/** The files a command required, by their path. */
function filesLoaded(...argv: string[]): string[] {
  const res = spawnSync(process.execPath, ["--require", HOOK, BIN, ...argv], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CCHC_LOADED: LOADED },
  });
  expect(res.stderr).not.toMatch(/Lỗi không mong đợi/);
  return readFileSync(LOADED, "utf8").split("\n");
}

/** The packages a command loaded (their folder under node_modules). */
function packagesLoaded(...argv: string[]): string[] {
  const files = filesLoaded(...argv);
  return [...new Set(files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1] ?? []))].sort();
}

/**
 * Runs `cchc --help` from the bundle at `bundle` in a Node process of its own (the flags V8's cache was made
 * under): whether V8 was given and accepted a cache, and the help's first command line.
 */
function helpFrom(bundle: string): { cache: string; line: string } {
  const script = `const { compileCli } = require(${JSON.stringify(path.join(ROOT, "bin", "compiled-cli.js"))});
const { cli, script } = compileCli(${JSON.stringify(bundle)});
cli.run(["--help"], { out: (text) => console.log(JSON.stringify({ cache: String(script.cachedDataRejected), line: text.split("\\n")[3] })), err() {} });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
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

  it("reads the program from its bundle: no compiled module of its own is resolved and read one by one", () => {
    const own = filesLoaded("validate", report).filter((f) => f.startsWith(ROOT) && !f.includes("node_modules"));
    expect(own.map((f) => path.relative(ROOT, f)).sort()).toEqual(["bin/cchc.js", "bin/compiled-cli.js"]);
  });

  it("compiles the bundle with the code cache the build made, and never with a cache of other bytes", () => {
    expect(helpFrom(BUNDLE)).toEqual({ cache: "false", line: "  templates [--json]" });
    // A bundle changed after its cache was made, to the same length: V8 alone would take the cache (it compares
    // lengths) and run the old code; the launcher compiles the new bytes.
    const copy = path.join(dir, "cchc.js");
    writeFileSync(
      copy,
      readFileSync(BUNDLE, "latin1").replace("  templates [--json]", "  TEMPLATES [--json]"),
      "latin1",
    );
    copyFileSync(`${BUNDLE}.cache`, `${copy}.cache`);
    expect(helpFrom(copy)).toEqual({ cache: "undefined", line: "  TEMPLATES [--json]" });
  });
});
