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
import { routing } from "../lib/i18n/routing";
import { parseEnvOrExit } from "./lib/env-or-exit";

// The production server (what `npm start` runs after building): Next's request handler behind
// the shared page cache (docs/decisions/006-page-cache.md). It needs the environment that
// scripts/start.ts passes (DATABASE_URL, AUTH_*), and listens on PORT.

// How often the cache asks PostgreSQL whether anything changed, and how old that answer may be
// before cached pages are no longer served (a stalled poll must not serve stale pages).
const POLL_INTERVAL_MS = 50;
const MAX_LAG_MS = 1000;
// Even without writes a page is rendered again after a minute: open cases wait longer by the day.
const MAX_AGE_MS = 60_000;

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

const app = next({ dev: false, dir: root, port: env.PORT, hostname });
await app.prepare();

const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
// A database restart must not crash the server: the watch reports the outage and keeps polling.
pool.on("error", () => undefined);
const cache = new PageCache({ maxBytes: env.PAGE_CACHE_MB * 1024 * 1024, maxAgeMs: MAX_AGE_MS });
const watch = new VersionWatch({
  source: postgresVersionSource(async (sql) => (await pool.query(sql)).rows),
  cache,
  intervalMs: POLL_INTERVAL_MS,
  onError: (error) => console.error(`Page cache: cannot read the guide versions, serving every page fresh (${error instanceof Error ? error.message : String(error)})`),
});
if (env.PAGE_CACHE_MB > 0) watch.start();

const handleNext = app.getRequestHandler();
const handle =
  env.PAGE_CACHE_MB > 0
    ? createPageCacheHandler({ next: (request, response) => handleNext(request, response), cache, watch, rules: pageCacheRules(routing.locales), maxLagMs: MAX_LAG_MS })
    : (request: Parameters<typeof handleNext>[0], response: Parameters<typeof handleNext>[1]) => handleNext(request, response);

// Malformed addresses, oversized bodies and undecodable server-action posts get their 4xx here.
async function handleGuarded(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const guarded = await guardRequest(request, response);
  if (guarded) await handle(guarded, response);
}

const server = createServer((request, response) => {
  Promise.resolve(handleGuarded(request, response)).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
server.listen(env.PORT, hostname, () => {
  console.log(`▲ Serving on http://${hostname ?? "localhost"}:${env.PORT}${env.PAGE_CACHE_MB > 0 ? ` (page cache ${env.PAGE_CACHE_MB} MB)` : " (page cache off)"}`);
});

async function shutdown(): Promise<void> {
  server.close();
  server.closeAllConnections();
  await watch.stop();
  await pool.end().catch(() => undefined);
  await app.close();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown());
process.once("SIGINT", () => void shutdown());
