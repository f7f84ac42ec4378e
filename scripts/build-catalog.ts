import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CatalogError, parseModules } from "../src/domain/catalog/catalog";
import { BUILT_IN_SOURCES } from "../src/domain/catalog/sources";

/**
 * `npm run build:catalog`: checks the built-in sources with the catalog's schema and writes what it makes of them
 * (defaults filled in) to src/domain/catalog/built-in.json, which the program reads instead of checking the sources
 * at every start. `--check` (part of `npm run build:cli`) writes nothing and fails when the file is not what the
 * sources make: a source edited without this step never reaches a build.
 */
const RELATIVE = path.join("src", "domain", "catalog", "built-in.json");
// Compiled to dist-cli/scripts/: the repository is two folders up, the compiled copy one.
const SOURCE_FILE = path.join(__dirname, "..", "..", RELATIVE);
const COMPILED_FILE = path.join(__dirname, "..", RELATIVE);

function main(): number {
  let text: string;
  try {
    text = `${JSON.stringify(parseModules(BUILT_IN_SOURCES), null, 1)}\n`;
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 1;
  }
  if (process.argv.includes("--check")) {
    if (readFileSync(SOURCE_FILE, "utf8") === text) return 0;
    process.stderr.write(`${RELATIVE} không khớp với các nguồn mẫu biểu: chạy npm run build:catalog.\n`);
    return 1;
  }
  for (const file of [SOURCE_FILE, COMPILED_FILE]) writeFileSync(file, text);
  process.stdout.write(`Đã ghi ${RELATIVE}.\n`);
  return 0;
}

process.exitCode = main();
