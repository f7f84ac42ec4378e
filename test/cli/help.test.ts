import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/run-cli";

const ROOT = path.join(__dirname, "..", "..");

describe("cchc --help", () => {
  it("lists every command and option of the command-line contract, and exits 0", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const { code, out } = await runCli(flag);
      expect([flag, code]).toEqual([flag, 0]);
      for (const command of ["templates", "template", "define", "validate", "merge"])
        expect([command, new RegExp(`^  ${command} `, "m").test(out)]).toEqual([command, true]);
      for (const option of [
        "--json",
        "--unit",
        "--period",
        "--definition ",
        "--definitions",
        "--sheet",
        "--completeness",
        "--previous",
        "--template",
        "--roster",
        "-o",
      ])
        expect([option, out.includes(option)]).toEqual([option, true]);
    }
  });

  it("without a command, prints the same help and exits 2", async () => {
    const { code, out } = await runCli();
    expect(code).toBe(2);
    expect(out).toContain("Cách dùng: cchc <lệnh>");
  });

  it("is what the installed command prints: bin/cchc.js is the package's cchc", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.bin).toEqual({ cchc: "bin/cchc.js" });
    // What `npm pack` puts in the package for `npm install -g`: the launcher and the CLI's bundle with its cache.
    expect(pkg.files).toEqual(expect.arrayContaining(["bin/", "dist-cli/bundle/"]));
    expect(pkg.scripts.prepack).toBe("npm run build:cli");
    const out = execFileSync(process.execPath, [path.join(ROOT, "bin", "cchc.js"), "--help"], { encoding: "utf8" });
    expect(out).toContain("define <bảng.xlsx>");
  });
});
