#!/usr/bin/env node
"use strict";
/**
 * `npm run standalone`: serves the built page (dist/) for offices whose Excel cannot run a modern add-in.
 * Plain Node, no dependencies; the page itself makes no request beyond this origin.
 *   node scripts/serve-standalone.js [--port 8080] [--host 127.0.0.1]
 * --host 0.0.0.0 serves it to the office's intranet.
 */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt("--port", process.env.PORT || 8080));
const host = opt("--host", "127.0.0.1");
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
      "content-security-policy":
        "default-src 'self' blob: data:; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'",
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
