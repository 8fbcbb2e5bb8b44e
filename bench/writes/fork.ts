import { fork } from "node:child_process";
import { join } from "node:path";
import type { MixedCommand } from "../mixed/protocol";
import type { WorkerMessage, WorkerResult, WorkerTask, WritesResult, WritesTask } from "./protocol";

// lib/data starts with `import "server-only"`, which throws unless the module is resolved with
// React's server condition, as Next resolves server code. The worker runs in its own Node process
// with `--conditions=react-server` (server-only's package.json maps that condition to an empty
// module) and with DATABASE_URL set before lib/env.ts parses it, so it calls the very functions
// the server actions call, on the bench database, with nothing aliased or mocked.

export type BenchWorker = {
  /** Resolves when the worker says it is set up (only tasks that wait for commands say so). */
  ready: Promise<void>;
  result: Promise<WorkerResult>;
  send: (command: MixedCommand) => void;
};

export function startBenchWorker(root: string, databaseUrl: string, task: WorkerTask): BenchWorker {
  const child = fork(join(root, "bench", "writes", "worker.ts"), [], {
    cwd: root,
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let markReady: () => void = () => undefined;
  let failReady: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      settled = true;
      failReady(error);
      reject(error);
    };
    child.on("message", (raw) => {
      const message = raw as WorkerMessage;
      if ("ready" in message) return markReady();
      if (!message.ok) return fail(new Error(`bench worker: ${message.error}`));
      settled = true;
      markReady();
      resolve(message.result);
    });
    child.once("exit", (code) => {
      if (!settled) fail(new Error(`bench worker exited with code ${code} before answering`));
    });
  });
  // A failure before "ready" is also the result's; nobody need handle it twice.
  ready.catch(() => undefined);
  child.send(task);
  return {
    ready,
    result,
    send: (command) => {
      if (child.connected) child.send(command);
    },
  };
}

export async function runWriteMeasurements(root: string, databaseUrl: string, task: WritesTask): Promise<WritesResult> {
  const result = await startBenchWorker(root, databaseUrl, task).result;
  if (result.kind !== "writes") throw new Error(`bench worker answered a ${result.kind} result to a writes task`);
  return result;
}
