import "server-only";
import { spawn } from "node:child_process";
import { join } from "node:path";

// Large exchanges' guides are recomputed in a child process (refresh-child.ts): the statistics of
// a few hundred thousand reports are seconds of synchronous CPU, and in the server process they
// held up every other request, polls included (7.3 s for 226,141 reports). The child has its own
// connection and the same advisory lock, so instances still never recompute one exchange twice at once.

// The child's entry point, by path: the server runs from the repository's root (`npm start`,
// `next start` and the tests all do), and tsx runs the TypeScript source as it is.
const CHILD_ENTRY = join("lib", "data", "guides", "refresh-child.ts");

// Exchanges this process is recomputing now: a page read during a recomputation does not start
// another one for the same exchange.
const inFlight = new Map<string, Promise<void>>();

// A child that has not finished by then is stopped; the next read of the exchange tries again.
const CHILD_TIMEOUT_MS = 5 * 60_000;

function runChild(exchangeIds: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(process.cwd(), CHILD_ENTRY), ...exchangeIds], {
      cwd: process.cwd(),
      env: process.env,
      stdio: ["ignore", "ignore", "pipe"],
      timeout: CHILD_TIMEOUT_MS,
    });
    let errors = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      errors = (errors + chunk).slice(-4000);
    });
    child.on("error", (error) => {
      console.error(`Guide refresh for ${exchangeIds.join(", ")} could not start: ${error.message}`);
      resolve();
    });
    child.on("exit", (code, signal) => {
      if (code !== 0) console.error(`Guide refresh for ${exchangeIds.join(", ")} ended with ${signal ?? `exit code ${code}`}${errors ? `:\n${errors}` : ""}`);
      resolve();
    });
  });
}

/**
 * Recomputes the given exchanges' stale guides in a child process; resolves when it is done (it
 * never rejects: a failure is logged and the next read retries). Exchanges already being
 * recomputed by this process are not started again.
 */
export function refreshGuidesInChildProcess(exchangeIds: readonly string[]): Promise<void> {
  const ids = [...new Set(exchangeIds)].filter((id) => !inFlight.has(id));
  const waiting = exchangeIds.map((id) => inFlight.get(id)).filter((pending) => pending !== undefined);
  if (ids.length > 0) {
    const running = runChild(ids).finally(() => {
      for (const id of ids) inFlight.delete(id);
    });
    for (const id of ids) inFlight.set(id, running);
    waiting.push(running);
  }
  return Promise.all(waiting).then(() => undefined);
}
