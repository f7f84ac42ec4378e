import { checkFile, readReport } from "../model/check-files";
import type { Previous } from "../model/previous";
import type { FileCheck } from "../model/findings";
import type { Input, Item, NamedBlob, Operation, Result } from "./protocol";

const picked = (f: NamedBlob) => ({ name: f.name, arrayBuffer: () => f.blob.arrayBuffer() });

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

  async write({ layouts, title }) {
    const { layoutWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../../io/xlsx/template-workbook");
    return layoutWorkbook(layouts, title);
  },
};
