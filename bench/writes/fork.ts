import { fork } from "node:child_process";
import { join } from "node:path";
import type { WorkerMessage, WritesResult, WritesTask } from "./protocol";

// lib/data starts with `import "server-only"`, which throws unless the module is resolved with
// React's server condition, as Next resolves server code. The worker runs in its own Node process
// with `--conditions=react-server` (server-only's package.json maps that condition to an empty
// module) and with DATABASE_URL set before lib/env.ts parses it, so it calls the very functions
// the server actions call, on the bench database, with nothing aliased or mocked.

export function runWriteMeasurements(root: string, databaseUrl: string, task: WritesTask): Promise<WritesResult> {
  const child = fork(join(root, "bench", "writes", "worker.ts"), [], {
    cwd: root,
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    child.once("message", (raw) => {
      settled = true;
      const message = raw as WorkerMessage;
      if (!message.ok) reject(new Error(`bench worker: ${message.error}`));
      else resolve(message.result);
    });
    child.once("exit", (code) => {
      if (!settled) reject(new Error(`bench worker exited with code ${code} before answering`));
    });
    child.send(task);
  });
}
