import { spawn } from "node:child_process";
import { createServer as createHttpServer } from "node:http";
import { connect, type Socket } from "node:net";
import { networkInterfaces } from "node:os";
import type { RunningApp } from "./app-process";

// Checks of the running app as a process: what it serves to whom, how it stops, how it starts
// when it cannot. Each returns a verdict for tests/e2e/run.ts's list; none sleeps for a fixed time.

export type Check = { name: string; ok: boolean; detail?: string };

const portOf = (url: string) => Number(new URL(url).port);

/** Resolves once connecting to the port is refused (nothing listens), or false after `timeoutMs`. */
async function portClosed(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", () => resolve(true));
    });
    if (refused) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

/** An address of this machine other computers would use, if it has one. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
}

/** Item: the local mailbox answers only this machine, whatever headers a client sends. */
export async function mailboxOnlyForThisMachine(app: RunningApp): Promise<Check> {
  const name = "the local mailbox answers this machine only (404 from other addresses, forged headers or not)";
  const port = portOf(app.url);
  const local = await fetch(`http://127.0.0.1:${port}/en/dev/mailbox`);
  const said = app.output().includes("served only to this machine");
  const address = externalAddress();
  if (!address) return { name, ok: local.status === 200 && said, detail: `local ${local.status}; no external address to test from` };
  const forged = { "x-ra-loopback": "1", "x-ra-client-address": "127.0.0.1", "x-forwarded-for": "127.0.0.1" };
  const remote = await fetch(`http://${address}:${port}/en/dev/mailbox`);
  const remoteForged = await fetch(`http://${address}:${port}/en/dev/mailbox`, { headers: forged });
  return {
    name,
    ok: local.status === 200 && remote.status === 404 && remoteForged.status === 404 && said,
    detail: `127.0.0.1 ${local.status}, ${address} ${remote.status}, forged ${remoteForged.status}, start-up says so: ${said}`,
  };
}

/** Item: SIGTERM lets a request in flight finish with its whole answer, then the app exits 0. */
export async function sigtermFinishesRequestsInFlight(app: RunningApp): Promise<Check> {
  const name = "SIGTERM lets a request in flight finish, whole, then stops the app cleanly";
  const port = portOf(app.url);
  const body = "{}";
  const socket: Socket = connect({ port, host: "127.0.0.1" });
  let received = "";
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("data", (chunk) => (received += chunk.toString()));
  socket.on("error", () => undefined);
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  // Expect: 100-continue makes the server say when it has the request; the body follows later.
  socket.write(
    [
      "POST /api/reports HTTP/1.1",
      `Host: 127.0.0.1:${port}`,
      `Origin: http://127.0.0.1:${port}`,
      "Content-Type: application/json",
      `Content-Length: ${body.length}`,
      "Expect: 100-continue",
      "Connection: close",
      "",
      "",
    ].join("\r\n"),
  );
  const continued = await Promise.race([
    new Promise<boolean>((resolve) => socket.on("data", () => received.includes("100 Continue") && resolve(true))),
    ended.then(() => false),
  ]);
  if (!continued) return { name, ok: false, detail: "the server never said 100 Continue" };
  app.signal("SIGTERM");
  // Stopped accepting: the request is now one in flight while the server drains.
  const closed = await portClosed(port, 30_000);
  socket.write(body);
  await ended;
  const response = received.slice(received.indexOf("\r\n\r\n", received.indexOf("100 Continue")) + 4);
  const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1];
  const code = await app.exited;
  const complete = status === "401" && response.includes('{"error":"not_signed_in"}');
  return { name, ok: closed && complete && code === 0, detail: `stopped listening: ${closed}; answer ${status ?? "none"}${complete ? " complete" : " incomplete"}; exit code ${code}` };
}

/** Item: kill -9 of the start script takes the server with it, so the port is free again. */
export async function killNineLeavesNoServer(app: RunningApp): Promise<Check> {
  const name = "kill -9 of `npm start` leaves no server holding the port";
  app.signal("SIGKILL");
  await app.exited;
  const freed = await portClosed(portOf(app.url), 30_000);
  return { name, ok: freed, detail: freed ? "port free" : "something still listens 30 s later" };
}

/** Item: with the port taken (here: another HTTP server), start-up fails at once and says why. */
export async function takenPortFailsLoudly(env: NodeJS.ProcessEnv, port: number): Promise<Check> {
  const name = "`npm start` with the port taken exits non-zero and names the port";
  const squatter = createHttpServer((_request, response) => response.end("not Recovery Atlas"));
  await new Promise<void>((resolve) => squatter.listen(port, () => resolve()));
  try {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
    clearTimeout(timer);
    const named = output.includes(`Port ${port} is already in use`);
    return { name, ok: code !== 0 && code !== null && named && !output.includes("is running at"), detail: `exit code ${code}; ${named ? "names the port" : output.trim().split("\n").slice(-2).join(" | ")}` };
  } finally {
    await new Promise<void>((resolve) => squatter.close(() => resolve()));
  }
}
