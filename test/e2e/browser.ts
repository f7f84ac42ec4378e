/**
 * The real standalone server and Debian's Chromium, for the end-to-end tests and for `npm run bench`, which
 * measures the page in the same browser: nothing here depends on jest.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);

/** The repository's root, from this file's place in test/e2e or in the compiled dist-cli/test/e2e. */
export const ROOT = (() => {
  let dir = path.resolve(__dirname, "..", "..");
  if (path.basename(dir) === "dist-cli") dir = path.dirname(dir);
  return dir;
})();

export interface Server {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  stop(): Promise<void>;
}

/** Starts `node scripts/serve-standalone.js --port 0` and reads the address it prints. */
export function startServer(): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, "scripts", "serve-standalone.js"), "--port", "0", "--host", "127.0.0.1"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the standalone server printed no address within 10 s: ${out}${err}`));
    }, 10_000);
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[^\s/]+:(\d+)\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      // The server prints "localhost" for 0.0.0.0; it listens on 127.0.0.1 here.
      resolve({ origin: `http://127.0.0.1:${m[1]}`, stop });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the standalone server exited (${code}) before listening: ${err}`));
    });
  });
}

/** Debian's Chromium, headless, with nothing of its own reaching the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
