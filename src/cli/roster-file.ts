import { unreadableMessage } from "../domain/files/unreadable";
import { formatNumberVi } from "../domain/numbers/format";
import { readRoster } from "../io/xlsx/read-roster";
import { readUserFile } from "./input-file";
import { CliError } from "./output-file";
import { XLSX_BUDGETS } from "../io/xlsx/fast/budgets";

/**
 * How large a roster may be: a list of units, one a line. Vietnam has some 3,300 communes since 2025 and had
 * 10,600 before; a national roster of every commune still fits many times over.
 */
export const ROSTER_LIMITS = { bytes: 2 * 1024 * 1024, lines: 20_000 } as const;

const tooLong = (file: string) =>
  new CliError(
    `danh sách đơn vị «${file}» quá dài (tối đa ${formatNumberVi(ROSTER_LIMITS.lines)} dòng, ${ROSTER_LIMITS.bytes / 1024 / 1024} MB): cần mỗi dòng một tên đơn vị.`,
  );

/**
 * The roster given with --roster: a text file (one unit a line) or the first column of an .xlsx's first sheet,
 * read through the same bounded reader as the reports. Any problem stops the call with one line: a merge
 * checked against a roster that was not read would say nobody is missing.
 */
export async function readRosterFile(file: string): Promise<string[]> {
  const xlsx = /\.xlsx$/i.test(file);
  const bytes = readUserFile(file, xlsx ? XLSX_BUDGETS.fileBytes : ROSTER_LIMITS.bytes);
  if (bytes === "tooLarge" && !xlsx) throw tooLong(file);
  if (typeof bytes === "string")
    throw new CliError(`không đọc được danh sách đơn vị «${file}»: ${unreadableMessage(bytes, "vi")}`);
  const read = await readRoster(bytes, file, ROSTER_LIMITS.lines);
  if (read.ok) return read.units;
  if (read.reason === "tooLong") throw tooLong(file);
  throw new CliError(`không đọc được danh sách đơn vị «${file}»: ${unreadableMessage(read.reason, "vi")}`);
}
