import path from "node:path";
import { plainTitle } from "../../domain/catalog";
import type { Finding } from "../../domain/rules/finding";
import type { SheetReport } from "../../domain/rules/validate-sheet";
import { uncheckedNote } from "../../domain/rules/validate-workbook";
import { parseArgs } from "../args";
import { catalogWithDefinitions } from "../definitions";
import type { Io } from "../io";
import { CliError } from "../output-file";
import { readReport } from "../read-report";

/** The JSON contract of DESIGN.md section 8, one entry per recognised sheet (or per unreadable file). */
interface FileResult {
  file: string;
  sheet?: string;
  status: "ok" | "unreadable";
  error?: string;
  template?: { id: string; version: string; title: string };
  unit?: string;
  period?: string;
  recognizedBy?: "metadata" | "labels";
  filled?: number;
  expected?: number;
  findings: Finding[];
}

function sheetResult(file: string, s: SheetReport): FileResult {
  const entry = s.recognition.entry;
  return {
    file,
    sheet: s.sheet,
    status: "ok",
    template: { id: entry.template.id, version: s.recognition.version, title: plainTitle(entry) },
    unit: s.recognition.unit.value,
    period: s.recognition.period.value,
    recognizedBy: s.recognition.recognizedBy,
    filled: s.filled,
    expected: s.expected,
    findings: [...s.findings],
  };
}

/**
 * `cchc validate <file>... [--json] [--completeness] [--previous <earlier.xlsx>] [--definitions <file|dir>]`: exit
 * 0 no error, 1 some error, 2 a file unreadable or a wrong call. With --previous each report is also compared with
 * the unit's earlier one. Templates a file carries are known without `--definitions`.
 */
export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["--previous", "--definitions"], ["--json", "--completeness"]);
  if (args.positionals.length === 0)
    throw new CliError("thiếu tệp cần kiểm tra. Cách dùng: npx cchc validate <tệp.xlsx>... [--json]");
  const cat = catalogWithDefinitions(args.options.get("--definitions"));
  const previousFile = args.options.get("--previous");
  const previous = previousFile === undefined ? undefined : await readReport(previousFile, false, cat);
  if (previous && !previous.ok) throw new CliError(`không đọc được tệp kỳ trước «${previousFile}»: ${previous.error}`);
  // Loaded only when there is an earlier report to compare with.
  const compare = previous?.ok ? (await import("../../domain/rules/compare-periods")).compareWithWorkbook : undefined;
  const results: FileResult[] = [];
  // Sheets of a workbook that hold no appendix (a cover sheet, notes): said in the human report, not checked.
  const otherSheets: { file: string; sheets: string[] }[] = [];
  const notes: string[] = [];
  for (const file of args.positionals) {
    const read = await readReport(file, args.switches.has("--completeness"), cat);
    if (!read.ok) {
      results.push({ file, status: "unreadable", error: read.error, findings: [] });
      continue;
    }
    for (const s of read.report.sheets) {
      const result = sheetResult(file, s);
      if (compare && previous?.ok)
        result.findings.push(
          ...compare(s, previous.report, { locale: "vi", previousName: path.basename(previousFile!) }).findings,
        );
      results.push(result);
    }
    if (read.report.unrecognized.length > 0) otherSheets.push({ file, sheets: read.report.unrecognized });
    const note = uncheckedNote(read.report, "vi");
    if (note) notes.push(`${file}: ${note}`);
  }

  if (args.switches.has("--json")) io.out(JSON.stringify({ files: results }, null, 2));
  else printHuman(results, otherSheets, notes, io);
  if (results.some((r) => r.status === "unreadable")) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

const SEVERITY_VI = { error: "Lỗi", warning: "Cảnh báo" } as const;
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function printHuman(
  results: FileResult[],
  otherSheets: { file: string; sheets: string[] }[],
  notes: string[],
  io: Io,
): void {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.status === "unreadable") {
      io.out(`${r.file}: KHÔNG ĐỌC ĐƯỢC — ${r.error}`);
      continue;
    }
    const how = r.recognizedBy === "metadata" ? "nhận dạng theo mã ẩn của mẫu" : "nhận dạng theo nhãn chỉ tiêu";
    io.out(`\n${r.file} — trang «${r.sheet}»: ${r.template!.id} (phiên bản ${r.template!.version}), ${how}`);
    io.out(`  Đơn vị: ${r.unit || "(không rõ)"} · Kỳ báo cáo: ${r.period || "(không rõ)"}`);
    const cellWidth = Math.max(4, ...r.findings.map((f) => f.cell.length));
    for (const f of r.findings) {
      const where = f.cell.padEnd(cellWidth);
      const what = f.label ? `${clip(f.label, 48)}: ` : "";
      const value = f.value ? ` [${clip(f.value, 24)}]` : "";
      io.out(`  ${SEVERITY_VI[f.severity].padEnd(8)} ${where}  ${what}${f.message}${value}`);
    }
    const e = r.findings.filter((f) => f.severity === "error").length;
    const w = r.findings.length - e;
    errors += e;
    warnings += w;
    io.out(`  Đã nhập ${r.filled}/${r.expected} ô số liệu · ${e} lỗi · ${w} cảnh báo`);
  }
  for (const o of otherSheets)
    io.out(
      `\n${o.file}: không kiểm tra ${o.sheets.map((n) => `«${n}»`).join(", ")} (không phải phụ lục của danh mục).`,
    );
  for (const note of notes) io.out(`\n${note}`);
  const unreadable = results.filter((r) => r.status === "unreadable").length;
  const files = new Set(results.map((r) => r.file)).size;
  io.out(
    `\nTổng cộng: ${files} tệp, ${results.length - unreadable} trang tính đã kiểm tra, ${unreadable} tệp không đọc được, ${errors} lỗi, ${warnings} cảnh báo.`,
  );
}
