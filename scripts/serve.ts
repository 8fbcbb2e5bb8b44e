import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import pg from "pg";
import { createPageCacheHandler } from "../lib/page-cache/handler";
import { postgresVersionSource } from "../lib/page-cache/pg-version-source";
import { pageCacheRules } from "../lib/page-cache/rules";
import { PageCache } from "../lib/page-cache/store";
import { guardRequest } from "../lib/security/request-guard";
import { VersionWatch } from "../lib/page-cache/version-watch";
import { LIVE_STREAM_PATH, LiveHub } from "../lib/live/live-hub";
import { listenForVersions } from "../lib/live/version-listener";
import { routing } from "../lib/i18n/routing";
import { dropUntrustedForwardedHeaders } from "../lib/security/proxy-headers";
import { forwardedClientAddress, stampClientHeaders, TRUSTED_CLIENT_HEADERS_ENV } from "../lib/security/client-headers";
import { parseEnvOrExit } from "./lib/env-or-exit";
import { readFileSync } from "node:fs";
import { robotsWithSitemap } from "../lib/domain/seo/robots";
import { startJobRunner, type JobRunner } from "../lib/data/jobs/start-job-runner";

// The production server (what `npm start` runs after building): Next's request handler behind
// the shared page cache (docs/decisions/006-page-cache.md). It needs the environment that
// scripts/start.ts passes (DATABASE_URL, AUTH_*), and listens on PORT.

// How often the cache and the live streams ask PostgreSQL whether anything changed, and how old
// that answer may be before cached pages are no longer served (a stalled poll must not serve
// stale pages). While LISTEN holds, a notification starts each read and the poll is a safety net.
const POLL_INTERVAL_MS = 50;
const POLL_INTERVAL_WHILE_LISTENING_MS = 500;
// Open live streams one process holds; past it a tab falls back to asking now and then.
const MAX_LIVE_STREAMS = 20_000;
const MAX_LAG_MS = 1000;
// After a write is seen, readers still get the previous copy for at most this long while one render
// replaces it; then they wait for the render. A render takes about 0.1 s, so the copy is replaced
// well within a second; the bound only matters when writes ask for more renders than the process
// makes, and then readers get a page a few seconds old at once rather than queue behind renders
// for as long (ADR 006). A reload (max-age=0) always waits for a page that shows the write.
const MAX_STALE_MS = 5_000;
// Even without writes a page is rendered again after a minute: open cases wait longer by the day.
const MAX_AGE_MS = 60_000;
// On SIGTERM, requests already being answered get this long to finish before their connections
// are cut (scripts/start.ts waits longer than this before it kills the process).
const DRAIN_TIMEOUT_MS = 10_000;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const env = parseEnvOrExit();
if (!env.DATABASE_URL) {
  console.error("✖ scripts/serve.ts needs DATABASE_URL (npm start sets it, also for the embedded database)");
  process.exit(1);
}
// `--hostname 127.0.0.1` to listen on one address only (the benchmark does); by default every
// address, as `next start`. Not the HOSTNAME variable: containers set it to their own name.
const hostnameFlag = process.argv.indexOf("--hostname");
const hostname = hostnameFlag === -1 ? undefined : process.argv[hostnameFlag + 1];

// Started by scripts/start.ts with an IPC channel: it closes when that process dies, even by
// kill -9, and a server left behind would hold the port without its (embedded) database. Until
// the server is up there is nothing to drain.
let whenParentIsGone: () => void = () => process.exit(1);
process.once("disconnect", () => whenParentIsGone());

// Every request gets its client headers from this process (lib/security/client-headers.ts); the
// app trusts them because this variable says it runs behind that code.
process.env[TRUSTED_CLIENT_HEADERS_ENV] = "1";

const app = next({ dev: false, dir: root, port: env.PORT, hostname });
await app.prepare();

const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
// A database restart must not crash the server: the watch reports the outage and keeps polling.
pool.on("error", () => undefined);
const query = async <Row>(sql: string) => (await pool.query(sql)).rows as Row[];
const cache = new PageCache({ maxBytes: env.PAGE_CACHE_MB * 1024 * 1024, maxAgeMs: MAX_AGE_MS, maxStaleMs: MAX_STALE_MS });
const live = new LiveHub({ maxClients: MAX_LIVE_STREAMS });
const watch = new VersionWatch({
  source: postgresVersionSource(query),
  cache,
  intervalMs: POLL_INTERVAL_MS,
  // The read that found the change also holds the live versions; the cache has dropped the
  // changed pages by now, so a tab that reloads on the event gets the new one.
  onChange: (_change, snapshot) => live.publish(snapshot),
  onError: (error) => console.error(`Page cache: cannot read the guide versions, serving every page fresh (${error instanceof Error ? error.message : String(error)})`),
});
watch.start();
const listener = process.env.RECOVERY_ATLAS_EMBEDDED
  ? null
  : listenForVersions({
      connectionString: env.DATABASE_URL,
      onNotify: () => watch.wake(),
      onListening: (listening) => watch.setInterval(listening ? POLL_INTERVAL_WHILE_LISTENING_MS : null),
      onError: (error) => console.error(`Live updates: LISTEN lost, polling until it is back (${error instanceof Error ? error.message : String(error)})`),
    });

// The URL the app is reached at (scripts/start.ts always sets AUTH_URL): shared pages are rendered for it.
const publicOrigin = env.AUTH_URL ?? `http://localhost:${env.PORT}`;
const trustProxy = env.TRUST_PROXY === "true";
const robotsText = robotsWithSitemap(readFileSync(resolve(root, "public", "robots.txt"), "utf8"), publicOrigin);

const handleNext = app.getRequestHandler();
const handle =
  env.PAGE_CACHE_MB > 0
    ? createPageCacheHandler({ next: (request, response) => handleNext(request, response), cache, watch, rules: pageCacheRules(routing.locales), maxLagMs: MAX_LAG_MS, publicOrigin })
    : (request: Parameters<typeof handleNext>[0], response: Parameters<typeof handleNext>[1]) => handleNext(request, response);

// Malformed addresses, oversized bodies and undecodable server-action posts get their 4xx here.
async function handleGuarded(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const guarded = await guardRequest(request, response);
  if (!guarded) return;
  const pathname = new URL(guarded.url ?? "/", "http://localhost").pathname;
  if (pathname === LIVE_STREAM_PATH) live.handle(guarded, response);
  else if (pathname === "/robots.txt" && (guarded.method === "GET" || guarded.method === "HEAD")) {
    response.writeHead(200, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" });
    response.end(guarded.method === "HEAD" ? undefined : robotsText);
  } else await handle(guarded, response);
}

let stopping = false;
const server = createServer((request, response) => {
  // The client marks first, while the proxy headers still say whether the request was forwarded;
  // then untrusted proxy headers, anyone's to forge (TRUST_PROXY), go before the cache and Next.
  stampClientHeaders(request.headers, trustProxy ? (forwardedClientAddress(request.headers) ?? request.socket.remoteAddress) : request.socket.remoteAddress);
  dropUntrustedForwardedHeaders(request.headers, trustProxy);
  // While draining, a keep-alive connection is closed as soon as its request is answered.
  if (stopping) response.setHeader("Connection", "close");
  response.once("finish", () => {
    if (stopping) server.closeIdleConnections();
  });
  Promise.resolve(handleGuarded(request, response)).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// A port that is taken must stop the start, loudly: otherwise whatever holds it answers instead.
server.once("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `✖ Port ${env.PORT} is already in use: another program (or a Recovery Atlas left running) listens on it. Stop it or set PORT.`
      : `✖ Cannot listen on port ${env.PORT}: ${error.message}`,
  );
  process.exit(1);
});
// The job queue's workers (docs/decisions/010-job-queue.md): reminders, guide refreshes and
// repairs, unless separate `npm run worker` processes run them (JOBS_IN_APP=false). A queue that
// cannot start leaves the site serving.
let jobRunner: Promise<JobRunner | undefined> = Promise.resolve(undefined);
if (env.JOBS_IN_APP === "true") {
  jobRunner = startJobRunner({
    connectionString: env.DATABASE_URL,
    poolSize: env.JOBS_POOL_SIZE,
    scanSeconds: env.REMINDER_SCAN_SECONDS,
    origin: publicOrigin,
    smtpUrl: env.SMTP_URL,
    emailFrom: env.EMAIL_FROM,
    authUrl: env.AUTH_URL,
    repairSchedule: env.GUIDES_REPAIR_CRON === "off" ? null : env.GUIDES_REPAIR_CRON,
  }).catch((error: unknown) => {
    console.error(`Job queue did not start, reminders are not sent and large guides are recomputed in this process: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
}

server.listen(env.PORT, hostname, () => {
  const cacheNote = env.PAGE_CACHE_MB > 0 ? `page cache ${env.PAGE_CACHE_MB} MB for ${publicOrigin}` : "page cache off";
  console.log(`▲ Serving on http://${hostname ?? "localhost"}:${env.PORT} (${cacheNote}; proxy headers ${trustProxy ? "trusted" : "dropped"})`);
  // scripts/start.ts waits for this rather than for any answer on the port, which could come from another server.
  process.send?.({ type: "listening", port: env.PORT });
});

/** Stops accepting, lets requests in flight finish (at most DRAIN_TIMEOUT_MS), then closes. */
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Whatever happens below (a database that is gone with its parent), the process ends.
  setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS + 5000).unref();
  const drained = new Promise<void>((done) => server.close(() => done()));
  // Open live streams never finish by themselves; their pages reconnect to another instance.
  live.close();
  server.closeIdleConnections();
  const timedOut = await Promise.race([drained.then(() => false), new Promise<boolean>((done) => setTimeout(() => done(true), DRAIN_TIMEOUT_MS).unref())]);
  if (timedOut) {
    console.error(`Requests still running after ${DRAIN_TIMEOUT_MS / 1000} s were cut off.`);
    server.closeAllConnections();
  }
  await watch.stop();
  await listener?.stop();
  await (await jobRunner)?.stop();
  await pool.end().catch(() => undefined);
  await app.close();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown());
process.once("SIGINT", () => void shutdown());
whenParentIsGone = () => void shutdown();
