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
function startUp(cmd: string, args: string[], cwd: string, probe: string, env: NodeJS.ProcessEnv): Started | string {
  const runs: Started[] = [];
  for (let k = 0; k < RUNS; k++) {
    rmSync(probe, { force: true });
    const t0 = performance.now();
    const res = spawnSync(cmd, args, {
      cwd,
      encoding: "utf8",
      env: { ...env, CCHC_BENCH_PROBE: probe, NODE_OPTIONS: `--require ${path.join(__dirname, "startup-probe.js")}` },
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

/**
 * Start-up of the CLI: what `cchc templates` and `cchc validate` of one file cost, start to end, run as an
 * installed `cchc` (npm link or npm install -g put a link to bin/cchc.js on the PATH), from the clone, and through
 * npx. A machine whose environment sets NODE_EXTRA_CA_CERTS makes every Node process load those certificates
 * first (tens of milliseconds for a system bundle): the two commands are measured without it as well.
 */
export function startupBench(root: string, work: string, oneFile: string): string[] {
  const probe = path.join(work, "startup-probe.jsonl");
  const cli = path.join(root, "bin", "cchc.js");
  const node = process.execPath;
  const linked = path.join(work, "path-bin");
  rmSync(linked, { recursive: true, force: true });
  mkdirSync(linked);
  symlinkSync(cli, path.join(linked, "cchc"));
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${linked}${path.delimiter}${process.env.PATH ?? ""}` };
  const { NODE_EXTRA_CA_CERTS: certs, ...withoutCerts } = env;
  const rows: [string, Started | string][] = [
    ['node rỗng (node -e ""), để so sánh', startUp(node, ["-e", ""], root, probe, env)],
    ["cchc templates", startUp("cchc", ["templates"], root, probe, env)],
    ["cchc validate <một tệp>", startUp("cchc", ["validate", oneFile], root, probe, env)],
    ...(certs
      ? ([
          ["node rỗng, không có NODE_EXTRA_CA_CERTS", startUp(node, ["-e", ""], root, probe, withoutCerts)],
          ["cchc templates, không có NODE_EXTRA_CA_CERTS", startUp("cchc", ["templates"], root, probe, withoutCerts)],
          [
            "cchc validate, không có NODE_EXTRA_CA_CERTS",
            startUp("cchc", ["validate", oneFile], root, probe, withoutCerts),
          ],
        ] as [string, Started | string][])
      : []),
    ["node bin/cchc.js templates (trong thư mục dự án)", startUp(node, [cli, "templates"], root, probe, env)],
    ["npx cchc templates (trong thư mục dự án)", startUp("npx", ["cchc", "templates"], root, probe, env)],
  ];
  rmSync(probe, { force: true });
  rmSync(linked, { recursive: true, force: true });
  const fmt = (s: Started | string) =>
    typeof s === "string"
      ? s
      : `CPU ${seconds(s.cpuMs)}, ${seconds(s.ms)}${s.processes > 1 ? ` (${s.processes} tiến trình Node)` : ""}`;
  return [
    `Khởi động dòng lệnh (trung vị CPU của ${RUNS} lần; mục tiêu < 0,2 s CPU)${certs ? `; máy này đặt NODE_EXTRA_CA_CERTS=${certs}` : ""}:`,
    ...rows.map(([what, s]) => `  ${what.padEnd(50)} ${fmt(s)}`),
  ];
}
