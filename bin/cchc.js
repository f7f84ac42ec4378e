#!/usr/bin/env node
"use strict";
// The CLI is compiled TypeScript, bundled into one file (npm run build:cli, part of npm run setup).
const { BUNDLE, compileCli } = require("./compiled-cli");

let cli;
try {
  ({ cli } = compileCli());
} catch (e) {
  if (e && e.code === "ENOENT" && e.path === BUNDLE) {
    process.stderr.write("Lỗi: chưa biên dịch công cụ dòng lệnh. Chạy: npm run setup\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2));
