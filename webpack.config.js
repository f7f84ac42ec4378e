// Builds the Excel add-in into dist/: the task pane (taskpane.html), the same pane as a standalone page for
// browsers without Excel (standalone.html, no office.js), the ribbon's function file (commands.html) and the
// dialog the "Kiểm tra" command opens (summary.html), plus the icons and the manifest.
//
// npm run build:addin   production build into dist/
// npm run dev-server    https://localhost:3000, with office-addin-dev-certs' certificates when they are installed
// npm start             sideloads manifest.xml into Excel desktop. It runs office-addin-dev-certs and
//                       office-addin-debugging through `npx --yes` rather than as devDependencies: both need
//                       keytar, whose native build needs libsecret and fails on machines without it (CI, this
//                       repository's build machine), while a developer's machine with network fetches them on demand.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;

/**
 * The standalone page's own Content-Security-Policy, in the page itself so that it holds on whatever server
 * (IIS, nginx, a shared folder) an office puts dist/ on: scripts and the worker from the page's origin only, no
 * eval, no request anywhere else. Fluent UI writes its styles at run time, hence the inline styles.
 */
const STANDALONE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
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
 */
const page = ({ title, head = "", body = "", office = true, csp }) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    ${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}" />` : ""}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" type="image/png" href="assets/icon-32.png" />
    ${office ? `<script src="${OFFICE_JS}"></script>` : ""}
    ${head}
  </head>
  <body>${body}</body>
</html>
`;

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

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
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
    // ExcelJS (and its zip library) only serves writing workbooks: one named chunk, loaded on demand.
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip|pako)[\\/]/, name: "exceljs", chunks: "async" },
        },
      },
    },
    // The lazily loaded ExcelJS chunk is larger than webpack's 244 KiB hint by nature; the entries stay small.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateContent: page({ title: "CCHC", body: `<div id="root"></div>` }),
      }),
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        chunks: ["taskpane"],
        templateContent: page({
          title: "CCHC - Phụ lục thống kê CCHC",
          body: `<div id="root"></div>`,
          office: false,
          csp: STANDALONE_CSP,
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        chunks: ["commands"],
        templateContent: page({ title: "CCHC" }),
      }),
      new HtmlWebpackPlugin({
        filename: "summary.html",
        chunks: ["summary"],
        templateContent: page({ title: "CCHC - Kiểm tra", head: SUMMARY_STYLE }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};
