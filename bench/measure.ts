import { spawnSync } from "node:child_process";

/** What one measured process reports of itself (bench/child.ts, bench/merge_openpyxl.py). */
export interface Measure {
  ms: number;
  /** CPU time of every thread of the process: GC threads make it exceed wall time in Node. */
  cpuMs: number;
  peakMB: number;
}

/** Runs a job that prints its own Measure as its last line; a failure is the job's last line of stderr. */
export function measure(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Measure | string {
  const res = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 24, env: env ?? process.env });
  if (res.status !== 0) return (res.stderr || res.error?.message || `exit ${res.status}`).trim().split("\n").pop()!;
  return JSON.parse(res.stdout.trim().split("\n").pop()!) as Measure;
}

/** The faster of two runs: the second run sees the same warm file cache the others do. */
export function best(cmd: string, args: string[]): Measure | string {
  const a = measure(cmd, args);
  if (typeof a === "string") return a;
  const b = measure(cmd, args);
  if (typeof b === "string") return b;
  return a.ms <= b.ms ? a : b;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function describeMeasure(m: Measure | string): string {
  return typeof m === "string"
    ? m
    : `${seconds(m.ms)} (CPU ${seconds(m.cpuMs)}), bộ nhớ đỉnh ${m.peakMB.toFixed(0)} MB`;
}
