import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { catalog } from "../domain/catalog";
import type { Catalog } from "../domain/catalog/catalog";
import type { UserDefinition } from "../domain/catalog/definitions";
import type { TemplateRequest } from "../io/xlsx/template-workbook";
import { unreadableMessage } from "../domain/files/unreadable";
import { readUserFile } from "./input-file";
import { CliError } from "./output-file";

/**
 * The template definitions a user gives on the command line (`--definition <file>`, `--definitions <file|dir>`),
 * checked by the catalog's schema: a malformed one stops the command with one line per problem and its JSON path.
 */

/** The schema (zod) is loaded when a definition is given, not by every command that could take one. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const definitions = (): typeof import("../domain/catalog/definitions") => require("../domain/catalog/definitions");

/** The definition of the largest catalog table is under 100 KB; a file this big is no definition. */
const MAX_DEFINITION_BYTES = 5 * 1024 * 1024;

/** Reads one definition file; throws CliError (exit 2) listing every problem with its JSON path. */
export function readDefinitionFile(file: string): UserDefinition[] {
  // The same guarded read as every input: a regular file only (never a FIFO or a device), within the cap.
  const bytes = readUserFile(file, MAX_DEFINITION_BYTES);
  if (bytes === "tooLarge") throw new CliError(`«${file}» lớn hơn 5 MB, không phải một tệp định nghĩa mẫu.`);
  if (typeof bytes === "string")
    throw new CliError(`không đọc được định nghĩa mẫu «${file}»: ${unreadableMessage(bytes, "vi")}`);
  const text = new TextDecoder("utf-8").decode(bytes);
  const parsed = definitions().parseDefinitionText(text);
  if (!parsed.ok)
    throw new CliError(
      [
        `định nghĩa mẫu «${file}» không hợp lệ (${parsed.issues.length} lỗi):`,
        ...parsed.issues.map((i) => `  ${i.path}: ${i.message}`),
      ].join("\n"),
    );
  return parsed.definitions;
}

/** The .json files of a folder (not its subfolders), or the one file named. */
function definitionFiles(arg: string): string[] {
  const stat = (() => {
    try {
      return statSync(arg);
    } catch {
      throw new CliError(`không có tệp hoặc thư mục định nghĩa mẫu «${arg}».`);
    }
  })();
  if (!stat.isDirectory()) return [arg];
  const files = readdirSync(arg)
    .filter((f) => /\.json$/i.test(f))
    .sort((a, b) => a.localeCompare(b))
    .map((f) => path.join(arg, f));
  if (files.length === 0) throw new CliError(`thư mục «${arg}» không có tệp định nghĩa mẫu (.json) nào.`);
  return files;
}

/**
 * The catalog with the definitions of `--definitions <file|dir>` beside the built-in templates. A definition that
 * takes the id of a built-in template, or two different definitions of one id, stop the command: which one the
 * user meant cannot be guessed.
 */
export function catalogWithDefinitions(arg: string | undefined): Catalog {
  if (arg === undefined) return catalog();
  const given: { file: string; definition: UserDefinition }[] = definitionFiles(arg).flatMap((file) =>
    readDefinitionFile(file).map((definition) => ({ file, definition })),
  );
  const { catalog: combined, conflicts } = definitions().withDefinitions(
    catalog(),
    given.map((g) => g.definition),
  );
  const fileOf = (id: string, version?: string) =>
    given.find(
      (g) => g.definition.template.id === id && (version === undefined || g.definition.template.version === version),
    )?.file;
  for (const c of conflicts)
    throw new CliError(
      c.kind === "builtin"
        ? `định nghĩa mẫu «${fileOf(c.id)}» dùng mã «${c.id}» của một mẫu có sẵn; đổi "id" của mẫu.`
        : `hai định nghĩa khác nhau cho cùng mã mẫu «${c.id}»: «${fileOf(c.id, c.kept)}» và «${fileOf(c.id, c.other)}».`,
    );
  return combined;
}

/**
 * `template --definition <file>`: the user's templates as template requests; the workbook written carries their
 * definitions. A definition taking a built-in template's id is refused, as it would be in any catalog.
 */
export function definitionRequests(file: string, unit: string, period: string): TemplateRequest[] {
  return readDefinitionFile(file).map((d) => {
    if (catalog().get(d.template.id))
      throw new CliError(`định nghĩa mẫu «${file}» dùng mã «${d.template.id}» của một mẫu có sẵn; đổi "id" của mẫu.`);
    return { template: d.template, unit, period, definition: d.definition };
  });
}
