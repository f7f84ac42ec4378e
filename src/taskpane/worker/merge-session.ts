import type { SheetLayout } from "../../domain/layout/model";
import type { Locale } from "../../domain/rules/finding";
import type { MergeView } from "../model/merge-view";
import { CancelledError, runInTurn, type Handlers, type Job, type PaneWorker } from "./client";
import type { KeyedBlob, MergeChoice, Missing } from "./protocol";

/** Files handed to the worker per message (each copy costs the page a look-up of the file). */
const FILES_PER_MESSAGE = 25;

/** A received file, known again if it is chosen twice (same name, size and time). */
const receivedKey = (f: File) => `${f.name}|${f.size}|${f.lastModified}`;

/**
 * The Tổng hợp tab's side of the worker: the files received live in the worker (read, validated, merged there),
 * the page keeps only the files it gave and their keys. A worker ended by "Hủy" loses what it held: the next
 * merge finds it missing and the files are handed over again, so nothing the user chose is lost.
 */
export class MergeSession {
  /** The files received, by key, and the language they were read in (their findings'). */
  private readonly given = new Map<string, { file: File; locale: Locale }>();

  constructor(private readonly worker: PaneWorker) {}

  /**
   * Reads and validates in the worker the files not received yet (a file chosen twice is received once); what
   * they are known by, once every one is in. A chosen file's size and time are read a slice at a time, in tasks
   * of their own: the browser looks each file up on disk the first time they are read.
   */
  receive(
    files: readonly File[],
    locale: Locale,
    handlers: Handlers<"receive"> = {},
  ): { result: Promise<{ key: string; name: string }[]>; cancel(): void } {
    let cancelled = false;
    let job: Job<"receive"> | undefined;
    const result = (async () => {
      const keyed: KeyedBlob[] = [];
      for (let i = 0; i < files.length; i += FILES_PER_MESSAGE) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled) throw new CancelledError();
        for (const file of files.slice(i, i + FILES_PER_MESSAGE))
          keyed.push({ key: receivedKey(file), name: file.name, blob: file });
      }
      const seen = new Set(this.given.keys());
      const fresh = keyed.filter((k) => !seen.has(k.key) && seen.add(k.key));
      job = this.send(fresh, locale, handlers);
      if (cancelled) job.cancel();
      await job.result;
      for (const k of fresh) this.given.set(k.key, { file: k.blob as File, locale });
      return fresh.map(({ key, name }) => ({ key, name }));
    })();
    return {
      result,
      cancel: () => {
        cancelled = true;
        job?.cancel();
      },
    };
  }

  /** Hands files to the worker, a slice per message. */
  private send(files: readonly KeyedBlob[], locale: Locale, handlers: Handlers<"receive"> = {}): Job<"receive"> {
    const inputs = Array.from({ length: Math.ceil(files.length / FILES_PER_MESSAGE) }, (_, i) => {
      const slice = files.slice(i * FILES_PER_MESSAGE, (i + 1) * FILES_PER_MESSAGE);
      return { size: slice.length, input: { files: slice, locale } };
    });
    return runInTurn(this.worker, "receive", inputs, handlers);
  }

  /** Lets files go, here and in the worker. */
  forget(keys: readonly string[]): Promise<null> {
    for (const k of keys) this.given.delete(k);
    return this.worker.run("forget", { keys: [...keys] }).result;
  }

  merge(keys: readonly string[], choice: MergeChoice): Promise<MergeView> {
    return this.again(async () => {
      const r = await this.worker.run("merge", { keys: [...keys], choice }).result;
      return "unknownKeys" in r ? r : r.view;
    });
  }

  /**
   * The output sheets, for the open workbook (one by one as they come), or as a whole .xlsx; "Hủy" ends the
   * worker whatever it is at (handing files over again, or writing).
   */
  outputs(
    keys: readonly string[],
    choice: MergeChoice,
    opts: { unit: string; leaves: boolean; as: "layouts" | "xlsx" },
  ): { result: Promise<{ layouts: SheetLayout[]; bytes?: Uint8Array }>; cancel(): void } {
    const running: Running = { cancelled: false };
    const result = this.again(async () => {
      const layouts: SheetLayout[] = [];
      const job = this.worker.run("outputs", { keys: [...keys], choice, ...opts }, { item: (l) => layouts.push(l) });
      running.job = job;
      const r = await job.result;
      return "unknownKeys" in r ? r : { layouts, bytes: r.bytes };
    }, running);
    return {
      result,
      cancel: () => {
        running.cancelled = true;
        running.job?.cancel();
      },
    };
  }

  /** Runs `ask`; when the worker no longer holds some files, hands them over again and asks once more. */
  private async again<T>(ask: () => Promise<T | Missing>, running: Running = { cancelled: false }): Promise<T> {
    const first = await ask();
    if (!isMissing(first)) return first;
    for (const [locale, files] of this.byLocale(first.unknownKeys)) {
      if (running.cancelled) throw new CancelledError();
      const job = this.send(files, locale);
      running.job = job;
      await job.result;
    }
    if (running.cancelled) throw new CancelledError();
    const second = await ask();
    if (isMissing(second)) throw new Error(`the worker lost received files: ${second.unknownKeys.join(", ")}`);
    return second;
  }

  /** The files of these keys, by the language they were first read in (their findings' language). */
  private byLocale(keys: readonly string[]): Map<Locale, KeyedBlob[]> {
    const out = new Map<Locale, KeyedBlob[]>();
    for (const key of keys) {
      const g = this.given.get(key);
      if (g) out.set(g.locale, [...(out.get(g.locale) ?? []), { key, name: g.file.name, blob: g.file }]);
    }
    return out;
  }
}

/** A job made of several worker jobs in turn: the one running now, and whether "Hủy" was pressed. */
interface Running {
  job?: { cancel(): void };
  cancelled: boolean;
}

const isMissing = (x: unknown): x is Missing =>
  typeof x === "object" && x !== null && Array.isArray((x as Partial<Missing>).unknownKeys);
