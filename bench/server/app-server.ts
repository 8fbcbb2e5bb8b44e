import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../../tests/e2e/app-process";
import { computeBuildStamp, isBuildCurrent, stampPath } from "../../scripts/lib/build-stamp";
import type { Log } from "../lib/format";

// The production server, started the way scripts/start.ts starts it (scripts/serve.ts: Next behind
// the page cache, with the same variables),
// but on a bench database and a free port, with its output kept in a log file. Its jobs run in one
// `npm run worker` beside it (JOBS_IN_APP=false), as a large site would: the largest guides'
// recomputation (seconds of CPU, docs/decisions/010-job-queue.md) then does not stall the server
// being measured.

export type BuildResult = { reused: boolean; seconds: number };

/** Builds the app unless the build in .next matches the sources (the stamp `npm start` writes). */
export function ensureBuild(root: string, log: Log): BuildResult {
  if (isBuildCurrent(root)) {
    log("  reusing the current production build (.next matches the sources)");
    return { reused: true, seconds: 0 };
  }
  log("  building the app (next build, 1-3 minutes)…");
  const started = performance.now();
  const result = spawnSync(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed (see its output above)");
  writeFileSync(stampPath(root), computeBuildStamp(root));
  const seconds = (performance.now() - started) / 1000;
  log(`  built in ${seconds.toFixed(0)} s`);
  return { reused: false, seconds };
}

function nextBin(root: string): string {
  return join(root, "node_modules", "next", "dist", "bin", "next");
}

export type AppServer = {
  url: string;
  /** The server process, for reading its CPU time. */
  pid: number | undefined;
  /** True while the process runs. */
  alive: () => boolean;
  stop: () => Promise<void>;
};

export async function startAppServer({
  root,
  databaseUrl,
  logFile,
}: {
  root: string;
  databaseUrl: string;
  logFile: string;
}): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output = createWriteStream(logFile, { flags: "a" });
  // Node options for the server only, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"
  // to see where its CPU goes under the mixed load (the profile is written when it stops).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", join(root, "scripts", "serve.ts"), "--hostname", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // A secret for this run only: bench sessions are never reused.
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_URL: url,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      JOBS_IN_APP: "false",
      GUIDES_REPAIR_CRON: "off",
    },
  });
  child.stdout?.pipe(output);
  child.stderr?.pipe(output);
  const worker = spawn(process.execPath, ["--import", "tsx", join(root, "scripts", "worker.ts")], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_URL: url, GUIDES_REPAIR_CRON: "off", NODE_ENV: "production" },
  });
  worker.stdout.pipe(output);
  worker.stderr.pipe(output);
  const workerExited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!alive()) {
      worker.kill("SIGKILL");
      throw new Error(`The app exited while starting; see ${logFile}`);
    }
    try {
      const response = await fetch(`${url}/en`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      worker.kill("SIGKILL");
      throw new Error(`The app did not answer at ${url} within 60 s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    pid: child.pid,
    alive,
    stop: async () => {
      if (alive()) {
        child.kill("SIGTERM");
        const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
        if (!stopped) {
          child.kill("SIGKILL");
          await exited;
        }
      }
      if (worker.exitCode === null && worker.signalCode === null) {
        worker.kill("SIGTERM");
        const stopped = await Promise.race([workerExited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
        if (!stopped) {
          worker.kill("SIGKILL");
          await workerExited;
        }
      }
      output.end();
    },
  };
}
