#!/usr/bin/env node
"use strict";
/**
 * `npm run standalone`: serves the built page (dist/) for offices whose Excel cannot run a modern add-in.
 * Plain Node, no dependencies; the page itself makes no request beyond this origin.
 *   npm run standalone -- --port 9000 [--host 0.0.0.0]
 *   node scripts/serve-standalone.js [--port 8080] [--host 127.0.0.1]
 * --host 0.0.0.0 serves it to the office's intranet. `npm run standalone --port 9000` (without the "--") works
 * too, although npm warns about it.
 */
const crypto = require("node:crypto");
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
// `npm run standalone --port 9000` (no "--"): npm takes --port for itself (npm_config_port) and, since it knows no
// such setting, leaves "true" there and the number as a bare argument.
const npmPort = process.env.npm_config_port;
const bare = args.find((a) => /^\d+$/.test(a));
const port = Number(opt("--port", (npmPort === "true" ? bare : npmPort) || process.env.PORT || 8080));
const host = opt("--host", process.env.npm_config_host || "127.0.0.1");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`Lỗi: cổng không hợp lệ «${opt("--port", process.env.npm_config_port)}». Ví dụ: --port 9000\n`);
  process.exit(2);
}
const root = path.resolve(__dirname, "..", "dist");
const index = "standalone.html";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

if (!fs.existsSync(path.join(root, index))) {
  process.stderr.write("Lỗi: chưa có trang đã biên dịch (dist/standalone.html). Chạy: npm run build\n");
  process.exit(2);
}

/**
 * The page's policy: nothing beyond this origin. The pages' one inline script (the old-webview check that
 * webpack inlines) is allowed by its hash.
 */
function policy(file, data) {
  const hashes = [];
  if (file.endsWith(".html"))
    for (const m of data.toString("utf8").matchAll(/<script>([\s\S]*?)<\/script>/g))
      hashes.push(`'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  return `default-src 'self' blob: data:; script-src 'self' ${hashes.join(" ")}; style-src 'self' 'unsafe-inline'`;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url || "/", "http://localhost");
  const rel = decodeURIComponent(url.pathname === "/" ? `/${index}` : url.pathname);
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Không tìm thấy.");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      // The page must not reach anywhere else; the browser enforces it too.
      "content-security-policy": policy(file, data),
      "cache-control": "no-cache",
    });
    res.end(data);
  });
});

server.on("error", (e) => {
  process.stderr.write(`Lỗi: không mở được cổng ${port} (${e.code || e.message}). Thử --port khác.\n`);
  process.exit(2);
});
server.listen(port, host, () => {
  const { port: actual } = server.address();
  process.stdout.write(
    `Trang CCHC độc lập đang chạy tại http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/ (Ctrl+C để dừng)\n`,
  );
});
