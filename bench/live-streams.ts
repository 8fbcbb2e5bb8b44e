import { mkdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { applyMigrations } from "../scripts/db/migrate";
import { createScriptPrisma } from "../scripts/db/script-prisma";
import { seedDatabase } from "../scripts/db/seed";
import { createFreshDatabase, dropDatabase, resolveServerUrl } from "./data/database";
import { openStreamClient, processCpuSeconds, type StreamClient } from "./live/stream-clients";
import { summarize } from "./lib/stats";
import { ensureBuild, startAppServer } from "./server/app-server";

// `npm run bench:live [-- --clients 5000 --writes 20]`: how many open live tabs one instance holds
// (docs/decisions/015-pushed-live-updates.md). Serves the production build on a fresh seeded
// database of the local PostgreSQL, opens that many event streams spread over every guide and the
// comparison, measures the server's CPU while they idle, then commits writes the way a report
// does (its exchange's counter and the comparison's, one transaction) and times each event's
// arrival at every stream that watches it. Beside it, the polling it replaced: what
// GET /api/guides/version answers per second under 10 connections, and so how many tabs polling
// every 250 ms would saturate the instance.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const CLIENTS = argument("clients", 5000);
const WRITES = argument("writes", 20);
const IDLE_SECONDS = 10;
const DELIVERY_TIMEOUT_MS = 15_000;
const TARGET_CLIENTS = 5000;
const TARGET_P99_MS = 1000;
// "Server CPU for idle tabs ≈ 0": at most this share of one core above the same server with none.
const TARGET_IDLE_CPU_PERCENT = 5;
const OLD_POLLS_PER_TAB_PER_SECOND = 4;
const log = (message: string) => console.log(message);

const serverUrl = resolveServerUrl(process.env.DATABASE_URL);
const databaseName = "ra_bench_live";
const databaseUrl = await createFreshDatabase(serverUrl, databaseName);
const clients: StreamClient[] = [];
let stopServer: () => Promise<void> = async () => {};
try {
  log(`Live streams: ${CLIENTS} clients, ${WRITES} writes; ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`);
  await applyMigrations({ connectionString: databaseUrl });
  const prisma = createScriptPrisma(databaseUrl);
  await seedDatabase(prisma, { onlyIfEmpty: true });
  await prisma.$disconnect();
  ensureBuild(root, log);
  mkdirSync(join(root, "bench", ".results"), { recursive: true });
  const server = await startAppServer({ root, databaseUrl, logFile: join(root, "bench", ".results", "live-streams-server.log") });
  stopServer = server.stop;
  const pid = server.pid ?? 0;

  const database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();
  const exchanges = (await database.query<{ id: string; slug: string }>(`SELECT "id", "slug" FROM "Exchange" ORDER BY "slug"`)).rows;

  // The polling it replaced, first, while nothing else runs.
  const polled = await autocannon({ url: `${server.url}/api/guides/version?slug=${exchanges[0]?.slug}`, connections: 10, duration: 5 });
  const pollsPerSecond = polled.requests.average;

  const idleCpu = async () => {
    const before = await processCpuSeconds(pid);
    await new Promise((done) => setTimeout(done, IDLE_SECONDS * 1000));
    return ((await processCpuSeconds(pid)) - before) / IDLE_SECONDS * 100;
  };
  const cpuWithoutClients = await idleCpu();

  const openedAt = performance.now();
  for (let start = 0; start < CLIENTS; start += 250) {
    const batch = Array.from({ length: Math.min(250, CLIENTS - start) }, (_, offset) => {
      const index = start + offset;
      // One tab in ten on the comparison, the rest spread over the guides.
      const exchange = exchanges[index % exchanges.length];
      return index % 10 === 9 || !exchange ? openStreamClient(server.url, "scope=comparison", "comparison") : openStreamClient(server.url, `slug=${exchange.slug}`, exchange.id);
    });
    clients.push(...(await Promise.all(batch)));
  }
  const openSeconds = (performance.now() - openedAt) / 1000;
  log(`  ${clients.length} streams open in ${openSeconds.toFixed(1)} s`);
  const cpuWithClients = await idleCpu();

  const latencies: number[] = [];
  let missed = 0;
  for (let write = 0; write < WRITES; write++) {
    const exchange = exchanges[write % exchanges.length];
    if (!exchange) break;
    await database.query("BEGIN");
    const bump = `INSERT INTO "GuideCounter" ("key", "version", "updatedAt") VALUES ($1, 1, now())
      ON CONFLICT ("key") DO UPDATE SET "version" = "GuideCounter"."version" + 1, "updatedAt" = now() RETURNING "version"`;
    const exchangeVersion = (await database.query<{ version: number }>(bump, [exchange.id])).rows[0]?.version;
    const comparisonVersion = (await database.query<{ version: number }>(bump, ["comparison"])).rows[0]?.version;
    const stats = (await database.query<{ own: number; sum: number }>(
      `SELECT COALESCE((SELECT "version" FROM "ExchangeGuide" WHERE "exchangeId" = $1), 0)::int AS "own", COALESCE((SELECT SUM("version") FROM "ExchangeGuide"), 0)::int AS "sum"`,
      [exchange.id],
    )).rows[0];
    await database.query("COMMIT");
    const committedAt = performance.now();
    const expected = new Map([
      [exchange.id, `${exchangeVersion}/${stats?.own ?? 0}`],
      ["comparison", `${comparisonVersion}/${stats?.sum ?? 0}`],
    ]);
    const watching = clients.filter((client) => expected.has(client.topic));
    const arrivals = await Promise.all(
      watching.map((client) =>
        Promise.race([client.eventWithId(expected.get(client.topic) ?? ""), new Promise<null>((done) => setTimeout(() => done(null), DELIVERY_TIMEOUT_MS))]),
      ),
    );
    for (const arrival of arrivals) {
      if (arrival === null) missed += 1;
      else latencies.push(arrival - committedAt);
    }
  }
  await database.end();

  const delivery = summarize(latencies);
  const extraCpu = cpuWithClients - cpuWithoutClients;
  const pollingTabs = Math.floor(pollsPerSecond / OLD_POLLS_PER_TAB_PER_SECOND);
  const streamsPass = clients.length >= TARGET_CLIENTS && missed === 0 && (delivery.p99 ?? Infinity) <= TARGET_P99_MS;
  const cpuPass = extraCpu <= TARGET_IDLE_CPU_PERCENT;
  log("");
  log("| what | polling every 250 ms (before) | event streams (now) | ratio | target | result |");
  log("|---|---|---|---|---|---|");
  log(
    `| open live tabs one instance holds | ~${pollingTabs} (version endpoint ${pollsPerSecond.toFixed(0)} req/s ÷ 4) | ${clients.length} held, ${latencies.length} deliveries, ${missed} missed, p50 ${delivery.p50?.toFixed(0)} ms, p99 ${delivery.p99?.toFixed(0)} ms after commit | ${(clients.length / Math.max(1, pollingTabs)).toFixed(0)}x | ≥ ${TARGET_CLIENTS}, p99 ≤ ${TARGET_P99_MS} ms | ${streamsPass ? "PASS" : "MISS"} |`,
  );
  log(
    `| server CPU while tabs idle (% of one core) | ${pollingTabs} tabs keep it saturated | ${cpuWithClients.toFixed(1)} % with ${clients.length} streams vs ${cpuWithoutClients.toFixed(1)} % with none | ${extraCpu >= 0 ? "+" : ""}${extraCpu.toFixed(1)} points | ≈ 0 (≤ +${TARGET_IDLE_CPU_PERCENT}) | ${cpuPass ? "PASS" : "MISS"} |`,
  );
  process.exitCode = streamsPass && cpuPass ? 0 : 1;
} finally {
  for (const client of clients) client.close();
  await stopServer();
  await dropDatabase(serverUrl, databaseName);
}
