import { PaneWorker, type WorkerLike } from "../../src/taskpane/worker/client";
import type { Reply, Request } from "../../src/taskpane/worker/protocol";
import type { serve } from "../../src/taskpane/worker/serve";

/** A client whose jobs run on the page: what a page opened from a file:// folder does, where no worker starts. */
export function inPageWorker(): PaneWorker {
  return new PaneWorker(() => {
    throw new Error("no Worker here");
  });
}

/**
 * A stand-in for the browser's Worker: requests and replies cross a real MessageChannel (structured clone, as
 * between the page and a worker), and the worker's side is the pane worker's own `serve`, loaded afresh for each
 * worker (what a worker holds, the received files, ends with it). `terminated` counts the workers ended;
 * `started` the ones made.
 */
export function channelWorker() {
  const stats = { started: 0, terminated: 0 };
  const spawn = (): WorkerLike => {
    stats.started++;
    const { port1: page, port2: inside } = new MessageChannel();
    let ended = false;
    let inWorker!: typeof serve;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      inWorker = (require("../../src/taskpane/worker/serve") as { serve: typeof serve }).serve;
    });
    inside.onmessage = (e: MessageEvent<Request>) =>
      void inWorker(e.data, (reply: Reply, transfer?: Transferable[]) => {
        if (!ended) inside.postMessage(reply, transfer ?? []);
      });
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (request) => page.postMessage(request),
      terminate: () => {
        ended = true;
        stats.terminated++;
        page.close();
        inside.close();
      },
    };
    page.onmessage = (e: MessageEvent<Reply>) => worker.onmessage?.(e);
    // Node keeps a process alive while a listened port is open; a browser's worker does not hold a page open.
    for (const port of [page, inside]) (port as unknown as { unref(): void }).unref();
    return worker;
  };
  return { worker: new PaneWorker(spawn), stats };
}
