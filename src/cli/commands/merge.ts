import { promises as fs } from "node:fs";
import path from "node:path";
import { plainTitle } from "../../domain/catalog";
import { mergeFiles, type MergeResult, type SourceRow } from "../../domain/merge/merge";
import { outputSheetsOneByOne } from "../../domain/merge/output-sheets";
import { previousFigures, type PreviousFigures } from "../../domain/merge/previous";
import type { ReceivedFile } from "../../domain/merge/select";
import { layoutWorkbook } from "../../io/xlsx/template-workbook";
import { parseArgs } from "../args";
import { catalogWithDefinitions } from "../definitions";
import { discoverInputs } from "../inputs";
import type { Io } from "../io";
import { receiveFile } from "../receive-file";
import { CliError, refuseInputAsOutput, writeOutput } from "../output-file";
import { readReport } from "../read-report";
import { readRosterFile } from "../roster-file";

/**
 * `cchc merge <file-or-folder>... -o <out.xlsx> [--unit <consolidating unit>] [--period <period>] [--template <id>]
 * [--roster <file>] [--definitions <file|dir>] [--previous <earlier consolidation.xlsx>] [--leaves] [--json]
 * [--force]` (`--leaves`: Chi tiết shows every unit consolidations cover; `--previous`: each Tổng hợp gains a
 * "Kỳ trước" column): exit 0 when the output was written, 2 when nothing could be merged or the call is wrong.
 */
export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(
    argv,
    ["-o", "--output", "--template", "--roster", "--unit", "--period", "--definitions", "--previous"],
    ["--json", "--force", "--leaves"],
  );
  // The catalog merged against: one value, the built-in templates and the user definitions given.
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
  const rosterFile = args.options.get("--roster");
  const previousFile = args.options.get("--previous");
  // Nothing the command reads may be what it writes: the received files, the roster, the earlier consolidation.
  refuseInputAsOutput(output, [
    ...files.map((f) => f.path),
    ...[rosterFile, previousFile].filter((f): f is string => f !== undefined),
  ]);
  // Refuse an existing output before spending minutes reading the inputs.
  if (!force && (await fs.stat(output).catch(() => undefined)))
    throw new CliError(`tệp «${output}» đã có; dùng --force để ghi đè hoặc chọn tên khác.`);
  const roster = rosterFile === undefined ? undefined : await readRosterFile(rosterFile);
  const earlier = previousFile === undefined ? undefined : await readReport(previousFile, false, cat);
  if (earlier && !earlier.ok) throw new CliError(`không đọc được tệp kỳ trước «${previousFile}»: ${earlier.error}`);

  if (files.length === 0) throw new CliError("không tìm thấy tệp .xlsx nào trong các thư mục đã cho.");
  const received: ReceivedFile[] = [];
  for (const [i, file] of files.entries()) {
    io.err(`Đang đọc tệp ${i + 1}/${files.length}: ${file.path}`);
    received.push(await receiveFile(file, cat));
  }
  const result = mergeFiles(received, cat, {
    locale: "vi",
    templateId,
    roster,
    unit: args.options.get("--unit"),
    period: args.options.get("--period"),
  });
  const merged = result.tables.length > 0;
  const previous = earlier?.ok
    ? previousFigures(result, earlier.report, path.basename(previousFile!), "vi")
    : undefined;
  if (merged) {
    const title = `Tổng hợp ${result.tables.map((t) => plainTitle(t.entry)).join("; ")}`;
    await writeOutput(
      output,
      await layoutWorkbook(
        outputSheetsOneByOne(result, "vi", { leaves: args.switches.has("--leaves"), previous }),
        title,
        {
          fast: true,
        },
      ),
      force,
    );
  }
  if (args.switches.has("--json")) io.out(JSON.stringify(jsonOf(result, merged ? output : null, previous), null, 2));
  else printHuman(result, merged ? output : null, previous, io);
  return merged ? 0 : 2;
}

const unitRow = (s: SourceRow) => ({
  unit: s.unit,
  file: s.file,
  sheet: s.sheet ?? null,
  status: s.status,
  errors: s.errors,
  warnings: s.warnings,
  // A unit a consolidation covers: the consolidations it came through; a consolidation: the units it covers.
  ...(s.via ? { via: s.via } : {}),
  ...(s.covers !== undefined ? { covers: s.covers } : {}),
});

/** The JSON of DESIGN.md section 8: keep these names and shapes. */
function jsonOf(r: MergeResult, output: string | null, previous: PreviousFigures | undefined) {
  const tables = r.tables.map((t) => {
    const id = t.entry.template.id;
    return {
      template: { id, version: t.entry.template.version, title: plainTitle(t.entry) },
      units: r.sources.filter((s) => s.template?.id === id && s.status !== "skipped").map(unitRow),
      excludedValues: t.excluded.map((x) => ({
        unit: x.unit,
        file: x.file,
        sheet: x.sheet,
        cell: x.cell,
        indicator: x.indicator,
        label: x.label,
        value: x.value,
        reason: x.reason,
      })),
    };
  });
  return {
    output,
    unit: r.unit,
    period: r.period,
    tables,
    units: r.sources.filter((s) => s.status === "included").map((s) => ({ ...unitRow(s), template: s.template!.id })),
    duplicates: r.duplicates,
    missing: r.missing.map((m) => m.unit),
    unlisted: r.unlisted,
    overlaps: r.overlaps,
    skipped: r.skipped.map((s) => ({ file: s.file, sheet: s.sheet ?? null, reason: s.reason })),
    // With --previous only: where each table's "Kỳ trước" column came from, or why it has none.
    ...(previous
      ? {
          previous: {
            file: previous.file,
            tables: [...previous.tables].map(([id, p]) => ({
              template: id,
              sheet: p.sheet ?? null,
              period: p.period,
              ...(p.reason ? { reason: p.reason } : {}),
            })),
          },
        }
      : {}),
  };
}

function printHuman(r: MergeResult, output: string | null, previous: PreviousFigures | undefined, io: Io): void {
  io.out(`Đơn vị tổng hợp: ${r.unit || "(chưa ghi, dùng --unit)"} · Kỳ báo cáo: ${r.period || "(không rõ)"}`);
  for (const t of r.tables) {
    const included = r.sources.filter((s) => s.status === "included" && s.template?.id === t.entry.template.id);
    io.out(`Mẫu biểu: ${t.entry.template.id} — ${plainTitle(t.entry)} · ${t.leaves.length} đơn vị`);
    const unitWidth = Math.min(48, Math.max(8, ...included.map((s) => s.unit.length)));
    for (const s of included)
      io.out(
        `  ${s.via ? "  ↳ " : ""}${s.unit.padEnd(unitWidth)}  ${String(s.errors).padStart(3)} lỗi  ${String(s.warnings).padStart(3)} cảnh báo  ${s.file}${s.via ? ` (qua ${s.via.join(" › ")})` : ""}${s.reason ? `  (${s.reason})` : ""}`,
      );
    for (const x of t.excluded) io.out(`  KHÔNG CỘNG ${x.unit}, ${x.cell} «${x.value}»: ${x.reason}`);
    const p = previous?.tables.get(t.entry.template.id);
    if (p)
      io.out(
        p.reason
          ? `  KỲ TRƯỚC  ${p.reason}`
          : `  KỲ TRƯỚC  ${p.period || "(không rõ kỳ)"}: từ ${previous!.file} «${p.sheet}», ${p.values.size} số liệu`,
      );
  }
  for (const d of r.duplicates) io.out(`  TRÙNG     ${d.file} «${d.sheet}»: ${d.reason}`);
  for (const o of r.overlaps) io.out(`  TÍNH MỘT LẦN  ${o.unit} trong ${o.file}: ${o.reason}`);
  for (const s of r.skipped) io.out(`  BỎ QUA    ${s.file}${s.sheet ? ` «${s.sheet}»` : ""}: ${s.reason}`);
  for (const m of r.missing)
    io.out(`  CHƯA GỬI  ${m.unit}${m.suggestion ? ` — có phải «${m.suggestion}» đã gửi?` : ""}`);
  for (const u of r.unlisted)
    io.out(
      `  NGOÀI DANH SÁCH  ${u.unit} (${u.files.join(", ")})${u.suggestion ? ` — có phải «${u.suggestion}»?` : ""}`,
    );
  const units = new Set(r.tables.flatMap((t) => t.leaves.map((l) => l.unitKey))).size;
  const excluded = r.tables.reduce((n, t) => n + t.excluded.length, 0);
  // A consolidation's own Chi tiết, Nguồn and Kiểm tra come with it: listed above, not counted as left out.
  const skipped = r.sources.filter((s) => s.status === "skipped" && s.why !== "companion").length;
  io.out(
    output
      ? `Đã ghi ${output}: tổng hợp ${units} đơn vị, ${r.duplicates.length} tệp trùng, ${skipped} tệp bỏ qua, ${r.missing.length} đơn vị chưa gửi; ${r.tables.length} mẫu biểu, ${excluded} giá trị lỗi không cộng, ${r.overlaps.length} đơn vị có ở hai đầu vào.`
      : `Không tổng hợp được: không có trang tính hợp lệ nào của một mẫu biểu (${r.skipped.length} bỏ qua).`,
  );
}
