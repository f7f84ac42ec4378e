import { JOBS } from "./jobs";
import type { Input, Item, Operation, Reply, Request, Result } from "./protocol";

/** What the client needs of a Worker (tests stand in for it). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<Reply>) => void) | null;
  onerror: ((e: Event) => void) | null;
  postMessage(request: Request): void;
  terminate(): void;
}

/** A job the user stopped with "Hủy". */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** The worker reported a failure; its message is for support, the pane words it for the user. */
export class WorkerJobError extends Error {
  override name = "WorkerJobError";
}

export interface Handlers<K extends Operation> {
  progress?(done: number, total: number): void;
  item?(item: Item<K>): void;
}

export interface Job<K extends Operation> {
  result: Promise<Result<K>>;
  /** Stops the job at once: the worker is ended (a new one starts for the next job). */
  cancel(): void;
}

interface Pending {
  request: Request;
  handlers: Handlers<Operation>;
  resolve(result: unknown): void;
  reject(e: unknown): void;
}

/**
 * The page's side of the pane worker. Jobs run in a Web Worker when one can start; where none can (a page opened
 * from a file:// folder, where browsers refuse workers, or a worker that fails to load) the same jobs run on the
 * page, pausing between files so that it still paints. Cancelling ends the worker, whatever it is in the middle
 * of: reading one large workbook cannot be interrupted any other way.
 */
export class PaneWorker {
  private worker: WorkerLike | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** No worker could start: every job runs on the page from now on. */
  private inPage = false;

  constructor(private readonly spawn: () => WorkerLike) {}

  run<K extends Operation>(op: K, input: Input<K>, handlers: Handlers<K> = {}): Job<K> {
    const request: Request = { id: this.nextId++, op, input };
    let cancel = () => {};
    const result = new Promise<Result<K>>((resolve, reject) => {
      const p: Pending = {
        request,
        handlers: handlers as Handlers<Operation>,
        resolve: resolve as (r: unknown) => void,
        reject,
      };
      const worker = this.inPage ? undefined : this.start();
      if (worker) {
        this.pending.set(request.id, p);
        cancel = () => this.cancel(request.id);
        // Posted in a task of its own: copying hundreds of chosen files (the browser looks up each one) must not
        // add to the task of the click that started the job.
        setTimeout(() => {
          if (this.pending.has(request.id)) this.worker?.postMessage(request);
        }, 0);
      } else cancel = this.runInPage(p);
    });
    return { result, cancel: () => cancel() };
  }

  /** Ends the worker and every job in it. */
  private cancel(id: number): void {
    if (!this.pending.has(id)) return;
    this.worker?.terminate();
    this.worker = undefined;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(new CancelledError());
  }

  private start(): WorkerLike | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = this.spawn();
      worker.onmessage = (e) => this.receive(e.data);
      // The worker's script could not load or run: its jobs move to the page.
      worker.onerror = (e) => {
        e.preventDefault();
        this.fallBack();
      };
      this.worker = worker;
      return worker;
    } catch {
      this.inPage = true;
      return undefined;
    }
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.inPage = true;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) this.runInPage(p);
  }

  private receive(reply: Reply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    switch (reply.type) {
      case "progress":
        p.handlers.progress?.(reply.done, reply.total);
        break;
      case "item":
        p.handlers.item?.(reply.item as never);
        break;
      case "done":
        this.pending.delete(reply.id);
        p.resolve(reply.result);
        break;
      case "failed":
        this.pending.delete(reply.id);
        p.reject(new WorkerJobError(reply.message));
        break;
    }
  }

  /** Runs a job on the page; returns how to cancel it (at its next pause). */
  private runInPage({ request, handlers, resolve, reject }: Pending): () => void {
    let cancelled = false;
    const job = JOBS[request.op] as (input: unknown, ctx: Parameters<(typeof JOBS)["check"]>[1]) => Promise<unknown>;
    job(request.input, {
      progress: (done, total) => handlers.progress?.(done, total),
      item: (item) => handlers.item?.(item as never),
      pause: async () => {
        await new Promise((r) => setTimeout(r, 0));
        if (cancelled) throw new CancelledError();
      },
    }).then(resolve, reject);
    // Settled at once for the user; the job itself stops at its next pause.
    return () => {
      cancelled = true;
      reject(new CancelledError());
    };
  }
}

/**
 * Runs one operation over its inputs one after another, as one job: progress counted over them all, items as
 * they come, the first failure (or a cancel) ending it. The Kiểm tra tab hands the worker a long list of files in
 * slices this way, because the browser looks each file up as it copies it to the worker, and hundreds of files
 * in one message would hold the page as long.
 */
export function runInTurn<K extends Operation>(
  worker: PaneWorker,
  op: K,
  inputs: readonly { input: Input<K>; size: number }[],
  handlers: Handlers<K> = {},
): Job<K> {
  const total = inputs.reduce((n, i) => n + i.size, 0);
  let current: Job<K> | undefined;
  let cancelled = false;
  const result = (async () => {
    let done = 0;
    let last: Result<K> | undefined;
    for (const { input, size } of inputs) {
      if (cancelled) throw new CancelledError();
      const offset = done;
      current = worker.run(op, input, {
        item: handlers.item,
        progress: (k) => handlers.progress?.(offset + k, total),
      });
      last = await current.result;
      done += size;
    }
    return last as Result<K>;
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
  };
}
