// Builds the Excel add-in into dist/: the task pane (taskpane.html), the same pane as a standalone page for
// browsers without Excel (standalone.html, no office.js), the ribbon's function file (commands.html), the
// dialog the "Kiểm tra" command opens (summary.html), a help page (support.html), the icons and, for a
// deployment, the manifest.
//
// npm run build:addin   production build into dist/; with ADDIN_URL=https://<server>/ (environment or
//                       --env ADDIN_URL=...) it also writes dist/manifest.xml for that server (scripts/manifest.js)
// npm run dev-server    https://localhost:3000, with office-addin-dev-certs' certificates when they are installed
// npm start             sideloads manifest.xml (the development manifest) into Excel desktop (scripts/start.js).
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { addinBase, ManifestError, productionManifest } = require("./scripts/manifest");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;

/** The check that old webviews (IE11, EdgeHTML) get a message instead of a blank page: ES5, inlined. */
const OLD_WEBVIEW_CHECK = fs.readFileSync(path.join(__dirname, "src", "old-webview", "check.js"), "utf8");

/**
 * The standalone page's own Content-Security-Policy, in the page itself so that it holds on whatever server
 * (IIS, nginx, a shared folder) an office puts dist/ on: scripts and the worker from the page's origin only, no
 * eval, no request anywhere else. Fluent UI writes its styles at run time, hence the inline styles.
 */
const STANDALONE_CSP = [
  "default-src 'self'",
  // The old-webview check, inlined at the end of the page, by its hash (InlineScriptHashes, once minified).
  "script-src 'self' INLINE_SCRIPT_HASHES",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * A page of the add-in: it loads office.js from Microsoft's CDN (the only external request) before its own
 * bundle. The standalone page (`office: false`) is the same task pane without it: it makes no request at all.
 * Every page ends with the old-webview check (`name` tells it which page it is on).
 */
const page = ({ name, title, head = "", body = "", office = true, check = true, csp }) => `<!doctype html>
<html lang="vi" data-cchc-page="${name}">
  <head>
    <meta charset="utf-8" />
    ${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}" />` : ""}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" type="image/png" href="assets/icon-32.png" />
    ${office ? `<script src="${OFFICE_JS}"></script>` : ""}
    ${head}
  </head>
  <body>${body}${check ? `<script>${OLD_WEBVIEW_CHECK}</script>` : ""}</body>
</html>
`;

/** support.html, the manifest's SupportUrl: what the add-in is, where its standalone page is, whom to ask. */
const SUPPORT_BODY = `<main>
  <h1>CCHC — phụ lục thống kê cải cách hành chính</h1>
  <p>Bổ trợ Excel để chèn mẫu phụ lục thống kê CCHC chính thức, kiểm tra báo cáo trước khi gửi và tổng hợp báo cáo
  của nhiều đơn vị. Trong Excel: thẻ <b>Trang chủ</b> &gt; nhóm <b>CCHC</b> &gt; <b>Mở CCHC</b> hoặc <b>Kiểm tra</b>.</p>
  <p>Excel 2019 trở về trước, WPS, LibreOffice: dùng <a href="standalone.html">trang CCHC độc lập</a> trong Chrome, Edge
  hoặc Firefox. Bổ trợ cần Internet để nạp office.js của Microsoft.</p>
  <p>Cần hỗ trợ: liên hệ bộ phận công nghệ thông tin của cơ quan đã cài bổ trợ này.</p>
  <h2>English</h2>
  <p>An Excel add-in to insert the official CCHC statistical appendix templates, validate a report before sending it,
  and consolidate the reports of many units. In Excel: <b>Home</b> &gt; <b>CCHC</b> &gt; <b>Open CCHC</b> or
  <b>Validate</b>. Older Excel, WPS, LibreOffice: use the <a href="standalone.html">standalone CCHC page</a>. The
  add-in needs Internet access to load Microsoft's office.js. For help, contact the IT staff who deployed it.</p>
</main>`;

/**
 * The manifest the build writes into dist/: for a production build given ADDIN_URL, the one for that server;
 * for a development build, manifest.xml itself; a production build without ADDIN_URL writes none, and says so.
 * A wrong ADDIN_URL stops the build with one line.
 */
function manifestPatterns(production, env) {
  if (!production) return [{ from: "manifest.xml", to: "manifest.xml" }];
  const given = env.ADDIN_URL ?? process.env.ADDIN_URL;
  if (given === undefined || given === "") return [];
  let base;
  try {
    base = addinBase(given);
    const support = env.SUPPORT_URL ?? process.env.SUPPORT_URL;
    if (support) addinBase(support, "SUPPORT_URL");
    return [
      {
        from: "manifest.xml",
        to: "manifest.xml",
        transform: (content) => productionManifest(content.toString("utf8"), base, support),
      },
    ];
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
}

/**
 * Puts the hashes of a page's inline scripts, as written out (minified in production), where its policy says
 * INLINE_SCRIPT_HASHES: a hash of the source would not match.
 */
class InlineScriptHashes {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlineScriptHashes", (compilation) =>
      compilation.hooks.processAssets.tap(
        { name: "InlineScriptHashes", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const [name, asset] of Object.entries(assets)) {
            const html = asset.source().toString();
            if (!name.endsWith(".html") || !html.includes("INLINE_SCRIPT_HASHES")) continue;
            const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
              (m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
            );
            compilation.updateAsset(
              name,
              new sources.RawSource(html.replace("INLINE_SCRIPT_HASHES", hashes.join(" "))),
            );
          }
        },
      ),
    );
  }
}

/** One line at the end of a production build that wrote no manifest: how to get one. */
class ManifestNote {
  apply(compiler) {
    compiler.hooks.done.tap("ManifestNote", () =>
      process.stdout.write(
        "dist/manifest.xml không được tạo: để triển khai, build với ADDIN_URL=https://<máy chủ của cơ quan>/ (README: Triển khai). / No dist/manifest.xml: build with ADDIN_URL=https://<your server>/ to deploy.\n",
      ),
    );
  }
}

const SUMMARY_STYLE = `<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; margin: 16px; }
  h1 { font-size: 18px; font-weight: 600; margin: 0 0 12px; }
  p { margin: 6px 0; }
  button { margin-top: 12px; padding: 6px 20px; font: inherit; }
</style>`;

/** The certificates `office-addin-dev-certs install` leaves in the user's home; webpack's own otherwise. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return "https";
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return { type: "https", options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const manifest = manifestPatterns(production, env);
  return {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      summary: "./src/commands/summary.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`. ES modules, so that import() of ExcelJS (the task pane's
            // merge code) stays a chunk of its own, loaded only when files are merged: tsconfig's CommonJS
            // would turn it into a require() inside the main bundle.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: !production } },
          },
        },
      ],
    },
    devtool: production ? false : "source-map",
    // The task pane's entry (React, Fluent UI, the domain and the catalog) is over webpack's 244 KiB hint by nature.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateContent: page({ name: "taskpane", title: "CCHC", body: `<div id="root"></div>` }),
      }),
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        chunks: ["taskpane"],
        templateContent: page({
          name: "standalone",
          title: "CCHC - Phụ lục thống kê CCHC",
          body: `<div id="root"></div>`,
          office: false,
          csp: STANDALONE_CSP,
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        chunks: ["commands"],
        templateContent: page({ name: "commands", title: "CCHC" }),
      }),
      new HtmlWebpackPlugin({
        filename: "summary.html",
        chunks: ["summary"],
        templateContent: page({ name: "summary", title: "CCHC - Kiểm tra", head: SUMMARY_STYLE }),
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        chunks: [],
        templateContent: page({
          name: "support",
          title: "CCHC - Hỗ trợ / Support",
          head: SUMMARY_STYLE,
          body: SUPPORT_BODY,
          office: false,
          check: false,
        }),
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, ...manifest] }),
      new InlineScriptHashes(),
      ...(production && manifest.length === 0 ? [new ManifestNote()] : []),
    ],
    devServer: {
      port: PORT,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};
