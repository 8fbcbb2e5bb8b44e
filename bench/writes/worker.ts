import { disconnectDb } from "../../lib/db";
import { measureWrites } from "./measure-writes";
import type { WorkerMessage, WritesTask } from "./protocol";

// Runs inside the server-side worker process (see fork.ts for why a separate process).

function send(message: WorkerMessage): Promise<void> {
  return new Promise((done) => {
    if (!process.send) throw new Error("the bench worker must be started by bench/writes/fork.ts");
    process.send(message, undefined, undefined, () => done());
  });
}

process.once("message", (task: WritesTask) => {
  void (async () => {
    let message: WorkerMessage;
    try {
      message = { ok: true, result: await measureWrites(task) };
    } catch (error) {
      message = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    await disconnectDb().catch(() => undefined);
    await send(message);
    process.exit(0);
  })();
});
