import { checkFile } from "../model/check-files";
import type { Input, Item, Operation, Result } from "./protocol";

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
  async check({ files, locale, completeness }, ctx) {
    for (const [i, f] of files.entries()) {
      ctx.progress(i, files.length);
      await ctx.pause();
      ctx.item(await checkFile({ name: f.name, arrayBuffer: () => f.blob.arrayBuffer() }, locale, completeness));
    }
    ctx.progress(files.length, files.length);
    return null;
  },

  async write({ layouts, title }) {
    const { layoutWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../../io/xlsx/template-workbook");
    return layoutWorkbook(layouts, title);
  },
};
