import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The built CLI (dist-cli, `npm run build:cli`) run as a user runs it, in a child process that reports its own
 * peak memory and CPU time when it exits: resourceUsage() read in an exit hook preloaded with --import, so the
 * figures are the child's and nothing polls. A child that dies without exiting (a V8 abort) reports nothing,
 * and a case that expects figures then fails.
 */

const ROOT = path.join(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "cchc.js");
/** What bin/cchc.js runs: the compiled CLI bundled into one file (scripts/build-cli.js). */
export const BUNDLE = path.join(ROOT, "dist-cli", "bundle", "cchc.js");

/** Rebuilds the CLI as `npm run build:cli` does when any source is newer than its bundle: no suite tests stale code. */
export function ensureBuiltCli(): void {
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs,
      ),
    );
  const built = (() => {
    try {
      return statSync(BUNDLE).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built < newest(path.join(ROOT, "src"))) {
    const node = (...args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT });
    node(path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json");
    node(path.join(ROOT, "scripts", "build-cli.js"));
  }
}

const USAGE_HOOK = `import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.CCHC_USAGE_FILE, JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
});`;

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  cpuMs?: number;
  maxRssMb?: number;
}

export interface ChildOptions {
  /** Run as this user and group (root only): to meet the permissions a user meets. */
  uid?: number;
  /** A command the CLI runs under (unshare ... sh -c '... exec "$@"' sh), given before `node`. */
  wrap?: string[];
  /** Close the read end of stdout before the child writes: every write it makes fails with EPIPE. */
  closedStdout?: boolean;
  /** A ceiling far above any expected time, so that a hang fails the case instead of the suite. */
  timeoutMs?: number;
}

const usageDir = mkdtempSync(path.join(tmpdir(), "cchc-usage-"));
// Open to the unprivileged user some cases run as.
chmodSync(usageDir, 0o777);
let runs = 0;

export function runCchc(args: readonly string[], opts: ChildOptions = {}): Promise<ChildRun> {
  const usageFile = path.join(usageDir, `${++runs}.json`);
  const node = [process.execPath, "--import", `data:text/javascript,${encodeURIComponent(USAGE_HOOK)}`, BIN, ...args];
  const [command, ...rest] = [...(opts.wrap ?? []), ...node];
  const started = process.hrtime.bigint();
  const child = spawn(command, rest, {
    cwd: ROOT,
    env: { ...process.env, CCHC_USAGE_FILE: usageFile, CCHC_DEBUG: "" },
    stdio: ["ignore", "pipe", "pipe"],
    uid: opts.uid,
    gid: opts.uid,
  });
  if (opts.closedStdout) child.stdout.destroy();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (b: Buffer) => out.push(b));
  child.stderr.on("data", (b: Buffer) => err.push(b));
  const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 120_000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let usage: { maxRssKb: number; cpuUs: number } | undefined;
      try {
        usage = JSON.parse(readFileSync(usageFile, "utf8"));
      } catch {
        usage = undefined;
      }
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        wallMs,
        cpuMs: usage && usage.cpuUs / 1000,
        maxRssMb: usage && usage.maxRssKb / 1024,
      });
    });
  });
}

export function removeUsageFiles(): void {
  rmSync(usageDir, { recursive: true, force: true });
}
