import path from "node:path";
import { catalog } from "../../domain/catalog";
import { templateWorkbook } from "../../io/xlsx/template-workbook";
import { parseArgs } from "../args";
import { definitionRequests } from "../definitions";
import type { Io } from "../io";
import { writeFailure } from "../errno";
import { CliError, refuseExisting, writeOutput } from "../output-file";

/**
 * `cchc template <id>... [--unit "<name>"] [--period "<period>"] -o <out.xlsx> [--force]`: the templates as
 * sheets of one new workbook. `--all -o <folder>` writes every template, one file each (the setup uses it).
 * `--definition <definition.json>` adds the templates of a user's definition, which the workbook then carries.
 */
export async function templateCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["--unit", "--period", "-o", "--output", "--definition"], ["--all", "--force"]);
  const out = args.options.get("-o") ?? args.options.get("--output");
  const unit = args.options.get("--unit") ?? "";
  const period = args.options.get("--period") ?? "";
  const force = args.switches.has("--force");
  const all = args.switches.has("--all");
  const definitionFile = args.options.get("--definition");
  if (!all && args.positionals.length === 0 && definitionFile === undefined)
    throw new CliError(
      "thiếu mã mẫu biểu. Cách dùng: npx cchc template <mã> -o <tệp.xlsx> (xem mã: npx cchc templates)",
    );
  if (!out) throw new CliError("thiếu tham số -o <tệp.xlsx>: cho biết tệp cần ghi.");

  const cat = catalog();
  if (all) {
    const dir = path.resolve(out);
    const target = (id: string) => path.join(dir, `${id}.xlsx`);
    refuseExisting(
      cat.templates.map((e) => target(e.template.id)),
      force,
      out,
    );
    await import("node:fs")
      .then((fs) => fs.promises.mkdir(dir, { recursive: true }))
      .catch((e: unknown) => {
        throw new CliError(`không tạo được thư mục «${out}»: ${writeFailure(e)}.`);
      });
    for (const e of cat.templates) {
      const bytes = await templateWorkbook([{ template: e.template, unit, period }]);
      await writeOutput(target(e.template.id), bytes, force);
    }
    io.out(`Đã ghi ${cat.templates.length} mẫu biểu vào thư mục ${out}`);
    return 0;
  }
  const requests = args.positionals.map((id) => {
    const e = cat.get(id);
    if (!e) throw new CliError(`không có mẫu biểu «${id}». Xem danh sách mã: npx cchc templates`);
    return { template: e.template, unit, period };
  });
  if (definitionFile !== undefined) requests.push(...definitionRequests(definitionFile, unit, period));
  if (!/\.xlsx$/i.test(out)) throw new CliError(`tệp ghi ra phải có đuôi .xlsx: «${out}».`);
  await writeOutput(out, await templateWorkbook(requests), force);
  io.out(`Đã ghi ${requests.map((r) => r.template.id).join(", ")} vào ${out}`);
  return 0;
}
