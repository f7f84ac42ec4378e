import type { WorkerLike } from "./client";

/**
 * Starts the pane worker. webpack turns `new Worker(new URL(<module>, import.meta.url))`, written exactly so,
 * into a chunk of its own loaded from the page's origin. Only the bundles import this file; tests give the
 * client a worker of their own.
 */
export function spawnPaneWorker(): WorkerLike {
  return new Worker(
    // @ts-expect-error import.meta is ES module syntax: webpack reads it, tsconfig's CommonJS (for jest) does not.
    new URL("./pane.worker.ts", import.meta.url),
    { name: "worker" },
  ) as unknown as WorkerLike;
}
