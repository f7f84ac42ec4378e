import { catalog } from "../../domain/catalog";
import { mergeFiles, type MergeResult } from "../../domain/merge/merge";
import { mergeOutputSheets } from "../../domain/merge/output-sheets";
import type { ReceivedFile } from "../../domain/merge/select";
import { MESSAGES } from "../i18n";
import { checkFile, readReport } from "../model/check-files";
import type { FileCheck } from "../model/findings";
import { mergeFileBase, mergeView } from "../model/merge-view";
import { receiveFile } from "../model/receive-file";
import type { Previous } from "../model/previous";
import { templateName } from "../model/templates";
import type { Input, Item, MergeChoice, Missing, NamedBlob, Operation, Result } from "./protocol";

const picked = (f: NamedBlob) => ({ name: f.name, arrayBuffer: () => f.blob.arrayBuffer() });

/** The files received for the merge, by the page's key: they live here, where the merge is worked out. */
const received = new Map<string, ReceivedFile>();
/** The last merge worked out, by what it was asked: "Tổng hợp" writes the merge on screen without redoing it. */
let lastMerge: { asked: string; result: MergeResult } | undefined;

/** The merge of the received files named, or the keys this worker does not hold. */
function mergeOf(
  keys: readonly string[],
  choice: MergeChoice,
): { result: MergeResult; files: ReceivedFile[] } | Missing {
  const unknownKeys = keys.filter((k) => !received.has(k));
  if (unknownKeys.length > 0) return { unknownKeys };
  const files = keys.map((k) => received.get(k)!);
  const asked = JSON.stringify([keys, choice]);
  if (lastMerge?.asked !== asked) {
    const { locale, templateId, period, roster, preferred, includeOtherPeriod } = choice;
    const result = mergeFiles(files, catalog(), {
      locale,
      templateId,
      period,
      roster: roster.length > 0 ? roster : undefined,
      preferred,
      includeOtherPeriod,
    });
    lastMerge = { asked, result };
  }
  return { result: lastMerge.result, files };
}

/** What a running job may do besides its work: report progress, hand over items, stop when cancelled. */
export interface JobContext<K extends Operation> {
  progress(done: number, total: number): void;
  item(item: Item<K>): void;
  /** Between two files: lets a page paint when the job runs on it, and throws once the job was cancelled. */
  pause(): Promise<void>;
}

type Jobs = { [K in Operation]: (input: Input<K>, ctx: JobContext<K>) => Promise<Result<K>> };

/** Each operation's work, the same in the worker and, where no worker can start, on the page. */
export const JOBS: Jobs = {
  async check({ files, locale, completeness, previous }, ctx) {
    // The earlier report is read once for every file; unreadable, each file says so and is checked alone.
    const earlier = previous && (await readReport(picked(previous), locale, false));
    const compare: Previous | undefined = earlier?.ok ? { name: previous!.name, report: earlier.report } : undefined;
    const problem: Partial<FileCheck> =
      earlier && !earlier.ok ? { previousUnreadable: { file: previous!.name, reason: earlier.reason } } : {};
    for (const [i, f] of files.entries()) {
      ctx.progress(i, files.length);
      await ctx.pause();
      ctx.item({ ...(await checkFile(picked(f), locale, completeness, compare)), ...problem });
    }
    ctx.progress(files.length, files.length);
    return null;
  },

  read: ({ file, locale }) => readReport(picked(file), locale, false),

  async receive({ files, locale }, ctx) {
    for (const [i, f] of files.entries()) {
      ctx.progress(i, files.length);
      await ctx.pause();
      received.set(f.key, await receiveFile(picked(f), locale));
    }
    ctx.progress(files.length, files.length);
    return null;
  },

  async merge({ keys, choice }) {
    const merged = mergeOf(keys, choice);
    if ("unknownKeys" in merged) return merged;
    const t = MESSAGES[choice.locale];
    return { view: mergeView(merged.result, merged.files, catalog(), (e) => templateName(e, catalog(), t)) };
  },

  async outputs({ keys, choice, unit, leaves, as }, ctx) {
    const merged = mergeOf(keys, choice);
    if ("unknownKeys" in merged) return merged;
    // The consolidating unit only goes into the title blocks: it does not redo the merge.
    const sheets = mergeOutputSheets({ ...merged.result, unit }, choice.locale, { leaves });
    if (as === "layouts") {
      for (const sheet of sheets) ctx.item(sheet);
      return {};
    }
    const { layoutWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../../io/xlsx/template-workbook");
    return { bytes: await layoutWorkbook(sheets, mergeFileBase(merged.result), { fast: true }) };
  },

  async forget({ keys }) {
    for (const k of keys) received.delete(k);
    lastMerge = undefined;
    return null;
  },

  async write({ layouts, title }) {
    const { layoutWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../../io/xlsx/template-workbook");
    return layoutWorkbook(layouts, title);
  },
};
