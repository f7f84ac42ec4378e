import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineTemplate } from "../../src/domain/define";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { provincialForm } from "../helpers/provincial-form";
import { runCli } from "../helpers/run-cli";

/** The README's "Bring your own appendix" commands, run as written (in a scratch folder holding the example). */
const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = "docs/examples/bieu-05-chuyen-doi-so.xlsx";

/** The shell lines of the first ```sh block after the section's heading. */
function readmeCommands(): string[] {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Mẫu tự tạo / Bring your own appendix"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
  return block.split("\n").filter((l) => l.startsWith("npx cchc "));
}

/** Splits a command line as the shell does for these commands: words, "double-quoted words". */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

describe("the README's own-appendix example", () => {
  const cwd = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-readme-"));
  beforeAll(() => {
    mkdirSync(path.join(dir, "docs", "examples"), { recursive: true });
    copyFileSync(path.join(ROOT, EXAMPLE), path.join(dir, EXAMPLE));
    process.chdir(dir);
  });
  afterAll(() => process.chdir(cwd));

  it("is the table the tests build", async () => {
    const define = async (bytes: Uint8Array) => {
      const opened = await openWorkbook(bytes);
      if (!opened.ok) throw new Error(opened.reason);
      return defineTemplate(opened.source.grid(opened.source.sheetNames()[0]), { id: "x", year: 2026 });
    };
    expect(await define(new Uint8Array(readFileSync(path.join(ROOT, EXAMPLE))))).toEqual(
      await define(await provincialForm()),
    );
  });

  it("runs every command as written", async () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const line of commands) {
      const [, , ...argv] = words(line);
      const { code, err } = await runCli(...argv);
      expect({ line, code, err }).toEqual({ line, code: 0, err: expect.not.stringMatching(/Lỗi/) });
    }
  });
});
