import { AGGREGATE_FORMAT, applyContribution, contributionDelta, reportContribution, type Contribution } from "../../domain/stats/aggregate/contribution";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { loadFacts, loadFactsOfReports } from "./load-facts";

// The incremental aggregates (docs/decisions/016-incremental-statistics.md) in PostgreSQL. A write
// that changes reports brackets itself with beginStatsChange / finish in its transaction: the
// aggregate moves by the reports' contributions after minus before, committed with the write.
// Not server-only, like the rest of the guides' storage: scripts and the benchmark use it too.

type Client = PrismaClient | Prisma.TransactionClient;

// First key of the advisory locks on an exchange's aggregate ("AGGR"): writers share it, a rebuild
// holds it alone, so a rebuild never misses or double-counts a concurrent write.
export const AGGREGATE_LOCK = 0x41474752;

// Rows per INSERT when an aggregate is rebuilt.
const INSERT_BATCH = 5000;

function sortedUnique(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

/** Takes the shared aggregate locks of the exchanges, in one order so writers never deadlock. */
async function lockShared(tx: Prisma.TransactionClient, exchangeIds: readonly string[]): Promise<void> {
  const ids = sortedUnique(exchangeIds);
  if (ids.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${AGGREGATE_LOCK}::int, hashtext("id")) FROM unnest(${ids}::text[]) WITH ORDINALITY AS t("id", "n") ORDER BY "n"`;
}

async function builtExchanges(client: Client, exchangeIds: readonly string[]): Promise<Set<string>> {
  const rows = await client.guideAggregateState.findMany({ where: { exchangeId: { in: [...exchangeIds] }, format: AGGREGATE_FORMAT }, select: { exchangeId: true } });
  return new Set(rows.map((row) => row.exchangeId));
}

async function contributionsOf(tx: Prisma.TransactionClient, reportIds: readonly string[]): Promise<Map<string, Contribution>> {
  const byExchange = new Map<string, Contribution>();
  for (const fact of await loadFactsOfReports(tx, reportIds)) {
    if (!fact.counted) continue;
    const sum = byExchange.get(fact.exchangeId) ?? new Map();
    applyContribution(sum, reportContribution(fact));
    byExchange.set(fact.exchangeId, sum);
  }
  return byExchange;
}

/**
 * Adds a delta to an exchange's stored aggregate. Keys that fall to 0 stay, as 0, until the next
 * rebuild: a reader keeping the aggregate in memory learns of them from their `changedBy`.
 */
async function applyDelta(tx: Prisma.TransactionClient, exchangeId: string, delta: Contribution): Promise<void> {
  if (delta.size === 0) return;
  // Rows are written in one (byte) order, the order the vote statement locks them in too.
  const entries = [...delta.entries()].sort(([a], [b]) => (Buffer.from(a).compare(Buffer.from(b))));
  const keys = entries.map(([key]) => key);
  await tx.$executeRaw`
    INSERT INTO "GuideAggregate" ("exchangeId", "key", "count", "weight")
    SELECT ${exchangeId}, d."key", d."count", d."weight"
    FROM unnest(${keys}::text[], ${entries.map(([, tally]) => tally.count)}::int[], ${entries.map(([, tally]) => tally.weight)}::float8[]) WITH ORDINALITY AS d("key", "count", "weight", "n")
    ORDER BY d."n"
    ON CONFLICT ("exchangeId", "key") DO UPDATE
      SET "count" = "GuideAggregate"."count" + EXCLUDED."count", "weight" = "GuideAggregate"."weight" + EXCLUDED."weight",
          "changedBy" = pg_current_xact_id()`;
  // A count below 0 means a report was written past lib/data (a script, a test's fixture) and the
  // aggregate never counted it: it is marked unbuilt, so the next read rebuilds it from the reports.
  const [below] = await tx.$queryRaw<{ below: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "GuideAggregate" WHERE "exchangeId" = ${exchangeId} AND "key" = ANY(${keys}::text[]) AND "count" < 0) AS "below"`;
  if (below?.below) await tx.guideAggregateState.deleteMany({ where: { exchangeId } });
}

export type StatsChange = {
  /** Moves the aggregates by the change; `alsoReportIds`: reports the write created. */
  finish: (alsoReportIds?: readonly string[]) => Promise<void>;
};

/**
 * Starts a write that may change the given reports (and creates reports in `exchangeIds`): takes
 * the exchanges' shared aggregate locks, locks the reports' rows (a vote on them waits), and notes
 * what they contribute now. Call finish() after the write, in the same transaction.
 */
export async function beginStatsChange(tx: Prisma.TransactionClient, { reportIds = [], exchangeIds = [] }: { reportIds?: readonly string[]; exchangeIds?: readonly string[] }): Promise<StatsChange> {
  const ids = sortedUnique(reportIds);
  const rows = ids.length === 0 ? [] : await tx.$queryRaw<{ exchangeId: string }[]>`SELECT "exchangeId" FROM "Report" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
  const exchanges = sortedUnique([...exchangeIds, ...rows.map((row) => row.exchangeId)]);
  await lockShared(tx, exchanges);
  const built = await builtExchanges(tx, exchanges);
  const before = built.size === 0 ? new Map<string, Contribution>() : await contributionsOf(tx, ids);
  return {
    finish: async (alsoReportIds = []) => {
      if (built.size === 0) return;
      const after = await contributionsOf(tx, sortedUnique([...ids, ...alsoReportIds]));
      for (const exchangeId of sortedUnique([...before.keys(), ...after.keys()])) {
        // A report moved to an exchange whose aggregate is not built yet is counted by its rebuild.
        if (!built.has(exchangeId)) continue;
        await applyDelta(tx, exchangeId, contributionDelta(before.get(exchangeId) ?? new Map(), after.get(exchangeId) ?? new Map()));
      }
    },
  };
}

/** Marks aggregates as unbuilt (after a bulk load that bypassed lib/data): the next read rebuilds them. */
export async function invalidateAggregates(client: Client, exchangeIds?: readonly string[]): Promise<void> {
  await client.guideAggregateState.deleteMany({ where: exchangeIds ? { exchangeId: { in: [...exchangeIds] } } : {} });
}

/**
 * Rebuilds an exchange's aggregate from all its published reports, in the caller's transaction:
 * the full recomputation, kept as the repair path and for aggregates not built yet. Waits for the
 * exchange's writers to commit, and holds them off until the caller's transaction ends.
 */
export async function rebuildAggregateIn(tx: Prisma.TransactionClient, exchangeId: string, { ifMissing = false } = {}): Promise<Contribution> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AGGREGATE_LOCK}::int, hashtext(${exchangeId}))`;
  // Readers that found it missing at once queue here: the first rebuilds, the others read that.
  if (ifMissing && (await builtExchanges(tx, [exchangeId])).has(exchangeId)) return readStoredAggregate(tx, exchangeId);
  const aggregate: Contribution = new Map();
  for (const fact of await loadFacts(tx, [exchangeId])) applyContribution(aggregate, reportContribution(fact));
  await tx.guideAggregate.deleteMany({ where: { exchangeId } });
  const entries = [...aggregate.entries()];
  for (let start = 0; start < entries.length; start += INSERT_BATCH) {
    const batch = entries.slice(start, start + INSERT_BATCH);
    await tx.$executeRaw`
      INSERT INTO "GuideAggregate" ("exchangeId", "key", "count", "weight")
      SELECT ${exchangeId}, d."key", d."count", d."weight"
      FROM unnest(${batch.map(([key]) => key)}::text[], ${batch.map(([, tally]) => tally.count)}::int[], ${batch.map(([, tally]) => tally.weight)}::float8[]) AS d("key", "count", "weight")`;
  }
  await tx.$executeRaw`
    INSERT INTO "GuideAggregateState" ("exchangeId", "format", "builtAt") VALUES (${exchangeId}, ${AGGREGATE_FORMAT}, now())
    ON CONFLICT ("exchangeId") DO UPDATE SET "format" = EXCLUDED."format", "builtAt" = EXCLUDED."builtAt", "builtBy" = pg_current_xact_id()`;
  return aggregate;
}

/** rebuildAggregateIn, in a transaction of its own. */
export function rebuildAggregate(prisma: PrismaClient, exchangeId: string, options: { ifMissing?: boolean } = {}): Promise<Contribution> {
  return prisma.$transaction((tx) => rebuildAggregateIn(tx, exchangeId, options), { timeout: 10 * 60_000, maxWait: 60_000 });
}

/** Rebuilds, each in its own transaction, the aggregates of the exchanges that are not built. */
export async function buildMissingAggregates(prisma: PrismaClient, exchangeIds: readonly string[]): Promise<void> {
  const built = await builtExchanges(prisma, exchangeIds);
  for (const id of exchangeIds) if (!built.has(id)) await rebuildAggregate(prisma, id, { ifMissing: true });
}

/** Whether a client is an interactive transaction's (it has no $transaction of its own). */
export function isTransaction(client: Client): client is Prisma.TransactionClient {
  return !("$transaction" in client);
}

/** An exchange's aggregate, rebuilt first when it is not built (or was built by another format). */
export async function readAggregate(client: Client, exchangeId: string): Promise<Contribution> {
  if (!(await builtExchanges(client, [exchangeId])).has(exchangeId)) {
    return isTransaction(client) ? rebuildAggregateIn(client, exchangeId, { ifMissing: true }) : rebuildAggregate(client, exchangeId, { ifMissing: true });
  }
  return readStoredAggregate(client, exchangeId);
}

async function readStoredAggregate(client: Client, exchangeId: string): Promise<Contribution> {
  // One JSON text rather than a row per key: a large exchange has tens of thousands of keys, and
  // parsing one string is several times cheaper than materialising that many rows.
  const [row] = await client.$queryRaw<{ keys: string }[]>`
    SELECT coalesce(json_agg(json_build_array("key", "count", "weight")), '[]')::text AS "keys" FROM "GuideAggregate" WHERE "exchangeId" = ${exchangeId} AND "count" > 0`;
  const entries = JSON.parse(row?.keys ?? "[]") as [string, number, number][];
  return new Map(entries.map(([key, count, weight]) => [key, { count, weight }]));
}
