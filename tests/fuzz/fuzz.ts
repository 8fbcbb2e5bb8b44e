import { existsSync, readFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestGenerator, type FuzzRequest, type ServerAction } from "./requests";

// Throws hostile requests at a running app and counts the answers: every page, API route and
// server action, with malformed addresses, naughty strings, wrong content types, forged and
// undecodable server-action posts and oversized bodies. A 5xx is a failure: bad input is the
// client's fault and must get a 4xx (or an ordinary page) quickly.
//
//   npx tsx tests/fuzz/fuzz.ts http://localhost:3000 [--requests 10000] [--concurrency 8] [--seed 1]
//                              [--cookie "authjs.session-token=…"]  (to fuzz as a signed-in user too)
//
// The e2e stage (tests/e2e/run.ts) runs it against the production build.

export type FuzzOptions = {
  baseUrl: string;
  requests?: number;
  concurrency?: number;
  seed?: number;
  /** Stops sending after this long, so a slow machine cannot hold CI up. */
  maxDurationMs?: number;
  /** How long one request may take before it counts as hung. */
  requestTimeoutMs?: number;
  /** The build's server actions; read from .next when not given. */
  actions?: readonly ServerAction[];
  /** A signed-in user's Cookie header: three requests in ten carry it, so the signed-in paths are fuzzed too. */
  sessionCookie?: string;
};

export type FuzzReport = {
  sent: number;
  durationMs: number;
  statuses: Record<string, number>;
  serverErrors: { request: string; status: number; body: string }[];
  /** Requests that got no answer in time, or whose connection failed other than by a refusal. */
  failures: { request: string; error: string }[];
  byKind: Record<string, number>;
  /** Total answer time per kind of request, to see where the time goes. */
  msByKind: Record<string, number>;
  slowestMs: number;
};

/** The build's server actions, from Next's manifest: real ids reach the actions' own code. */
export function readServerActions(root = process.cwd()): ServerAction[] {
  const file = join(root, ".next", "server", "server-reference-manifest.json");
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, { exportedName?: string }> };
  return Object.entries(manifest.node ?? {}).map(([id, entry]) => ({ id, name: entry.exportedName ?? id }));
}

function describe(request: FuzzRequest): string {
  const body = request.body ? ` body=${JSON.stringify(request.body.subarray(0, 120).toString("latin1"))}` : request.declaredLength ? ` declared=${request.declaredLength}` : "";
  return `${request.kind} ${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers)}${body}`;
}

type Outcome = { status: number | null; body: string; error?: string; ms: number };

function send(agent: Agent, base: URL, request: FuzzRequest, timeoutMs: number): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<Outcome, "ms">) => {
      if (settled) return;
      settled = true;
      resolve({ ...outcome, ms: Date.now() - started });
    };
    const headers: Record<string, string> = { ...request.headers };
    if (request.declaredLength !== undefined) headers["content-length"] = String(request.declaredLength);
    else if (request.body) headers["content-length"] = String(request.body.length);
    let outgoing: ReturnType<typeof httpRequest>;
    try {
      outgoing = httpRequest(
        {
          host: base.hostname,
          port: base.port,
          method: request.method,
          path: request.path,
          headers,
          // As much as a browser takes: a long address comes back in next-intl's Link header.
          maxHeaderSize: 256 * 1024,
          // A refused oversized body closes its connection: it must not take a pooled one down.
          agent: request.declaredLength !== undefined || (request.body?.length ?? 0) > 1024 * 1024 ? false : agent,
        },
        (response) => {
          let body = "";
          response.setEncoding("latin1");
          response.on("data", (chunk: string) => {
            if (body.length < 400) body += chunk;
          });
          response.on("end", () => finish({ status: response.statusCode ?? 0, body }));
          response.on("error", (error) => finish({ status: response.statusCode ?? 0, body, error: error.message }));
          // An announced 100 MB body is never sent: the answer is all that matters.
          if (request.declaredLength !== undefined) response.on("end", () => outgoing.destroy());
        },
      );
    } catch (error) {
      // Node itself refused to send it (a header it will not write): nothing reached the app.
      finish({ status: null, body: "", error: `not sent: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    outgoing.setTimeout(timeoutMs, () => {
      finish({ status: null, body: "", error: `no answer within ${timeoutMs} ms` });
      outgoing.destroy();
    });
    outgoing.on("error", (error: NodeJS.ErrnoException) => finish({ status: null, body: "", error: `${error.code ?? ""} ${error.message}` }));
    if (request.declaredLength !== undefined) {
      outgoing.write(Buffer.alloc(64 * 1024, "["));
      return;
    }
    outgoing.end(request.body);
  });
}

export async function runFuzz({
  baseUrl,
  requests = 10_000,
  concurrency = 8,
  seed = 1,
  maxDurationMs = 300_000,
  requestTimeoutMs = 15_000,
  actions = readServerActions(),
  sessionCookie,
}: FuzzOptions): Promise<FuzzReport> {
  const base = new URL(baseUrl);
  const next = createRequestGenerator({ seed, actions, origin: base.origin, sessionCookie });
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const report: FuzzReport = { sent: 0, durationMs: 0, statuses: {}, serverErrors: [], failures: [], byKind: {}, msByKind: {}, slowestMs: 0 };
  const started = Date.now();

  async function worker(): Promise<void> {
    while (report.sent < requests && Date.now() - started < maxDurationMs) {
      const request = next();
      report.sent += 1;
      const kind = request.kind.split(":")[0] ?? request.kind;
      report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
      const outcome = await send(agent, base, request, requestTimeoutMs);
      report.slowestMs = Math.max(report.slowestMs, outcome.ms);
      report.msByKind[request.kind] = (report.msByKind[request.kind] ?? 0) + outcome.ms;
      if (outcome.status === null) {
        // Node refusing to send a header, or the server closing a refused oversized upload,
        // is not an answer from the app; anything else (a hang, a reset) is a failure.
        const refusedUpload = request.declaredLength !== undefined || (request.body?.length ?? 0) > 1024 * 1024;
        if (outcome.error?.startsWith("not sent")) report.statuses["not sent"] = (report.statuses["not sent"] ?? 0) + 1;
        else if (refusedUpload && /ECONNRESET|EPIPE|socket hang up/.test(outcome.error ?? "")) report.statuses["closed (oversized)"] = (report.statuses["closed (oversized)"] ?? 0) + 1;
        else report.failures.push({ request: describe(request), error: outcome.error ?? "no answer" });
        continue;
      }
      report.statuses[outcome.status] = (report.statuses[outcome.status] ?? 0) + 1;
      if (outcome.status >= 500) report.serverErrors.push({ request: describe(request), status: outcome.status, body: outcome.body.slice(0, 200) });
    }
  }

  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  agent.destroy();
  report.durationMs = Date.now() - started;
  return report;
}

export function formatReport(report: FuzzReport): string {
  const statuses = Object.entries(report.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
  const lines = [
    `Fuzz: ${report.sent} hostile requests in ${(report.durationMs / 1000).toFixed(1)} s (${Object.entries(report.byKind).map(([kind, count]) => `${kind} ${count}`).join(", ")}); slowest answer ${report.slowestMs} ms`,
    `  statuses: ${statuses}`,
    `  5xx: ${report.serverErrors.length}, failed requests: ${report.failures.length}`,
  ];
  for (const error of report.serverErrors.slice(0, 10)) lines.push(`  ✘ ${error.status} ← ${error.request}\n      ${JSON.stringify(error.body)}`);
  for (const failure of report.failures.slice(0, 10)) lines.push(`  ✘ ${failure.error} ← ${failure.request}`);
  return lines.join("\n");
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const baseUrl = process.argv[2];
  if (!baseUrl || baseUrl.startsWith("--")) {
    console.error("Usage: npx tsx tests/fuzz/fuzz.ts <base URL> [--requests 10000] [--concurrency 8] [--seed 1]");
    process.exit(2);
  }
  const report = await runFuzz({
    baseUrl,
    requests: Number(argument("requests") ?? 10_000),
    concurrency: Number(argument("concurrency") ?? 8),
    seed: Number(argument("seed") ?? 1),
    sessionCookie: argument("cookie"),
  });
  console.log(formatReport(report));
  process.exit(report.serverErrors.length === 0 && report.failures.length === 0 ? 0 : 1);
}
