// Bundles the compiled CLI (dist-cli/src, tsc's output) into one file, dist-cli/bundle/cchc.js, that bin/cchc.js
// runs: a command then reads one file instead of resolving and reading some sixty modules. Part of
// `npm run build:cli` through scripts/build-cli.js, which builds it in a folder of its own, makes the bundle's
// code cache and moves both into dist-cli/bundle. Each module of the bundle still runs only when first required,
// so a command evaluates only what it uses; packages (zod) stay outside the bundle, loaded from node_modules where
// a command needs them.
const path = require("path");

const compiled = path.join(__dirname, "dist-cli");

/**
 * Writes every character outside ASCII as its \u escape (the sources' Vietnamese strings, regular expressions and
 * comments), which means the same to JavaScript: an ASCII file is read without UTF-8 decoding and held by V8 as
 * one byte a character, several milliseconds less at each start. A backslash before such a character (an
 * identity escape in a regular expression) would change meaning, so it stops the build instead.
 */
class AsciiOnly {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AsciiOnly", (compilation) =>
      compilation.hooks.processAssets.tap(
        { name: "AsciiOnly", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets) => {
          for (const [name, asset] of Object.entries(assets)) {
            const text = asset.source().toString();
            if (/\\[^\0-\x7f]/.test(text)) throw new Error(`${name}: a backslash before a non-ASCII character`);
            const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
            compilation.updateAsset(name, new sources.RawSource(ascii));
          }
        },
      ),
    );
  }
}

module.exports = {
  // No minifying, no renaming, no NODE_ENV replacement: the bundle runs tsc's output as it is.
  mode: "none",
  target: "node20",
  context: __dirname,
  entry: path.join(compiled, "src", "cli", "main.js"),
  output: {
    path: path.join(compiled, "bundle"),
    filename: "cchc.js",
    library: { type: "commonjs2" },
  },
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) =>
      /^[@a-z]/i.test(request) && !request.startsWith("node:") ? callback(null, `commonjs ${request}`) : callback(),
  ],
  node: { __dirname: false, __filename: false, global: false },
  plugins: [new AsciiOnly()],
  devtool: false,
  performance: { hints: false },
};
