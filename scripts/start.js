// `npm start`: sideloads the development manifest (manifest.xml) into Excel desktop, serving the pane on
// https://localhost:3000. It needs Excel for Windows or Mac, and the rights to trust a development certificate
// (office-addin-dev-certs asks for an administrator's consent the first time). Both tools are fetched by
// `npx --yes` rather than kept as devDependencies: they need keytar, whose native build needs libsecret and fails
// on machines without it (CI, build servers), while a developer's machine with a network fetches them on demand.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

if (process.platform !== "win32" && process.platform !== "darwin") {
  process.stderr.write(
    `Lỗi: npm start mở bổ trợ trong Excel cho máy tính, chỉ có trên Windows hoặc Mac (cần quyền quản trị lần đầu để tin cậy chứng chỉ phát triển); máy này chạy ${process.platform}. Ở đây hãy dùng: npm run standalone (trang độc lập), hoặc triển khai dist/ lên máy chủ https (README: Triển khai). / npm start needs Excel on Windows or Mac; this machine runs ${process.platform}.\n`,
  );
  process.exit(2);
}

const root = path.join(__dirname, "..");
const npx = (args) =>
  spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--yes", ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  }).status;

const status =
  npx(["office-addin-dev-certs@3", "install"]) || npx(["office-addin-debugging@7", "start", "manifest.xml", "desktop"]);
process.exit(status ?? 1);
