import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

// Starts the app exactly as a user does (`npm start`'s script) and reads its output.

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type RunningApp = {
  url: string;
  output: () => string;
  /** Ctrl-C, then its exit code. */
  stop: () => Promise<number | null>;
  /** Sends `signal` to the start script (the process a user runs). */
  signal: (signal: NodeJS.Signals) => void;
  /** Its exit code (null: killed by a signal). */
  exited: Promise<number | null>;
};

export async function startApp(env: NodeJS.ProcessEnv, { timeoutMs = 15 * 60_000 } = {}): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    const check = () => {
      const match = /is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited with code ${code} while starting`));
    });
  });

  return {
    url,
    output: () => output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      return exited;
    },
    signal: (signal) => {
      child.kill(signal);
    },
    exited,
  };
}
