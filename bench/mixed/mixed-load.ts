import autocannon from "autocannon";
import pg from "pg";
import { BROWSER_HEADERS } from "../http/targets";
import type { LoadSettings } from "../http/measure";
import type { Log } from "../lib/format";
import { startBenchWorker } from "../writes/fork";
import type { MixedWritesResult } from "./protocol";

// The "mixed load" row: anonymous readers on the home page, the comparison and the largest guides
// (autocannon, every connection cycling through them) while writers publish reports and cast votes
// at 20 a second across the exchanges (bench/mixed/mixed-writes.ts, in the server-side worker).
// The same readers are first measured alone, in the same run and on the same server, so the ratio
// says what the writes cost the readers; the writes' own write-to-visible is timed under the load.

export const MIXED_WRITES_PER_SECOND = 20;
// Guides in the readers' rotation besides the home page and the comparison: the most reported ones.
const READ_GUIDES = 8;
// Writes run this long before the readers under writes are measured, so the measured seconds see
// the writes' steady state (pages dropped and rendered again, recomputations under way).
const LEAD_IN_MS = 2_000;
const VISIBILITY_TIMEOUT_MS = 10_000;
const GUIDE_PREFIX = "/en/exchanges/";

export type ReadFigures = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type MixedLoadResult = {
  paths: string[];
  readOnly: ReadFigures;
  underWrites: ReadFigures;
  writes: MixedWritesResult;
};

async function readPaths(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT e."slug" FROM "Report" r JOIN "Exchange" e ON e."id" = r."exchangeId"
        WHERE r."status" = 'PUBLISHED' AND r."deletedAt" IS NULL GROUP BY e."slug" ORDER BY count(*) DESC, e."slug" LIMIT $1`,
      [READ_GUIDES],
    );
    return ["/en", "/en/compare", ...rows.map((row) => `${GUIDE_PREFIX}${row.slug}`)];
  } finally {
    await client.end();
  }
}

async function readLoad(appUrl: string, paths: readonly string[], settings: LoadSettings, seconds: number): Promise<ReadFigures> {
  const result = await autocannon({
    url: appUrl,
    headers: BROWSER_HEADERS,
    connections: settings.connections,
    duration: seconds,
    timeout: 60,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function measureMixedLoad({
  root,
  databaseUrl,
  appUrl,
  settings,
  log,
}: {
  root: string;
  databaseUrl: string;
  appUrl: string;
  settings: LoadSettings;
  log: Log;
}): Promise<MixedLoadResult> {
  const paths = await readPaths(databaseUrl);
  const worker = startBenchWorker(root, databaseUrl, {
    kind: "mixed",
    appUrl,
    writesPerSecond: MIXED_WRITES_PER_SECOND,
    maxSeconds: LEAD_IN_MS / 1000 + settings.durationSeconds + 30,
    visibilityTimeoutMs: VISIBILITY_TIMEOUT_MS,
    pageSlugs: paths.filter((path) => path.startsWith(GUIDE_PREFIX)).map((path) => path.slice(GUIDE_PREFIX.length)),
  });
  try {
    await worker.ready;
    if (settings.warmupSeconds > 0) await readLoad(appUrl, paths, settings, settings.warmupSeconds);
    const readOnly = await readLoad(appUrl, paths, settings, settings.durationSeconds);
    log(`    read-only: ${readOnly.requestsPerSecond.toFixed(0)} req/s, p99 ${readOnly.p99} ms over ${paths.length} pages`);
    worker.send({ command: "start" });
    await new Promise((done) => setTimeout(done, LEAD_IN_MS));
    const underWrites = await readLoad(appUrl, paths, settings, settings.durationSeconds);
    worker.send({ command: "stop" });
    const result = await worker.result;
    if (result.kind !== "mixed") throw new Error(`bench worker answered a ${result.kind} result to the mixed load`);
    log(`    under ${result.achievedPerSecond.toFixed(1)} writes/s: ${underWrites.requestsPerSecond.toFixed(0)} req/s, p99 ${underWrites.p99} ms; write-to-visible p99 ${result.page.p99?.toFixed(0) ?? "–"} ms`);
    return { paths, readOnly, underWrites, writes: result };
  } catch (error) {
    worker.send({ command: "stop" });
    throw error;
  }
}
