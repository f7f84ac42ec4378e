import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { seconds } from "./measure";

interface Started {
  ms: number;
  /** CPU of every Node process the command ran (npx and the CLI it starts). */
  cpuMs: number;
  processes: number;
}

const RUNS = 5;

/** One command run RUNS times with the probe preloaded: the run of median CPU time. */
function startUp(
  cmd: string,
  args: string[],
  cwd: string,
  probe: string,
  searchPath = process.env.PATH,
): Started | string {
  const runs: Started[] = [];
  for (let k = 0; k < RUNS; k++) {
    rmSync(probe, { force: true });
    const t0 = performance.now();
    const res = spawnSync(cmd, args, {
      cwd,
      encoding: "utf8",
      env: {
        ...process.env,
        PATH: searchPath,
        CCHC_BENCH_PROBE: probe,
        NODE_OPTIONS: `--require ${path.join(__dirname, "startup-probe.js")}`,
      },
    });
    const ms = performance.now() - t0;
    // validate exits 1 when the file has errors: a finished check all the same.
    if (res.status !== 0 && res.status !== 1) return (res.stderr || `exit ${res.status}`).trim().split("\n").pop()!;
    const lines = existsSync(probe) ? readFileSync(probe, "utf8").trim().split("\n") : [];
    const cpuMs = lines.reduce((a, l) => a + (JSON.parse(l) as { cpuMs: number }).cpuMs, 0);
    runs.push({ ms, cpuMs, processes: lines.length });
  }
  runs.sort((a, b) => a.cpuMs - b.cpuMs);
  return runs[Math.floor(RUNS / 2)];
}

/** Start-up of the CLI: what `cchc templates` and `cchc validate` of one file cost before and while they work. */
export function startupBench(root: string, work: string, oneFile: string): string[] {
  const probe = path.join(work, "startup-probe.jsonl");
  const cli = path.join(root, "bin", "cchc.js");
  const node = process.execPath;
  const fmt = (s: Started | string) =>
    typeof s === "string"
      ? s
      : `CPU ${seconds(s.cpuMs)}, ${seconds(s.ms)}${s.processes > 1 ? ` (${s.processes} tiến trình Node)` : ""}`;
  // What `npm link` or `npm install -g` puts on the PATH: a link named cchc to bin/cchc.js.
  const linked = path.join(work, "path-bin");
  rmSync(linked, { recursive: true, force: true });
  mkdirSync(linked);
  symlinkSync(cli, path.join(linked, "cchc"));
  const onPath = `${linked}${path.delimiter}${process.env.PATH ?? ""}`;
  const rows: [string, Started | string][] = [
    ['node rỗng (node -e ""), để so sánh', startUp(node, ["-e", ""], root, probe)],
    ["cchc templates", startUp("cchc", ["templates"], root, probe, onPath)],
    ["cchc validate <một tệp>", startUp("cchc", ["validate", oneFile], root, probe, onPath)],
    ["node bin/cchc.js templates (trong thư mục dự án)", startUp(node, [cli, "templates"], root, probe)],
    ["npx cchc templates (trong thư mục dự án)", startUp("npx", ["cchc", "templates"], root, probe)],
  ];
  rmSync(probe, { force: true });
  rmSync(linked, { recursive: true, force: true });
  return [
    `Khởi động dòng lệnh (trung vị CPU của ${RUNS} lần; mục tiêu < 0,2 s CPU):`,
    ...rows.map(([what, s]) => `  ${what.padEnd(44)} ${fmt(s)}`),
  ];
}
