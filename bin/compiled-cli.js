"use strict";
// The CLI as `npm run build:cli` leaves it: one bundle (webpack.cli.config.js) and, beside it, the V8 code cache
// the build made after running `templates` and `validate` (scripts/build-cli.js), so that a command starts
// without resolving modules and without compiling what the build already compiled.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { createRequire } = require("node:module");

const BUNDLE = path.join(__dirname, "..", "dist-cli", "bundle", "cchc.js");
/**
 * The bundle's name in stack traces: its path in the package, whatever folder it was built or installed in (V8
 * keeps the name a cache was made under, here the build's own folder, instead of the one it is compiled with).
 */
const NAME = path.join("dist-cli", "bundle", "cchc.js");

/** The cache's file: the bundle's bytes, then V8's data. */
const cacheFileOf = (bundle) => `${bundle}.cache`;

/**
 * V8's data for exactly these bytes of the bundle, or undefined. V8 itself rejects a cache of another V8 version
 * or other flags, but of the source it checks only the length: the bytes the cache was made from, kept in the
 * cache's file, are compared here (a memcmp), so a bundle rebuilt or edited without its cache compiles afresh.
 */
function cachedDataFor(bundle, source) {
  let cache;
  try {
    cache = fs.readFileSync(cacheFileOf(bundle));
  } catch {
    return undefined;
  }
  const made = cache.subarray(0, source.length);
  return cache.length > source.length && made.equals(source) ? cache.subarray(source.length) : undefined;
}

/**
 * Compiles and runs the bundle as Node runs a CommonJS module (its `require` resolves from the bundle's folder),
 * with the code cache when there is a valid one. Throws ENOENT, with the bundle's path, when it was not built.
 */
function compileCli(bundle = BUNDLE) {
  const source = fs.readFileSync(bundle);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: NAME,
    cachedData: cachedDataFor(bundle, source),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { cli: module.exports, script, source };
}

module.exports = { BUNDLE, cacheFileOf, compileCli };
