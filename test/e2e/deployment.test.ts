/**
 * The built add-in as an office deploys it (npm run test:e2e builds it with ADDIN_URL=https://example.test/cchc/):
 * the production manifest, the old-webview check in every page, the standalone server as the README starts it.
 * The pages in an old webview and in a slow Office are in office-js.test.ts.
 */
import { parse } from "acorn";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./harness";

const DIST = path.join(ROOT, "dist");
const BASE = "https://example.test/cchc/";

const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe("the production build for https://example.test/cchc/", () => {
  it("writes dist/manifest.xml with every URL on that server, no localhost, each naming a file of dist/", () => {
    const xml = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/DefaultValue="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const url of urls) {
      expect(url.startsWith(BASE)).toBe(true);
      expect([url, existsSync(path.join(DIST, url.slice(BASE.length)))]).toEqual([url, true]);
    }
  });

  it("ends every page with the old-webview check, as ES5, while the bundles need ES2022", () => {
    for (const page of ["taskpane.html", "commands.html", "summary.html", "standalone.html"]) {
      const scripts = inlineScripts(readFileSync(path.join(DIST, page), "utf8"));
      expect([page, scripts.length]).toEqual([page, 1]);
      expect(() => parse(scripts[0], { ecmaVersion: 5 })).not.toThrow();
    }
    const bundle = readdirSync(DIST).find((f) => /^taskpane\..*\.js$/.test(f))!;
    const code = readFileSync(path.join(DIST, bundle), "utf8");
    expect(() => parse(code, { ecmaVersion: 2022, sourceType: "script" })).not.toThrow();
    expect(() => parse(code, { ecmaVersion: 5, sourceType: "script" })).toThrow();
  });
});

/** Runs `npm run standalone <args>` until it prints its address; returns the address. */
function standaloneAddress(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // Its own process group: npm, the shell and the server are stopped together.
    const child = spawn("npm", ["run", "standalone", ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const stop = () => process.kill(-child.pid!, "SIGTERM");
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        child.removeAllListeners("exit");
        child.once("exit", () => resolve(m[0]));
        stop();
      }
    });
    child.on("exit", () => reject(new Error(`npm run standalone ${args.join(" ")} ended: ${out}`)));
  });
}

describe("npm run standalone, as the README shows it", () => {
  it("takes the port after --, and without the -- too", async () => {
    // Port 0: any free port; the address printed is the one it listens on.
    expect(await standaloneAddress(["--", "--port", "0"])).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await standaloneAddress(["--port", "0"])).not.toBe("http://127.0.0.1:8080/");
  });
});
