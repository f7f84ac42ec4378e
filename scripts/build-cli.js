// The last step of `npm run build:cli`, after tsc: bundles the compiled CLI (webpack.cli.config.js) and makes the
// bundle's V8 code cache, which bin/cchc.js compiles it with (bin/compiled-cli.js). The cache is made here, never
// when a command runs (an installed package's folder may not be writable): the bundle is run in this process on
// the two commands whose start-up counts (`templates`, and `validate` of a report written from a template), then
// V8 serialises every function they compiled. Both files are made in a folder of their own and then renamed into
// place, so that a CLI started meanwhile (tests run in parallel) reads whole files; a bundle newer than its cache
// is compiled without it.
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { BUNDLE, cacheFileOf, compileCli } = require("../bin/compiled-cli");
const config = require("../webpack.cli.config.js");

const DIST = path.join(__dirname, "..", "dist-cli");

function bundleInto(dir) {
  return new Promise((resolve, reject) =>
    webpack({ ...config, output: { ...config.output, path: dir } }, (err, stats) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(path.join(dir, config.output.filename));
    }),
  );
}

/** A report as `cchc template` writes it, by tsc's compiled modules (outside the bundle: not in its cache). */
async function writeReport(file) {
  const { catalog } = require(path.join(DIST, "src", "domain", "catalog"));
  const { templateWorkbook } = require(path.join(DIST, "src", "io", "xlsx", "template-workbook"));
  const template = catalog().get("kh-dinhky-pl2").template;
  fs.writeFileSync(file, await templateWorkbook([{ template, unit: "UBND xã Cam Hải Tây", period: "Năm 2024" }]));
}

async function makeCache(bundle) {
  const { cli, script, source } = compileCli(bundle);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-build-"));
  try {
    const report = path.join(dir, "bao-cao.xlsx");
    await writeReport(report);
    const quiet = { out: () => {}, err: () => {} };
    for (const argv of [["templates"], ["validate", report]]) {
      const code = await cli.run(argv, quiet);
      if (code !== 0) throw new Error(`cchc ${argv[0]} exited ${code} while the code cache was made`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.writeFileSync(cacheFileOf(bundle), Buffer.concat([source, script.createCachedData()]));
}

async function main() {
  const work = fs.mkdtempSync(path.join(DIST, ".bundle-"));
  try {
    const bundle = await bundleInto(work);
    await makeCache(bundle);
    fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
    fs.renameSync(bundle, BUNDLE);
    fs.renameSync(cacheFileOf(bundle), cacheFileOf(BUNDLE));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
  process.exitCode = 1;
});
