#!/usr/bin/env node
"use strict";
// The CLI is compiled TypeScript (npm run build:cli, part of npm run setup).
const path = require("node:path");
const entry = path.join(__dirname, "..", "dist-cli", "src", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("main.js")) {
    process.stderr.write("Lỗi: chưa biên dịch công cụ dòng lệnh. Chạy: npm run setup\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2));
