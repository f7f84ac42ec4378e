import { promises as fs } from "node:fs";
import path from "node:path";

/**
 * One measured job in its own process, so that peak memory is the job's own:
 *   read <folder>            the floor: only load every workbook with ExcelJS
 *   merge <folder> <out>     our whole `cchc merge` (read, recognise, validate, merge, write)
 * Prints one JSON line: elapsed and CPU milliseconds, and peak resident memory. Each job loads only its own
 * modules, inside the time measured: the floor pays for loading ExcelJS, the merge for what `cchc merge` loads.
 */
async function main(): Promise<void> {
  const [job, folder, output] = process.argv.slice(2);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  if (job === "read") {
    const { readWorkbook } = await import("../src/io/xlsx/read-workbook");
    for (const name of (await fs.readdir(folder)).sort())
      if (name.endsWith(".xlsx")) await readWorkbook(new Uint8Array(await fs.readFile(path.join(folder, name))));
  } else if (job === "merge") {
    const { run } = await import("../src/cli/main");
    const code = await run(["merge", folder, "-o", output, "--force"], { out: () => undefined, err: () => undefined });
    if (code !== 0) throw new Error(`merge exited ${code}`);
  } else throw new Error(`unknown job ${job}`);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, peakMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
