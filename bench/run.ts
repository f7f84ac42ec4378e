import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { buildCatalog, catalog, type Template } from "../src/domain/catalog";
import { gridFromRows, type RawCell } from "../src/domain/grid";
import { buildLayout } from "../src/domain/layout/build-layout";
import type { InputCell } from "../src/domain/layout/model";
import { recognizeSheet } from "../src/domain/recognize/recognize";
import { validateSheet } from "../src/domain/rules/validate-sheet";
import { writeLayout } from "../src/io/xlsx/write-layout";
import { paneBench } from "./pane-longtasks";

/**
 * `npm run bench`: figures for the README, measured on this machine. A report, not a test: nothing here fails
 * because a machine is slow.
 */
const ROOT = path.join(__dirname, "..", "..");
const WORK = path.join(ROOT, "out", "bench");
const UNITS = 200;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

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

/** Values a unit could really send: random, then made to respect the template's cross-cell rules. */
function plausibleValues(template: Template, inputs: InputCell[], rnd: () => number): Map<string, number | string> {
  const values = new Map<string, number | string>();
  for (const i of inputs) {
    const k = i.rule.kind;
    if (i.optional) continue;
    values.set(
      i.ref,
      k === "count"
        ? Math.floor(rnd() * 40)
        : k === "money"
          ? Math.floor(rnd() * 5e8)
          : k === "percent"
            ? Math.round(rnd() * 1000) / 10
            : k === "flag"
              ? rnd() < 0.5
                ? "x"
                : 0
              : "Tuyên truyền qua loa phát thanh",
    );
  }
  const columns = template.columns.filter((c) => c.role === "value").map((c) => c.key);
  const at = (ref: string, col: string) => (ref.includes("@") ? ref : `${ref}@${col}`);
  const num = (ref: string) => (typeof values.get(ref) === "number" ? (values.get(ref) as number) : 0);
  for (const r of template.crossRules)
    for (const col of columns) {
      if (r.type === "partsOfTotal") {
        const sum = r.parts.reduce((a, p) => a + num(at(p, col)), 0);
        values.set(at(r.total, col), sum + (r.exhaustive ? 0 : Math.floor(rnd() * 5)));
      } else if (r.type === "notGreater" && num(at(r.lesser, col)) > num(at(r.greater, col)))
        values.set(at(r.lesser, col), num(at(r.greater, col)));
    }
  return values;
}

/** 200 units' filled Khánh Hòa Phụ lục 2 II.1 workbooks, written once and reused. */
async function mergeInputs(): Promise<string> {
  const dir = path.join(WORK, `kh-pl2-ii1-${UNITS}-v2`);
  if (existsSync(dir) && readdirSync(dir).filter((f) => f.endsWith(".xlsx")).length === UNITS) return dir;
  mkdirSync(dir, { recursive: true });
  const template = catalog().get("kh-pl2-ii1")!.template;
  for (let u = 0; u < UNITS; u++) {
    const layout = buildLayout(template, { unit: `UBND xã số ${u + 1}`, period: "Năm 2020" });
    const wb = new ExcelJS.Workbook();
    const ws = await writeLayout(wb, layout);
    const values = plausibleValues(template, layout.inputs, lcg(u + 1));
    for (const i of layout.inputs) if (values.has(i.ref)) ws.getCell(i.row, i.col).value = values.get(i.ref)!;
    writeFileSync(
      path.join(dir, `xa-${String(u + 1).padStart(3, "0")}.xlsx`),
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
  }
  return dir;
}

interface Measure {
  ms: number;
  /** CPU time of every thread of the process: GC threads make it exceed wall time in Node. */
  cpuMs: number;
  peakMB: number;
}

function measure(cmd: string, args: string[]): Measure | string {
  const res = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 24 });
  if (res.status !== 0) return (res.stderr || res.error?.message || `exit ${res.status}`).trim().split("\n").pop()!;
  return JSON.parse(res.stdout.trim().split("\n").pop()!) as Measure;
}

/** The faster of two runs: the second run sees the same warm file cache the others do. */
function best(cmd: string, args: string[]): Measure | string {
  const a = measure(cmd, args);
  const b = measure(cmd, args);
  if (typeof a === "string") return a;
  if (typeof b === "string") return b;
  return a.ms <= b.ms ? a : b;
}

async function mergeBench(): Promise<string[]> {
  const dir = await mergeInputs();
  const child = path.join(__dirname, "child.js");
  const ours = best(process.execPath, [child, "merge", dir, path.join(WORK, "tong-hop.xlsx")]);
  const floor = best(process.execPath, [child, "read", dir]);
  const hasOpenpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;
  const peer = hasOpenpyxl
    ? best("/usr/bin/python3", [path.join(ROOT, "bench", "merge_openpyxl.py"), dir, path.join(WORK, "openpyxl.xlsx")])
    : "bỏ qua: chưa cài python3-openpyxl (apt-get install python3-openpyxl)";
  const fmt = (m: Measure | string) =>
    typeof m === "string"
      ? m
      : `${(m.ms / 1000).toFixed(2)} s (CPU ${(m.cpuMs / 1000).toFixed(2)} s), bộ nhớ đỉnh ${m.peakMB.toFixed(0)} MB`;
  const lines = [
    `Tổng hợp ${UNITS} tệp Phụ lục 2 II.1 (Khánh Hòa), cùng một bộ tệp:`,
    `  cchc merge (đọc, nhận dạng, kiểm tra, tổng hợp, ghi):  ${fmt(ours)}`,
    `  chỉ đọc bằng ExcelJS (mức sàn):                        ${fmt(floor)}`,
    `  openpyxl (Python), cộng theo mã, ghi 3 trang thường:   ${fmt(peer)}`,
  ];
  if (typeof ours !== "string" && typeof floor !== "string")
    lines.push(`  tỷ lệ so với mức sàn ExcelJS: ${(ours.ms / floor.ms).toFixed(2)}x (mục tiêu <= 1,5x)`);
  if (typeof ours !== "string" && typeof peer !== "string")
    lines.push(`  nhanh hơn openpyxl: ${(peer.ms / ours.ms).toFixed(2)}x (mục tiêu >= 3x)`);
  return lines;
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
  const lines = [
    `Máy: ${cpus().length} nhân ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${node}; ${python}; openpyxl ${openpyxl}`,
    "",
    ...validationBench(),
    "",
    ...(await mergeBench()),
    "",
    ...(await paneBench(path.join(WORK, "pane"))),
    "",
    ...bundleBench(),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((e) => {
  process.stderr.write(`Lỗi khi đo: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
