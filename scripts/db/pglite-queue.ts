import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// pglite-socket 0.2.17 serialises client messages one at a time into PGlite's single session,
// keeping a connection's messages together only inside a transaction. An extended-protocol
// batch (Parse, Bind, Describe, Execute, Sync) is not a transaction, so two connections' batches
// can interleave and one Bind lands on the other's unnamed statement ("bind message supplies 1
// parameters ..."), and one failing message leaves the queue stuck for good. Both are upstream
// bug electric-sql/pglite#1046; until a release fixes it, this replaces the queue's loop with
// one that keeps a batch together and survives a failure.

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};

type SessionDatabase = {
  isInTransaction: () => boolean;
  runExclusive: <T>(work: () => Promise<T>) => Promise<T>;
  execProtocolRawStream: (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }) => Promise<unknown>;
};

type MessageQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: SessionDatabase;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

// Frontend message types that continue a batch until the Sync ('S') that ends it.
const BATCH_PARTS = new Set(["P", "B", "D", "E", "C", "H"].map((letter) => letter.charCodeAt(0)));

export function keepBatchesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: MessageQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== "function") {
    throw new Error("pglite-socket changed its queue: review scripts/db/pglite-queue.ts");
  }
  let batchOwner: number | null = null;

  queue.processQueue = async () => {
    if (queue.processing) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = batchOwner ?? (queue.db.isInTransaction() ? queue.lastHandlerId : null);
        const index = owner === null ? 0 : queue.queue.findIndex((entry) => entry.handlerId === owner);
        // The owner's next message has not arrived yet; its arrival restarts the loop.
        if (index === -1) break;
        const [entry] = queue.queue.splice(index, 1);
        if (!entry) break;
        let bytes = 0;
        try {
          await queue.db.runExclusive(() =>
            queue.db.execProtocolRawStream(entry.message, {
              onRawData: (data) => {
                bytes += data.length;
                entry.onData(data);
              },
            }),
          );
          entry.resolve(bytes);
        } catch (error) {
          entry.reject(error);
        }
        queue.lastHandlerId = entry.handlerId;
        const type = entry.message[0];
        batchOwner = type !== undefined && BATCH_PARTS.has(type) ? entry.handlerId : null;
      }
    } finally {
      queue.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clearQueueForHandler(handlerId);
    if (batchOwner === handlerId) {
      // A client that disconnects mid-batch must not hold up everyone else.
      batchOwner = null;
      void queue.processQueue();
    }
  };
}
