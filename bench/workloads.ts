import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { catalog } from "../src/domain/catalog";
import { gridFromRows, type RawCell } from "../src/domain/grid";
import { buildLayout } from "../src/domain/layout/build-layout";
import { INDEX_SHEET } from "../src/domain/layout/identity";
import type { SheetLayout } from "../src/domain/layout/model";
import { recognizeSheet } from "../src/domain/recognize/recognize";
import { validateSheet } from "../src/domain/rules/validate-sheet";
import { readXlsx } from "../src/io/xlsx/fast/read-xlsx";
import { templateWorkbook } from "../src/io/xlsx/template-workbook";
import { lcg, plausibleValues } from "./fill";

/** The inputs of a merge measured by `npm run bench`: what units send, filled and saved by openpyxl. */
export interface Workload {
  name: string;
  /** How the bench prints it. */
  title: string;
  /** The tables of each unit's workbook, one sheet each. */
  templates: string[];
  period: string;
}

export const WORKLOADS: readonly Workload[] = [
  {
    name: "kh-dinhky-pl2",
    title: "báo cáo định kỳ Phụ lục 2 (Khánh Hòa), 1 bảng mỗi tệp",
    templates: ["kh-dinhky-pl2"],
    period: "6 tháng đầu năm 2024",
  },
  {
    name: "kh-pl2-4-bang",
    title: "Phụ lục 2 (Khánh Hòa) bảng II.1, II.2, II.3, II.8 trong mỗi tệp",
    templates: ["kh-pl2-ii1", "kh-pl2-ii2", "kh-pl2-ii3", "kh-pl2-ii8"],
    period: "Năm 2020",
  },
];

/**
 * Bumped when the way inputs are made changes in a way the key below cannot see. The key also hashes the
 * layouts of the templates (so a catalog or layout change makes new inputs), the values of every unit and the
 * generator script: a folder of stale inputs is never reused.
 */
const GENERATOR_VERSION = 1;
const PYTHON = "/usr/bin/python3";
const FILL_SCRIPT = "fill_openpyxl.py";
/** Units whose generated figures are validated against the template before anything is written. */
const CHECKED_UNITS = 20;

type CellSet = [sheet: string, row: number, col: number, value: string | number][];

const unitName = (u: number) => `UBND xã số ${u + 1}`;
const fileName = (u: number) => `xa-${String(u + 1).padStart(4, "0")}.xlsx`;

function layoutsFor(w: Workload, unit: string): SheetLayout[] {
  return w.templates.map((id) => buildLayout(catalog().get(id)!.template, { unit, period: w.period }));
}

/**
 * The cells one unit's copy changes in the blank template: its name where the layout prints it (title block,
 * carriers, the index sheet), and its figures. The same cells for every unit, so one loaded template serves all.
 */
function unitCells(w: Workload, blank: SheetLayout[], names: string[], u: number): CellSet {
  const own = layoutsFor(w, unitName(u));
  const cells: CellSet = [];
  own.forEach((layout, k) => {
    const before = new Map(blank[k].cells.map((c) => [`${c.row}:${c.col}`, c.value]));
    for (const c of layout.cells)
      if (c.value !== null && c.value !== before.get(`${c.row}:${c.col}`))
        cells.push([names[k], c.row, c.col, c.value]);
    // The index sheet's unit column, row 1 being its header.
    cells.push([INDEX_SHEET, k + 2, 4, unitName(u)]);
    const template = catalog().get(w.templates[k])!.template;
    const values = plausibleValues(template, layout.inputs, w.period, lcg(u * 31 + k + 1));
    for (const i of layout.inputs) if (values.has(i.ref)) cells.push([names[k], i.row, i.col, values.get(i.ref)!]);
  });
  return cells;
}

/** A generator that breaks a template's own rules would measure nothing real: no error finding allowed. */
function checkPlausible(w: Workload, cells: CellSet, names: string[]): void {
  const layouts = layoutsFor(w, "");
  layouts.forEach((layout, k) => {
    const rows: RawCell["value"][][] = [];
    for (const c of layout.cells) (rows[c.row - 1] ??= [])[c.col - 1] = c.value;
    for (const [sheet, row, col, value] of cells) if (sheet === names[k]) (rows[row - 1] ??= [])[col - 1] = value;
    const grid = gridFromRows(names[k], rows);
    const recognition = recognizeSheet(grid, catalog());
    if (!recognition) throw new Error(`bench: ${names[k]} not recognised`);
    const errors = validateSheet(grid, recognition, { locale: "vi" }).findings.filter((f) => f.severity === "error");
    if (errors.length > 0)
      throw new Error(`bench: generated values break ${w.templates[k]}: ${errors[0].cell} ${errors[0].message}`);
  });
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${err.trim()}`))));
  });
}

/**
 * The folder of `n` filled workbooks of a workload, made once and reused while its key holds: the template
 * written by our writer (as the pane or `cchc template` gives it to a unit), then each unit's name and figures
 * set and the file saved by openpyxl, in two processes (the machine has two cores). Folders of the same workload
 * and size under another key are stale and removed.
 */
export async function workloadInputs(root: string, work: string, w: Workload, n: number): Promise<string> {
  const script = path.join(root, "bench", FILL_SCRIPT);
  const blank = layoutsFor(w, "");
  const template = await templateWorkbook(
    w.templates.map((id) => ({ template: catalog().get(id)!.template, unit: "", period: w.period })),
  );
  const names = (await readXlsx(template)).source.sheetNames().filter((s) => s !== INDEX_SHEET);
  const files = Array.from({ length: n }, (_, u) => ({ name: fileName(u), cells: unitCells(w, blank, names, u) }));
  const key = createHash("sha256")
    .update(JSON.stringify({ GENERATOR_VERSION, blank, files, script: readFileSync(script, "utf8") }))
    .digest("hex")
    .slice(0, 12);
  const prefix = `${w.name}-${n}-`;
  const dir = path.join(work, `${prefix}${key}`);
  const done = path.join(dir, ".complete");
  if (existsSync(done)) return dir;
  for (const old of readdirSync(work))
    if (old.startsWith(prefix) && old !== path.basename(dir)) rmSync(path.join(work, old), { recursive: true });
  for (const f of files.slice(0, CHECKED_UNITS)) checkPlausible(w, f.cells, names);
  // The template and the specs stay outside the folder merged.
  const gen = `${dir}.gen`;
  for (const d of [dir, gen]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  const templatePath = path.join(gen, "template.xlsx");
  writeFileSync(templatePath, template);
  const half = Math.ceil(n / 2);
  await Promise.all(
    [files.slice(0, half), files.slice(half)].map((part, i) => {
      const spec = path.join(gen, `spec-${i}.json`);
      writeFileSync(spec, JSON.stringify({ template: templatePath, folder: dir, files: part }));
      return run(PYTHON, [script, spec]);
    }),
  );
  rmSync(gen, { recursive: true });
  writeFileSync(done, `${n} files\n`);
  return dir;
}
