import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { benchDatabaseName, createFreshDatabase, databaseExists, databaseUrl, dropDatabase, resolveServerUrl } from "./data/database";
import { rebuildGuideAggregates } from "./data/aggregates";
import { describeDataset } from "./data/inspect";
import { loadDataset } from "./data/load";
import { measureMixedLoad } from "./mixed/mixed-load";
import { measureTarget, type HttpResult, type HttpTarget, type LoadSettings } from "./http/measure";
import { baselineTargets, compareTarget, guideTarget, renderedGuideTarget, uncompressedGuideTarget } from "./http/targets";
import { parseBenchArgs, USAGE, type BenchOptions } from "./lib/args";
import { formatCount, formatSeconds } from "./lib/format";
import { renderText, writeReports } from "./report/render";
import type { BenchResults, SizeRun } from "./report/results";
import { ensureBuild, startAppServer, type AppServer } from "./server/app-server";
import { runWriteMeasurements } from "./writes/fork";
import { measureLighterPages } from "./pages/lighter-pages";

// `npm run bench`: loads generated data sets into fresh local databases, serves the production
// build on each, measures pages and writes, prints one table with every figure beside its
// target, and cleans up. See bench/README.md.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const resultsFolder = join(root, "bench", ".results");
const log = (message: string) => console.log(message);

// Reports are dated up to this fixed day, so a seed gives the same data set whenever it runs.
const DATA_START = new Date("2017-01-01T00:00:00Z");
const DATA_END = new Date("2026-10-31T00:00:00Z");
const SERVER_WARM_UP_SECONDS = 10;

const cleanup: { servers: Set<AppServer>; databases: Set<string>; serverUrl: string | null; keep: boolean } = {
  servers: new Set(),
  databases: new Set(),
  serverUrl: null,
  keep: false,
};

async function cleanUp(): Promise<void> {
  for (const server of cleanup.servers) await server.stop().catch(() => undefined);
  cleanup.servers.clear();
  if (cleanup.keep || !cleanup.serverUrl) return;
  for (const name of cleanup.databases) {
    await dropDatabase(cleanup.serverUrl, name).catch((error: unknown) => console.error(`Could not drop ${name}: ${String(error)}`));
  }
  cleanup.databases.clear();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and dropping the bench databases…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function postgresVersion(serverUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return `PostgreSQL ${rows[0]?.server_version ?? "?"}`;
  } finally {
    await client.end();
  }
}

async function startServer(databaseUrlForRun: string, reports: number, warmUp: HttpTarget | undefined): Promise<AppServer> {
  const server = await startAppServer({ root, databaseUrl: databaseUrlForRun, logFile: join(resultsFolder, `server-r${reports}.log`) });
  cleanup.servers.add(server);
  // A fresh server needs a few seconds of traffic before its figures settle (JIT, caches).
  if (warmUp) await autocannon({ url: `${server.url}${warmUp.path}`, connections: 10, duration: SERVER_WARM_UP_SECONDS });
  return server;
}

async function stopServer(server: AppServer): Promise<void> {
  await server.stop();
  cleanup.servers.delete(server);
}

async function measurePages(
  server: AppServer,
  targets: readonly HttpTarget[],
  settings: LoadSettings,
  restart: () => Promise<AppServer>,
): Promise<{ results: HttpResult[]; server: AppServer }> {
  const results: HttpResult[] = [];
  let current = server;
  for (const target of targets) {
    log(`  ${target.label} …`);
    const result = await measureTarget(current.url, target, settings);
    results.push(result);
    log(
      result.outcome === "measured"
        ? `    ${result.requestsPerSecond?.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms (${formatCount(result.requests)} requests)`
        : `    ${result.outcome}: ${result.note ?? ""}`,
    );
    // A page that timed out may still be rendering, or may have taken the server down: start
    // afresh so the next figure is not measured against its leftovers.
    if (result.outcome === "too-slow" || result.outcome === "failed" || !current.alive()) {
      log("    restarting the server for a clean state");
      await stopServer(current);
      current = await restart();
    }
  }
  return { results, server: current };
}

/** The page bytes, the signed-in reader's guide, the write timings and write-to-visible. */
async function measurePagesAndWrites(server: AppServer, url: string, slug: string, guidePath: string, results: HttpResult[], options: BenchOptions, settings: LoadSettings) {
  log("  lighter pages: bytes, and a signed-in reader's guide …");
  const lighterPages = await measureLighterPages({ baseUrl: server.url, databaseUrl: url, guidePath, comparePath: options.comparePath, settings, log });
  if (lighterPages.error !== null) log(`    ✖ ${lighterPages.error}`);

  const guideResult = results.find((result) => result.key === "guide");
  // A slow guide is still polled (each write then takes about one render), unless it never answered.
  const guideMs = guideResult?.single?.status === 200 ? guideResult.single.ms : null;
  const pageSkipped = guideMs === null ? `the guide page did not answer (${guideResult?.note ?? guideResult?.outcome ?? "not measured"})` : null;
  log(`  writes: ${options.writeCalls} createReport and castVote calls, then write-to-visible …`);
  const writes = await runWriteMeasurements(root, url, {
    kind: "writes",
    appUrl: server.url,
    exchangeSlug: slug,
    guidePath,
    calls: options.writeCalls,
    visibilityWrites: options.visibilityWrites,
    visibilityTimeoutMs: Math.max(10_000, Math.ceil(3 * (guideMs ?? 0))),
    pageSkipped,
  });
  log(`    createReport p50 ${writes.createReport.p50?.toFixed(1)} ms, castVote p50 ${writes.castVote.p50?.toFixed(1)} ms`);
  log(`    statistics counted a new report after p50 ${writes.statsLag.p50?.toFixed(0) ?? "–"} ms, p99 ${writes.statsLag.p99?.toFixed(0) ?? "–"} ms (${writes.statsLag.n} writes, ${writes.statsLag.timedOut} timed out)`);
  return { writes, lighterPages, pageSkipped };
}

async function runSize(options: BenchOptions, serverUrl: string, reports: number, settings: LoadSettings): Promise<SizeRun> {
  const name = benchDatabaseName(reports);
  log(`\n■ ${formatCount(reports)} reports — database ${name}`);
  let load: SizeRun["load"] = null;
  let url: string;
  if (options.skipLoad) {
    if (!(await databaseExists(serverUrl, name))) throw new Error(`--skip-load: database ${name} does not exist; run once with --keep first.`);
    url = databaseUrl(serverUrl, name);
    log("  reusing the loaded database (--skip-load)");
  } else {
    url = await createFreshDatabase(serverUrl, name);
    cleanup.databases.add(name);
    const plan = {
      seed: options.seed,
      reports,
      users: Math.max(1000, Math.round(reports / 5)),
      votes: reports * options.votesPerReport,
      start: DATA_START,
      end: DATA_END,
    };
    log(`  generating ${formatCount(plan.reports)} reports, ${formatCount(plan.votes)} votes, ${formatCount(plan.users)} users, ${options.exchanges} exchanges (seed ${plan.seed})`);
    load = await loadDataset({ connectionString: url, plan, exchanges: options.exchanges, log });
    log(`  loaded in ${formatSeconds(load.seconds.total)}`);
  }

  log("  rebuilding the guide aggregates …");
  const aggregates = await rebuildGuideAggregates(url);
  log(
    aggregates.error === null
      ? `  ${aggregates.exchanges} guides rebuilt by ${aggregates.called} in ${formatSeconds(aggregates.seconds)}`
      : `  ✖ ${aggregates.called} failed after ${formatSeconds(aggregates.seconds)}: ${aggregates.error}`,
  );
  const facts = await describeDataset(url);
  log(`  heaviest guide: ${facts.top.slug} with ${formatCount(facts.top.publishedReports)} published reports`);

  const guide = guideTarget(root, facts.top.slug);
  const baselines = baselineTargets(root);
  const [loadAverage = 0] = loadavg();
  if (loadAverage > cpus().length) log(`  ⚠ load average ${loadAverage.toFixed(1)} on ${cpus().length} cores: other work is running, figures will be low and noisy`);
  // --only mixed: the server is still warmed up on the baseline, then only the mixed load runs.
  const onlyMixed = options.only === "mixed";
  const targets = onlyMixed ? [] : [...baselines, guide, compareTarget(options.comparePath), uncompressedGuideTarget(guide), renderedGuideTarget(guide)];
  let server = await startServer(url, reports, baselines[0]);
  const pages = await measurePages(server, targets, settings, () => startServer(url, reports, baselines[0]));
  server = pages.server;
  const { writes, lighterPages, pageSkipped } = onlyMixed ? { writes: null, lighterPages: null, pageSkipped: null } : await measurePagesAndWrites(server, url, facts.top.slug, guide.path, pages.results, options, settings);
  log("  mixed load: readers alone, then beside 20 writes/s …");
  const mixed = pageSkipped === null ? await measureMixedLoad({ root, databaseUrl: url, appUrl: server.url, settings, log }) : { skipped: pageSkipped };
  await stopServer(server);

  if (!options.keep && cleanup.databases.has(name)) {
    await dropDatabase(serverUrl, name);
    cleanup.databases.delete(name);
    log(`  dropped ${name}`);
  }
  return { reports, database: name, load, facts, aggregates, guidePath: guide.path, loadAverage, http: pages.results, writes, lighterPages, mixed };
}

async function main(): Promise<void> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (parsed === "help") {
    console.log(USAGE);
    return;
  }
  const options = parsed;
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const serverUrl = resolveServerUrl(process.env.DATABASE_URL);
  cleanup.serverUrl = serverUrl;
  cleanup.keep = options.keep;
  const settings: LoadSettings = {
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    durationSeconds: options.durationSeconds,
    slowMs: options.slowMs,
  };

  mkdirSync(resultsFolder, { recursive: true });
  // Server logs are per run (a size's restarts append to its file); results files are kept.
  for (const file of readdirSync(resultsFolder)) if (/^server-r\d+\.log$/.test(file)) rmSync(join(resultsFolder, file));
  log(`Recovery Atlas benchmark: ${options.sizes.map(formatCount).join(" and ")} reports on ${new URL(serverUrl).host}`);
  log("■ Build");
  const build = ensureBuild(root, log);
  const sizes: SizeRun[] = [];
  for (const reports of options.sizes) sizes.push(await runSize(options, serverUrl, reports, settings));

  const results: BenchResults = {
    startedAt,
    machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: await postgresVersion(serverUrl) },
    settings: { ...settings, seed: options.seed, writeCalls: options.writeCalls, visibilityWrites: options.visibilityWrites },
    build,
    sizes,
    totalSeconds: (performance.now() - started) / 1000,
  };
  const { rows, files } = writeReports(resultsFolder, results);
  log(`\n${renderText(rows)}\n`);
  log(`Written: ${files.map((file) => file.replace(`${root}/`, "")).join(", ")} (also bench/.results/latest.md, the table for the README)`);
  log(`Total time: ${formatSeconds(results.totalSeconds)}`);
}

try {
  await main();
  await cleanUp();
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await cleanUp();
  process.exitCode = 1;
}
