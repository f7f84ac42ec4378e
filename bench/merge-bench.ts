import { spawnSync } from "node:child_process";
import path from "node:path";
import { best, describeMeasure, measure, type Measure } from "./measure";
import { workloadInputs, type Workload } from "./workloads";

/** Files merged for the ratios, and for the memory figure: a province's communes, and a ministry's many more. */
export const FILES = 300;
export const MANY_FILES = 3000;
const PYTHON = "/usr/bin/python3";

const ratio = (a: Measure | string, b: Measure | string, f: (x: Measure, y: Measure) => number, goal: string) =>
  typeof a === "string" || typeof b === "string" ? "" : `${f(a, b).toFixed(2)}x ${goal}`;

/**
 * One workload merged three ways on the same files: our `cchc merge`, the ExcelJS floor (only loading every
 * file with ExcelJS) and the openpyxl peer doing the same job the plain way; then our merge alone on MANY_FILES.
 * Ratios are of wall time, with the CPU-time ratio beside them (the machine may be shared).
 */
export async function mergeBench(root: string, work: string, w: Workload): Promise<string[]> {
  const dir = await workloadInputs(root, work, w, FILES);
  const child = path.join(__dirname, "child.js");
  const out = path.join(work, `${w.name}-tong-hop.xlsx`);
  const ours = best(process.execPath, [child, "merge", dir, out]);
  const floor = best(process.execPath, [child, "read", dir]);
  const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
  const peer = hasOpenpyxl
    ? best(PYTHON, [path.join(root, "bench", "merge_openpyxl.py"), dir, path.join(work, `${w.name}-openpyxl.xlsx`)])
    : "bỏ qua: chưa cài python3-openpyxl (apt-get install python3-openpyxl)";
  const many = measure(process.execPath, [child, "merge", await workloadInputs(root, work, w, MANY_FILES), out]);
  return [
    `Tổng hợp ${FILES} tệp ${w.title}, do openpyxl ghi:`,
    `  cchc merge (đọc, nhận dạng, kiểm tra, tổng hợp, ghi):  ${describeMeasure(ours)}`,
    `  chỉ đọc bằng ExcelJS (mức sàn):                        ${describeMeasure(floor)}`,
    `  openpyxl (Python), cộng theo mã, ghi trang thường:     ${describeMeasure(peer)}`,
    `  so với mức sàn ExcelJS: ${ratio(ours, floor, (a, b) => a.ms / b.ms, "(mục tiêu <= 1x)")}; CPU ${ratio(ours, floor, (a, b) => a.cpuMs / b.cpuMs, "")}`,
    `  nhanh hơn openpyxl: ${ratio(ours, peer, (a, b) => b.ms / a.ms, "(mục tiêu >= 3x)")}; CPU ${ratio(ours, peer, (a, b) => b.cpuMs / a.cpuMs, "")}`,
    `  ${MANY_FILES} tệp: cchc merge ${describeMeasure(many)} (mục tiêu bộ nhớ đỉnh < 500 MB)`,
  ];
}
