import path from "node:path";
import { catalog, plainTitle } from "../../domain/catalog";
import { definitionFileText, parseDefinition, type UserDefinition } from "../../domain/catalog/definitions";
import {
  defineProblemMessage,
  defineTemplate,
  ruleName,
  tableFailureMessage,
  templateIdOf,
  type InferredIndicator,
} from "../../domain/define";
import { unreadableMessage } from "../../domain/files/unreadable";
import type { Grid, GridSource } from "../../domain/grid";
import { INDEX_SHEET, isDefinitionSheet } from "../../domain/layout/identity";
import { openWorkbook } from "../../io/xlsx/open-workbook";
import { parseArgs } from "../args";
import type { Io } from "../io";
import { readUserFile } from "../input-file";
import { CliError, refuseInputAsOutput, writeOutput } from "../output-file";

interface Outcome {
  sheet: string;
  definition?: UserDefinition;
  indicators: InferredIndicator[];
  problems: { row: number; message: string }[];
}

/** The sheet named, else the first visible sheet that holds a table (carrier sheets are no tables). */
function defineFrom(source: GridSource, sheet: string | undefined, id: string): Outcome {
  const names = source.sheetNames().filter((n) => n !== INDEX_SHEET && !isDefinitionSheet(n));
  if (sheet !== undefined && !names.includes(sheet))
    throw new CliError(`tệp không có trang tính «${sheet}». Các trang tính: ${names.map((n) => `«${n}»`).join(", ")}.`);
  const grids: Grid[] = (sheet !== undefined ? [sheet] : names)
    .map((n) => source.grid(n))
    .filter((g) => sheet !== undefined || !g.hidden);
  let failure: Outcome | undefined;
  for (const grid of grids) {
    const result = defineTemplate(grid, { id, year: new Date().getFullYear() });
    if (!result.ok) {
      failure ??= {
        sheet: grid.sheetName,
        indicators: [],
        problems: [{ row: 0, message: tableFailureMessage(result.reason, "vi") }],
      };
      continue;
    }
    const parsed = parseDefinition(result.module);
    // The schema is the authority: a definition that fails it is reported, never written.
    if (!parsed.ok)
      return {
        sheet: grid.sheetName,
        indicators: [],
        problems: parsed.issues.map((i) => ({ row: 0, message: `${i.path}: ${i.message}` })),
      };
    return {
      sheet: grid.sheetName,
      definition: parsed.definitions[0],
      indicators: result.indicators,
      problems: result.problems.map((p) => ({ row: p.row, message: defineProblemMessage(p, "vi") })),
    };
  }
  return (
    failure ?? {
      sheet: sheet ?? "",
      indicators: [],
      problems: [{ row: 0, message: tableFailureMessage("noHeader", "vi") }],
    }
  );
}

/**
 * `cchc define <table.xlsx> [--sheet <name>] -o <definition.json> [--json] [--force]`: a table the user already
 * has -> a template definition. Exit 0 when it wrote one, 2 when the table cannot become one (it says why).
 */
export async function defineCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["--sheet", "-o", "--output"], ["--json", "--force"]);
  const out = args.options.get("-o") ?? args.options.get("--output");
  if (args.positionals.length !== 1)
    throw new CliError("cần đúng một tệp bảng. Cách dùng: npx cchc define <bảng.xlsx> [--sheet <tên>] -o <mẫu.json>");
  if (!out) throw new CliError("thiếu tham số -o <mẫu.json>: cho biết tệp định nghĩa cần ghi.");
  if (!/\.json$/i.test(out)) throw new CliError(`tệp định nghĩa ghi ra phải có đuôi .json: «${out}».`);
  const id = templateIdOf(path.basename(out));
  if (catalog().get(id))
    throw new CliError(`«${id}» là mã của một mẫu có sẵn; đặt tên khác cho tệp định nghĩa (mã mẫu lấy từ tên tệp).`);

  const [file] = args.positionals;
  refuseInputAsOutput(out, [file]);
  const bytes = readUserFile(file);
  const opened = typeof bytes === "string" ? ({ ok: false, reason: bytes } as const) : await openWorkbook(bytes);
  if (!opened.ok) throw new CliError(`${file}: ${unreadableMessage(opened.reason, "vi")}`);
  const outcome = defineFrom(opened.source, args.options.get("--sheet"), id);
  const d = outcome.definition;
  if (d) await writeOutput(out, new TextEncoder().encode(definitionFileText(d)), args.switches.has("--force"));

  if (args.switches.has("--json"))
    io.out(
      JSON.stringify(
        {
          output: d ? out : null,
          template: d ? { id: d.template.id, version: d.template.version, title: plainTitle(d) } : null,
          indicators: outcome.indicators.map((i) => ({
            stt: i.stt,
            label: i.label,
            unit: i.unit,
            kind: [...new Set(i.rules.map((r) => r.kind))].join(", "),
          })),
          problems: outcome.problems,
        },
        null,
        2,
      ),
    );
  else printHuman(file, out, outcome, io);
  return d ? 0 : 2;
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function printHuman(file: string, out: string, o: Outcome, io: Io): void {
  const d = o.definition;
  if (d) {
    io.out(`${file} — trang «${o.sheet}»: mẫu «${d.template.id}» (phiên bản ${d.template.version}), ${plainTitle(d)}`);
    const sttWidth = Math.max(3, ...o.indicators.map((i) => i.stt.length));
    const unitWidth = Math.min(24, Math.max(11, ...o.indicators.map((i) => i.unit.length)));
    io.out(`  ${"STT".padEnd(sttWidth)}  ${"Chỉ tiêu".padEnd(60)}  ${"Đơn vị tính".padEnd(unitWidth)}  Loại`);
    for (const i of o.indicators) {
      const kinds = [...new Set(i.rules.map((r) => ruleName(r, "vi")))].join(", ");
      io.out(
        `  ${i.stt.padEnd(sttWidth)}  ${clip(i.label, 60).padEnd(60)}  ${clip(i.unit, unitWidth).padEnd(unitWidth)}  ${kinds}`,
      );
    }
  } else io.out(`${file}${o.sheet ? ` — trang «${o.sheet}»` : ""}: không tạo được mẫu.`);
  for (const p of o.problems) io.out(`  ${p.row > 0 ? `Dòng ${p.row}: ` : ""}${p.message}`);
  io.out(
    d
      ? `Đã ghi ${out}: ${o.indicators.length} chỉ tiêu, ${o.problems.length} dòng cần xem lại.`
      : `Không ghi tệp định nghĩa: bảng không thành mẫu được (${o.problems.length} lý do ở trên).`,
  );
}
