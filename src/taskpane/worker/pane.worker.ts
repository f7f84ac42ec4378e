import "../jitless";
import type { Reply, Request } from "./protocol";
import { serve } from "./serve";

/** The worker's global scope, as far as it is used: requests in, replies out. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(reply: Reply, transfer: Transferable[]): void;
};
scope.onmessage = (e) => void serve(e.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
