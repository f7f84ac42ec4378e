import { promises as fs } from "node:fs";
import { plainTitle } from "../../domain/catalog";
import { mergeFiles, type MergeResult } from "../../domain/merge/merge";
import { mergeOutputSheets } from "../../domain/merge/output-sheets";
import type { ReceivedFile } from "../../domain/merge/select";
import { layoutWorkbook } from "../../io/xlsx/template-workbook";
import { parseArgs } from "../args";
import { catalogWithDefinitions } from "../definitions";
import { discoverInputs } from "../inputs";
import type { Io } from "../io";
import { receiveFile } from "../receive-file";
import { CliError, refuseInputAsOutput, writeOutput } from "../output-file";
import { readRosterFile } from "../roster-file";

/**
 * `cchc merge <file-or-folder>... -o <out.xlsx> [--template <id>] [--roster <file>] [--json] [--force]`:
 * exit 0 when the output was written, 2 when nothing could be merged or the call is wrong.
 */
export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["-o", "--output", "--template", "--roster", "--definitions"], ["--json", "--force"]);
  const cat = catalogWithDefinitions(args.options.get("--definitions"));
  const output = args.options.get("-o") ?? args.options.get("--output");
  if (args.positionals.length === 0)
    throw new CliError("thiếu tệp hoặc thư mục cần tổng hợp. Cách dùng: npx cchc merge <tệp|thư mục>... -o <tệp.xlsx>");
  if (!output) throw new CliError("thiếu tham số -o <tệp.xlsx>: cho biết tệp tổng hợp cần ghi.");
  if (!/\.xlsx$/i.test(output)) throw new CliError(`tệp ghi ra phải có đuôi .xlsx: «${output}».`);
  const templateId = args.options.get("--template");
  if (templateId && !cat.get(templateId))
    throw new CliError(`không có mẫu biểu «${templateId}». Xem danh sách mã: npx cchc templates`);
  const force = args.switches.has("--force");
  const files = discoverInputs(args.positionals);
  refuseInputAsOutput(
    output,
    files.map((f) => f.path),
  );
  // Refuse an existing output before spending minutes reading the inputs.
  if (!force && (await fs.stat(output).catch(() => undefined)))
    throw new CliError(`tệp «${output}» đã có; dùng --force để ghi đè hoặc chọn tên khác.`);
  const roster = args.options.has("--roster") ? await readRosterFile(args.options.get("--roster")!) : undefined;

  if (files.length === 0) throw new CliError("không tìm thấy tệp .xlsx nào trong các thư mục đã cho.");
  const received: ReceivedFile[] = [];
  for (const [i, file] of files.entries()) {
    io.err(`Đang đọc tệp ${i + 1}/${files.length}: ${file.path}`);
    received.push(await receiveFile(file, cat));
  }
  const result = mergeFiles(received, cat, { locale: "vi", templateId, roster });
  const merged = result.entry !== undefined && result.included.length > 0;
  if (merged) {
    const layouts = mergeOutputSheets(result, "vi");
    await writeOutput(
      output,
      await layoutWorkbook(layouts, `Tổng hợp ${plainTitle(result.entry!)}`, { fast: true }),
      force,
    );
  }
  if (args.switches.has("--json")) io.out(JSON.stringify(jsonOf(result, merged ? output : null), null, 2));
  else printHuman(result, merged ? output : null, io);
  return merged ? 0 : 2;
}

function jsonOf(r: MergeResult, output: string | null) {
  return {
    output,
    template: r.entry
      ? { id: r.entry.template.id, version: r.entry.template.version, title: plainTitle(r.entry) }
      : null,
    period: r.period,
    units: r.sources
      .filter((s) => s.status === "included")
      .map((s) => ({ unit: s.unit, file: s.file, status: s.status, errors: s.errors, warnings: s.warnings })),
    duplicates: r.duplicates,
    missing: r.missing,
    skipped: r.skipped,
  };
}

function printHuman(r: MergeResult, output: string | null, io: Io): void {
  const included = r.sources.filter((s) => s.status === "included");
  if (r.entry)
    io.out(`Mẫu biểu: ${r.entry.template.id} — ${plainTitle(r.entry)}${r.period ? ` · Kỳ báo cáo: ${r.period}` : ""}`);
  const unitWidth = Math.min(48, Math.max(8, ...included.map((s) => s.unit.length)));
  for (const s of included)
    io.out(
      `  ${s.unit.padEnd(unitWidth)}  ${String(s.errors).padStart(3)} lỗi  ${String(s.warnings).padStart(3)} cảnh báo  ${s.file}`,
    );
  for (const d of r.duplicates) io.out(`  TRÙNG     ${d.file}: ${d.reason}`);
  for (const s of r.skipped) io.out(`  BỎ QUA    ${s.file}: ${s.reason}`);
  for (const u of r.missing) io.out(`  CHƯA GỬI  ${u}`);
  io.out(
    output
      ? `Đã ghi ${output}: tổng hợp ${included.length} đơn vị, ${r.duplicates.length} tệp trùng, ${r.skipped.length} tệp bỏ qua, ${r.missing.length} đơn vị chưa gửi.`
      : `Không tổng hợp được: không có tệp hợp lệ nào của một mẫu biểu (${r.skipped.length} tệp bỏ qua).`,
  );
}
