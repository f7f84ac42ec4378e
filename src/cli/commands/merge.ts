import { promises as fs } from "node:fs";
import path from "node:path";
import { catalog, plainTitle } from "../../domain/catalog";
import { mergeFiles, type MergeResult, type SourceRow } from "../../domain/merge/merge";
import { mergeOutputSheets } from "../../domain/merge/output-sheets";
import type { ReceivedFile } from "../../domain/merge/select";
import { readRoster } from "../../io/xlsx/read-roster";
import { layoutWorkbook } from "../../io/xlsx/template-workbook";
import { parseArgs } from "../args";
import type { Io } from "../io";
import { receiveFile } from "../receive-file";
import { CliError, writeOutput } from "../output-file";

/** The .xlsx files named, folders expanded (recursively, Excel's "~$" lock files left out), in a stable order. */
async function expandInputs(inputs: string[], output: string): Promise<string[]> {
  const out: string[] = [];
  const outAbs = path.resolve(output);
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$") && path.resolve(p) !== outAbs) out.push(p);
    }
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) await walk(input);
    else out.push(input);
  }
  return out;
}

async function rosterOf(file: string): Promise<string[]> {
  const bytes = await fs.readFile(file).catch(() => {
    throw new CliError(`không đọc được danh sách đơn vị «${file}».`);
  });
  const units = await readRoster(new Uint8Array(bytes), file);
  if (!units) throw new CliError(`không đọc được danh sách đơn vị «${file}»: tệp .xlsx không hợp lệ.`);
  return units;
}

/**
 * `cchc merge <file-or-folder>... -o <out.xlsx> [--unit <consolidating unit>] [--period <period>] [--template <id>]
 * [--roster <file>] [--leaves] [--json] [--force]` (`--leaves`: Chi tiết shows every unit consolidations cover): exit 0 when the output was written, 2 when nothing could be merged or the
 * call is wrong.
 */
export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(
    argv,
    ["-o", "--output", "--template", "--roster", "--unit", "--period"],
    ["--json", "--force", "--leaves"],
  );
  // The catalog merged against: one value, so that user definitions can join it.
  const cat = catalog();
  const output = args.options.get("-o") ?? args.options.get("--output");
  if (args.positionals.length === 0)
    throw new CliError("thiếu tệp hoặc thư mục cần tổng hợp. Cách dùng: npx cchc merge <tệp|thư mục>... -o <tệp.xlsx>");
  if (!output) throw new CliError("thiếu tham số -o <tệp.xlsx>: cho biết tệp tổng hợp cần ghi.");
  if (!/\.xlsx$/i.test(output)) throw new CliError(`tệp ghi ra phải có đuôi .xlsx: «${output}».`);
  const templateId = args.options.get("--template");
  if (templateId && !cat.get(templateId))
    throw new CliError(`không có mẫu biểu «${templateId}». Xem danh sách mã: npx cchc templates`);
  const force = args.switches.has("--force");
  // Refuse an existing output before spending minutes reading the inputs.
  if (!force && (await fs.stat(output).catch(() => undefined)))
    throw new CliError(`tệp «${output}» đã có; dùng --force để ghi đè hoặc chọn tên khác.`);
  const roster = args.options.has("--roster") ? await rosterOf(args.options.get("--roster")!) : undefined;

  const files = await expandInputs(args.positionals, output);
  if (files.length === 0) throw new CliError("không tìm thấy tệp .xlsx nào trong các thư mục đã cho.");
  const received: ReceivedFile[] = [];
  for (const [i, file] of files.entries()) {
    io.err(`Đang đọc tệp ${i + 1}/${files.length}: ${file}`);
    received.push(await receiveFile(file));
  }
  const result = mergeFiles(received, cat, {
    locale: "vi",
    templateId,
    roster,
    unit: args.options.get("--unit"),
    period: args.options.get("--period"),
  });
  const merged = result.tables.length > 0;
  if (merged) {
    const title = `Tổng hợp ${result.tables.map((t) => plainTitle(t.entry)).join("; ")}`;
    await writeOutput(
      output,
      await layoutWorkbook(mergeOutputSheets(result, "vi", { leaves: args.switches.has("--leaves") }), title, {
        fast: true,
      }),
      force,
    );
  }
  if (args.switches.has("--json")) io.out(JSON.stringify(jsonOf(result, merged ? output : null), null, 2));
  else printHuman(result, merged ? output : null, io);
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
function jsonOf(r: MergeResult, output: string | null) {
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
  };
}

function printHuman(r: MergeResult, output: string | null, io: Io): void {
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
  io.out(
    output
      ? `Đã ghi ${output}: ${r.tables.length} mẫu biểu, ${units} đơn vị, ${excluded} giá trị lỗi không cộng, ${r.duplicates.length} trùng, ${r.overlaps.length} đơn vị có ở hai đầu vào, ${r.skipped.length} bỏ qua, ${r.missing.length} đơn vị chưa gửi.`
      : `Không tổng hợp được: không có trang tính hợp lệ nào của một mẫu biểu (${r.skipped.length} bỏ qua).`,
  );
}
