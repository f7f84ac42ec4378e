import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { catalog, type Template } from "../src/domain/catalog";
import { buildCatalog } from "../src/domain/catalog/catalog";
import { gridFromRows, type RawCell } from "../src/domain/grid";
import { buildLayout } from "../src/domain/layout/build-layout";
import { recognizeSheet } from "../src/domain/recognize/recognize";
import { validateSheet } from "../src/domain/rules/validate-sheet";
import { lcg } from "./fill";
import { FILES, mergeBench } from "./merge-bench";
import { paneBench } from "./pane-longtasks";
import { startupBench } from "./startup";
import { WORKLOADS, workloadInputs } from "./workloads";

/**
 * `npm run bench`: figures for the README, measured on this machine. A report, not a test: nothing here fails
 * because a machine is slow.
 */
const ROOT = path.join(__dirname, "..", "..");
const WORK = path.join(ROOT, "out", "bench");
/** A 1,000-row sheet: the periodic appendix's rows repeated under new ids, laid out and filled, as a grid. */
function validationBench(): string[] {
  const base = catalog().get("kh-dinhky-pl2")!;
  const copies = 7;
  const rows = Array.from({ length: copies }, (_, k) =>
    base.template.rows.map((r) => (r.id ? { ...r, id: `${r.id}.k${k}` } : r)),
  ).flat();
  const big: Template = { ...base.template, id: "bench-1000", rows, crossRules: [] };
  const cat = buildCatalog({ bench: { document: base.document, templates: [big] } });
  const layout = buildLayout(cat.get("bench-1000")!.template, { unit: "Sở Nội vụ", period: "Năm 2021" });
  const rnd = lcg(7);
  const cells: RawCell["value"][][] = [];
  for (const c of layout.cells) (cells[c.row - 1] ??= [])[c.col - 1] = c.value;
  for (const i of layout.inputs) {
    const v =
      i.rule.kind === "percent"
        ? Math.round(rnd() * 1000) / 10
        : i.rule.kind === "text"
          ? "ghi chú"
          : Math.floor(rnd() * 3);
    cells[i.row - 1][i.col - 1] = rnd() < 0.1 ? "149/149" : v;
  }
  const grid = gridFromRows("PL2", cells);
  const runs: number[] = [];
  let findings = 0;
  for (let k = 0; k < 20; k++) {
    const t0 = performance.now();
    const rec = recognizeSheet(grid, cat)!;
    findings = validateSheet(grid, rec, { locale: "vi" }).findings.length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  return [
    `Kiểm tra một trang ${grid.rowCount} dòng (${layout.inputs.length} ô nhập, ${findings} phát hiện) trong lõi domain:`,
    `  trung vị ${median.toFixed(1)} ms (nhanh nhất ${runs[0].toFixed(1)} ms) qua ${runs.length} lần`,
  ];
}

/** Gzip sizes of the production bundle, when `npm run build` has produced dist/. */
function bundleBench(): string[] {
  const dist = path.join(ROOT, "dist");
  if (!existsSync(dist)) return ["Gói add-in: chưa có dist/ (chạy npm run build trước)."];
  const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const size = (f: string) => gzipSync(readFileSync(path.join(dist, f))).length / 1024;
  return [
    "Gói add-in (gzip):",
    ...js
      .map((f) => ({ f, gz: size(f), raw: statSync(path.join(dist, f)).size / 1024 }))
      .sort((a, b) => b.gz - a.gz)
      .map((x) => `  ${x.f.padEnd(40)} ${x.gz.toFixed(0).padStart(6)} KB gzip (${x.raw.toFixed(0)} KB)`),
  ];
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const cpu = cpus()[0]?.model ?? "?";
  const node = process.version;
  const python = spawnSync("/usr/bin/python3", ["--version"], { encoding: "utf8" }).stdout?.trim() || "không có";
  const openpyxl = (() => {
    try {
      return execFileSync("/usr/bin/python3", ["-c", "import openpyxl; print(openpyxl.__version__)"], {
        encoding: "utf8",
      }).trim();
    } catch {
      return "không có";
    }
  })();
  // Each section prints as soon as it is measured: the whole run takes minutes.
  const sections: (() => string[] | Promise<string[]>)[] = [
    () => [
      `Máy: ${cpus().length} nhân ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${node}; ${python}; openpyxl ${openpyxl}`,
    ],
    validationBench,
    ...WORKLOADS.map((w) => () => mergeBench(ROOT, WORK, w)),
    async () => {
      const dir = await workloadInputs(ROOT, WORK, WORKLOADS[0], FILES);
      const first = readdirSync(dir).filter((f) => f.endsWith(".xlsx"))[0];
      return startupBench(ROOT, WORK, path.join(dir, first));
    },
    () => paneBench(path.join(WORK, "pane")),
    bundleBench,
  ];
  for (const section of sections) process.stdout.write(`${(await section()).join("\n")}\n\n`);
}

main().catch((e) => {
  process.stderr.write(`Lỗi khi đo: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
