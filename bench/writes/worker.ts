import { disconnectDb } from "../../lib/db";
import { runMixedWrites } from "../mixed/mixed-writes";
import type { MixedCommand } from "../mixed/protocol";
import { measureWrites } from "./measure-writes";
import type { WorkerMessage, WorkerResult, WorkerTask } from "./protocol";

// Runs inside the server-side worker process (see fork.ts for why a separate process).

function send(message: WorkerMessage): Promise<void> {
  return new Promise((done) => {
    if (!process.send) throw new Error("the bench worker must be started by bench/writes/fork.ts");
    process.send(message, undefined, undefined, () => done());
  });
}

/** Resolves when the parent sends this command (after the task). */
function command(name: MixedCommand["command"]): Promise<void> {
  return new Promise((done) => {
    const listen = (message: MixedCommand) => {
      if (message.command !== name) return;
      process.off("message", listen);
      done();
    };
    process.on("message", listen);
  });
}

function run(task: WorkerTask): Promise<WorkerResult> {
  if (task.kind === "writes") return measureWrites(task);
  return runMixedWrites(task, { ready: () => send({ ready: true }), started: command("start"), stopped: command("stop") });
}

process.once("message", (task: WorkerTask) => {
  void (async () => {
    let message: WorkerMessage;
    try {
      message = { ok: true, result: await run(task) };
    } catch (error) {
      message = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    await disconnectDb().catch(() => undefined);
    await send(message);
    process.exit(0);
  })();
});
