import { appendFileSync } from "node:fs";

/**
 * Preloaded (node --require) into every Node process of a start-up measurement, through NODE_OPTIONS so that
 * npx's own process and the CLI it starts both report: at exit, one JSON line of the process's whole CPU time
 * (its start-up included) and peak memory, appended to the file CCHC_BENCH_PROBE names.
 */
const file = process.env.CCHC_BENCH_PROBE;
if (file)
  process.on("exit", () => {
    const cpu = process.cpuUsage();
    const line = { cpuMs: (cpu.user + cpu.system) / 1000, peakMB: process.resourceUsage().maxRSS / 1024 };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
