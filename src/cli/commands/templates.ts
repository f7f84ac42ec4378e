import { catalog, plainTitle, sourceOf, tableHeading } from "../../domain/catalog";
import { parseArgs } from "../args";
import { indicatorCount } from "../describe";
import type { Io } from "../io";

/** `cchc templates [--json]`: every appendix of the catalog, by issuing body and document. */
export async function templatesCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, [], ["--json"]);
  const entries = catalog().templates;
  if (args.switches.has("--json")) {
    const list = entries.map((e) => ({
      id: e.template.id,
      version: e.template.version,
      title: plainTitle(e),
      source: sourceOf(e),
    }));
    io.out(JSON.stringify(list, null, 2));
    return 0;
  }
  const idWidth = Math.max(...entries.map((e) => e.template.id.length));
  let lastDoc = "";
  for (const e of entries) {
    if (e.document.id !== lastDoc) {
      lastDoc = e.document.id;
      io.out(`\n${e.document.issuer} — ${e.document.title}`);
    }
    const t = e.template;
    const where = `${t.appendix}${t.table ? ` ${t.table}` : ""}`;
    const n = indicatorCount(e);
    // A table without indicators (an assignment table, a list the unit writes) says what it is for.
    const what = n === 0 && t.purpose ? ` (${t.purpose})` : "";
    io.out(
      `  ${t.id.padEnd(idWidth)}  ${where.padEnd(16)} ${String(n).padStart(3)} chỉ tiêu  ${tableHeading(e) ?? plainTitle(e)}${what}`,
    );
  }
  io.out(`\n${entries.length} mẫu biểu từ ${new Set(entries.map((e) => e.document.id)).size} văn bản.`);
  return 0;
}
