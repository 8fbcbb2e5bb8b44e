import pg from "pg";
import { applyMigrations } from "../../scripts/db/migrate";
import { createScriptPrisma } from "../../scripts/db/script-prisma";
import { seedDatabase } from "../../scripts/db/seed";
import { formatCount, formatSeconds, type Log } from "../lib/format";
import { openCopy, type CopySink } from "./copy";
import { dropLoadStructure, restoreLoadStructure } from "./constraints";
import { COPY_COLUMNS, generateReports, generateUsers, type Batch, type DatasetPlan } from "./generator";
import { createProfiles, generateExchanges, orderByPopularity } from "./profiles";

// Fills a migrated, seeded database with a generated data set: the catalogue plus made-up
// exchanges, users, reports with timelines and required items, and votes.

export type LoadOptions = {
  connectionString: string;
  plan: DatasetPlan;
  /** Exchanges in all, the catalogue's included. */
  exchanges: number;
  log: Log;
};

export type LoadSummary = {
  exchanges: number;
  users: number;
  reports: number;
  events: number;
  requiredItems: number;
  votes: number;
  seconds: { prepare: number; copy: number; indexes: number; analyze: number; total: number };
};

const LOADED_TABLES = ["Report", "TimelineEvent", "ReportRequiredItem", "Vote"] as const;

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  // A benchmark database is thrown away after the run: waiting for each commit's flush buys nothing.
  await client.query("SET synchronous_commit = off");
  return client;
}

export async function loadDataset({ connectionString, plan, exchanges, log }: LoadOptions): Promise<LoadSummary> {
  const started = performance.now();
  const since = (mark: number) => (performance.now() - mark) / 1000;

  await applyMigrations({ connectionString });
  const prisma = createScriptPrisma(connectionString);
  let exchangeRows: { id: string; slug: string; country: string | null }[];
  let itemRows: { id: string; code: string }[];
  try {
    await seedDatabase(prisma, { onlyIfEmpty: true });
    const existing = await prisma.exchange.findMany({ select: { slug: true } });
    const extra = generateExchanges(Math.max(0, exchanges - existing.length), new Set(existing.map((row) => row.slug)), plan.seed);
    await prisma.exchange.createMany({ data: extra, skipDuplicates: true });
    exchangeRows = await prisma.exchange.findMany({ select: { id: true, slug: true, country: true } });
    itemRows = await prisma.requiredItem.findMany({ select: { id: true, code: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
  } finally {
    await prisma.$disconnect();
  }
  const profiles = createProfiles(orderByPopularity(exchangeRows, plan.seed), itemRows.map((item) => item.code), plan.seed);
  log(`  migrated and seeded; ${exchangeRows.length} exchanges, ${itemRows.length} required items in the vocabulary`);

  const clients = await Promise.all(Array.from({ length: LOADED_TABLES.length + 1 }, () => connect(connectionString)));
  const [main] = clients;
  if (!main) throw new Error("no connection");
  try {
    const saved = await dropLoadStructure(main, LOADED_TABLES);
    if (saved.triggers.length > 0) log(`  triggers disabled while loading: ${saved.triggers.map((trigger) => trigger.name).join(", ")}`);
    const prepareSeconds = since(started);

    const copyStarted = performance.now();
    const users = openCopy(main, "User", COPY_COLUMNS.User);
    for (const chunk of generateUsers(plan)) await users.write(chunk);
    const userCount = await users.end();

    const sinks = Object.fromEntries(
      LOADED_TABLES.map((table, index) => {
        const client = clients[index + 1];
        if (!client) throw new Error("no connection");
        return [table, openCopy(client, table, COPY_COLUMNS[table])];
      }),
    ) as Record<(typeof LOADED_TABLES)[number], CopySink>;
    const totals = { reports: 0, events: 0, items: 0, votes: 0 };
    let nextReport = 0.1;
    for (const batch of generateReports(plan, profiles, itemRows)) {
      await writeBatch(sinks, batch);
      totals.reports += batch.counts.reports;
      totals.events += batch.counts.events;
      totals.items += batch.counts.items;
      totals.votes += batch.counts.votes;
      if (totals.reports >= nextReport * plan.reports) {
        const elapsed = since(copyStarted);
        const eta = elapsed / (totals.reports / plan.reports) - elapsed;
        log(
          `  ${Math.round((100 * totals.reports) / plan.reports)}%  reports ${formatCount(totals.reports)} · events ${formatCount(totals.events)} · ` +
            `required items ${formatCount(totals.items)} · votes ${formatCount(totals.votes)}  (${formatSeconds(elapsed)}, about ${formatSeconds(eta)} to go)`,
        );
        nextReport += 0.1;
      }
    }
    const stored = await Promise.all(LOADED_TABLES.map((table) => sinks[table].end()));
    const copySeconds = since(copyStarted);
    log(`  copied ${formatCount(stored.reduce((sum, rows) => sum + rows, 0) + userCount)} rows in ${formatSeconds(copySeconds)}`);

    const indexStarted = performance.now();
    const builders = clients.slice(0, 2);
    for (const client of builders) {
      await client.query("SET maintenance_work_mem = '1GB'");
      // Two builds already run side by side on a two-core machine; parallel workers would only queue.
      await client.query("SET max_parallel_maintenance_workers = 0");
    }
    await restoreLoadStructure(builders, saved);
    const indexSeconds = since(indexStarted);
    log(`  rebuilt ${saved.primaryKeys.length + saved.indexes.length} keys and indexes and ${saved.foreignKeys.length} foreign keys in ${formatSeconds(indexSeconds)}`);

    const analyzeStarted = performance.now();
    // Sets the visibility map (index-only scans) and the statistics the planner needs, as
    // autovacuum would on a database that grew over years.
    await runOnEach(builders, ["User", ...LOADED_TABLES].map((table) => `VACUUM (ANALYZE) "${table}"`));
    const analyzeSeconds = since(analyzeStarted);
    log(`  vacuumed and analyzed in ${formatSeconds(analyzeSeconds)}`);

    return {
      exchanges: exchangeRows.length,
      users: userCount,
      reports: totals.reports,
      events: totals.events,
      requiredItems: totals.items,
      votes: totals.votes,
      seconds: { prepare: prepareSeconds, copy: copySeconds, indexes: indexSeconds, analyze: analyzeSeconds, total: since(started) },
    };
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

/** Runs the statements on the connections, each connection taking the next one when it is free. */
async function runOnEach(clients: readonly pg.Client[], statements: readonly string[]): Promise<void> {
  const queue = [...statements];
  await Promise.all(
    clients.map(async (client) => {
      for (let statement = queue.shift(); statement !== undefined; statement = queue.shift()) await client.query(statement);
    }),
  );
}

async function writeBatch(sinks: Record<(typeof LOADED_TABLES)[number], CopySink>, batch: Batch): Promise<void> {
  await Promise.all(LOADED_TABLES.map((table) => sinks[table].write(batch.rows[table])));
}
