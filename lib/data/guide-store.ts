import { computeComparisonViews, computeGuideStats, type ComparisonViewKey, type ComparisonViewRow, type GuideStats, type ReportFact, type TimelineEventFact } from "../domain/stats";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

// The storage side of live guides (docs/decisions/005-live-guides.md): version counters, the facts
// the statistics read, and the stored aggregates. Every function takes its Prisma client, so
// scripts and the benchmark (scripts/db/script-prisma.ts) use it as the app does. That is also why
// this file, unlike the rest of lib/data, does not import "server-only" or lib/db: the app reaches
// it only through the server-only modules guide-versions.ts and guides.ts.

type Client = PrismaClient | Prisma.TransactionClient;

/** The counter of the comparison table; exchange counters are keyed by the exchange id. */
export const COMPARISON_COUNTER = "comparison";

// Same rule as publishedReportWhere in reports.ts (a test checks they agree); repeated because that
// module is server-only.
export const guideReportWhere = { status: "PUBLISHED", deletedAt: null } satisfies Prisma.ReportWhereInput;

// A stored aggregate older than this is recomputed even when no write happened: open cases wait
// longer every day and required items lose weight with age, so the figures depend on "now".
export const GUIDE_MAX_AGE_MS = 60 * 60 * 1000;

// A stale guide of at most this many reports is recomputed within the read that finds it stale:
// about 6 ms of statistics plus the facts' query for 1,000 reports, so a write and the figures it
// moves reach an open page in one render. Larger ones are recomputed after the response
// (DeferRefresh in guide-refresher.ts), and their readers get the stored figures meanwhile.
export const INLINE_REFRESH_MAX_REPORTS = 1000;

// From this many reports the recomputation after the response runs in a child process
// (guide-refresher.ts): 226,141 reports held this process's event loop, and every other request
// with it, for 7.3 s. Below it the stall is tens of milliseconds, less than the child's start
// (about 1 s of Node and tsx), which would delay the figures more than it spares other readers.
export const CHILD_PROCESS_REFRESH_MIN_REPORTS = 10_000;

export type RefreshThresholds = { inlineRefreshMaxReports?: number; childProcessRefreshMinReports?: number };

/**
 * Where a stale guide that last counted `reports` is recomputed: within the read ("inline"),
 * after the response in this process ("after"), or after the response in a child process ("child").
 */
export function refreshPlace(
  reports: number,
  { inlineRefreshMaxReports = INLINE_REFRESH_MAX_REPORTS, childProcessRefreshMinReports = CHILD_PROCESS_REFRESH_MIN_REPORTS }: RefreshThresholds = {},
): "inline" | "after" | "child" {
  if (reports <= inlineRefreshMaxReports) return "inline";
  return reports >= childProcessRefreshMinReports ? "child" : "after";
}

// Bumped when the shape of GuideStats or its options change, so old stored JSON is recomputed.
const STATS_FORMAT = 5;

// --- Version counters ---

export type GuideVersions = { exchanges: Record<string, number>; comparison: number };

async function bumpCounter(tx: Client, key: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ version: number }[]>`
    INSERT INTO "GuideCounter" ("key", "version", "updatedAt") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET "version" = "GuideCounter"."version" + 1, "updatedAt" = now()
    RETURNING "version"`;
  if (!row) throw new Error(`GuideCounter ${key} was not written`);
  return row.version;
}

/**
 * Bumps the guide versions of the given exchanges and of the comparison. Call it inside the
 * transaction of the write, as its last statement: the counter rows stay locked until commit, so
 * the shorter the rest of the transaction after it, the less concurrent writes wait. Keys are
 * taken in one order (sorted ids, then "comparison") so two writes never deadlock on them.
 */
export async function bumpGuideVersion(tx: Prisma.TransactionClient, exchangeIds: string | readonly string[]): Promise<GuideVersions> {
  const ids = [...new Set(typeof exchangeIds === "string" ? [exchangeIds] : exchangeIds)].sort();
  const exchanges: Record<string, number> = {};
  for (const id of ids) exchanges[id] = await bumpCounter(tx, id);
  return { exchanges, comparison: await bumpCounter(tx, COMPARISON_COUNTER) };
}

/** The current version of a counter; 0 before its first write. */
export async function readCounter(client: Client, key: string): Promise<number> {
  const row = await client.guideCounter.findUnique({ where: { key }, select: { version: true } });
  return row?.version ?? 0;
}

// --- Report ranks ---

// wilsonLowerBound (lib/domain/stats/wilson.ts, z = 1.96) in SQL, operation for operation in
// float8 so that it gives the same double as the TypeScript (a test checks): the guide lists
// reports ordered by this stored score, and ties must break the way rankReports breaks them.
function wilsonLowerBoundSql(helpful: string, total: string): Prisma.Sql {
  const h = `(${helpful})::float8`;
  const n = `(${total})::float8`;
  const z = "1.96::float8";
  const z2 = `(${z} * ${z})`;
  const phat = `(${h} / ${n})`;
  return Prisma.raw(`CASE WHEN (${total}) = 0 THEN 0::float8 ELSE
    LEAST(1::float8, GREATEST(0::float8,
      ((${phat} + ${z2} / (2 * ${n})) - ${z} * sqrt((${phat} * (1 - ${phat})) / ${n} + ${z2} / (4 * ${n} * ${n})))
      / (1 + ${z2} / ${n})))
  END`);
}

/**
 * Recounts one report's votes into its helpfulVotes, voteCount and rankScore. Run it in the vote's
 * transaction after locking the report row (castVote does), so that concurrent votes on the
 * report recount one after another and each sees the ones committed before it.
 */
export async function recountReportVotes(tx: Client, reportId: string): Promise<{ helpful: number; total: number }> {
  const [row] = await tx.$queryRaw<{ helpful: number; total: number }[]>`
    UPDATE "Report" AS r
    SET "helpfulVotes" = c."helpful", "voteCount" = c."total", "rankScore" = ${wilsonLowerBoundSql('c."helpful"', 'c."total"')}
    FROM (SELECT count(*) FILTER (WHERE "value" = 'HELPFUL')::int AS "helpful", count(*)::int AS "total" FROM "Vote" WHERE "reportId" = ${reportId}) AS c
    WHERE r."id" = ${reportId}
    RETURNING r."helpfulVotes" AS "helpful", r."voteCount" AS "total"`;
  if (!row) throw new Error(`report ${reportId} was not recounted`);
  return row;
}

export type VoteChange = { reportId: string; userId: string; value: "HELPFUL" | "NOT_HELPFUL" | null };

/**
 * Casts, changes or withdraws one user's vote in a single statement: the vote row, the report's
 * stored counts and rank score, and its exchange's guide version (only when the vote changed
 * something). One statement rather than an interactive transaction, so a burst of votes queues
 * for pooled connections instead of failing to start transactions (100 parallel votes gave 14
 * "Unable to start a transaction in the given time"). The counts move by the vote's difference:
 * the report row's UPDATE sees the latest counts even when another vote committed meanwhile,
 * where a recount in the same statement would read the votes as of the statement's start.
 *
 * Only the exchange's counter moves, not the comparison's: a vote reorders that guide's reports
 * and weighs its required items, but no figure of the comparison or the home page.
 */
export async function applyVote(client: Client, { reportId, userId, value }: VoteChange): Promise<{ helpful: number; total: number }> {
  // The change of (helpful, total) this vote makes, as one row, or no row when it changed nothing.
  // There are two values, so an update that changed the value moved one vote from the other.
  const delta =
    value === null
      ? Prisma.sql`
        removed AS (DELETE FROM "Vote" WHERE "userId" = ${userId} AND "reportId" = ${reportId} RETURNING "value"),
        delta AS (SELECT CASE WHEN "value" = 'HELPFUL' THEN -1 ELSE 0 END AS "helpful", -1 AS "total" FROM removed)`
      : Prisma.sql`
        changed AS (
          INSERT INTO "Vote" ("id", "userId", "reportId", "value", "createdAt", "updatedAt")
          VALUES (${crypto.randomUUID()}, ${userId}, ${reportId}, ${value}::"VoteValue", now(), now())
          ON CONFLICT ("userId", "reportId") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()
          WHERE "Vote"."value" <> EXCLUDED."value"
          RETURNING (xmax = 0) AS "inserted"),
        delta AS (
          SELECT CASE WHEN ${value} = 'HELPFUL' THEN 1 WHEN "inserted" THEN 0 ELSE -1 END AS "helpful",
                 CASE WHEN "inserted" THEN 1 ELSE 0 END AS "total"
          FROM changed)`;
  const [row] = await client.$queryRaw<{ helpful: number; total: number }[]>`
    WITH ${delta},
    counted AS (
      UPDATE "Report" AS r
      SET "helpfulVotes" = r."helpfulVotes" + d."helpful", "voteCount" = r."voteCount" + d."total",
          "rankScore" = ${wilsonLowerBoundSql('r."helpfulVotes" + d."helpful"', 'r."voteCount" + d."total"')}
      FROM delta AS d
      WHERE r."id" = ${reportId}
      RETURNING r."helpfulVotes" AS "helpful", r."voteCount" AS "total", r."exchangeId"),
    bumped AS (
      INSERT INTO "GuideCounter" ("key", "version", "updatedAt") SELECT "exchangeId", 1, now() FROM counted
      ON CONFLICT ("key") DO UPDATE SET "version" = "GuideCounter"."version" + 1, "updatedAt" = now()
      RETURNING "version")
    SELECT "helpful", "total" FROM counted
    UNION ALL
    SELECT "helpfulVotes", "voteCount" FROM "Report" WHERE "id" = ${reportId} AND NOT EXISTS (SELECT 1 FROM counted)`;
  if (!row) throw new Error(`report ${reportId} was not found for its vote`);
  return row;
}

/**
 * Recounts the votes of every report whose stored counts differ from its votes: for bulk loads
 * that wrote votes past castVote (the benchmark's COPY). Returns the number of reports changed.
 */
export async function recountAllReportVotes(client: Client): Promise<number> {
  const changed = await client.$executeRaw`
    UPDATE "Report" AS r
    SET "helpfulVotes" = coalesce(c."helpful", 0), "voteCount" = coalesce(c."total", 0),
        "rankScore" = ${wilsonLowerBoundSql('coalesce(c."helpful", 0)', 'coalesce(c."total", 0)')}
    FROM "Report" AS base
    LEFT JOIN (SELECT "reportId", count(*) FILTER (WHERE "value" = 'HELPFUL')::int AS "helpful", count(*)::int AS "total" FROM "Vote" GROUP BY "reportId") AS c
      ON c."reportId" = base."id"
    WHERE r."id" = base."id" AND (r."voteCount" <> coalesce(c."total", 0) OR r."helpfulVotes" <> coalesce(c."helpful", 0))`;
  return changed;
}

/** The SQL rank score of the given counts: for the test that holds it to wilsonLowerBound. */
export async function rankScoresInSql(client: Client, counts: readonly { helpful: number; total: number }[]): Promise<number[]> {
  const helpful = counts.map((count) => count.helpful);
  const total = counts.map((count) => count.total);
  const rows = await client.$queryRaw<{ score: number }[]>`
    SELECT ${wilsonLowerBoundSql('c."helpful"', 'c."total"')} AS "score"
    FROM unnest(${helpful}::int[], ${total}::int[]) WITH ORDINALITY AS c("helpful", "total", "position")
    ORDER BY c."position"`;
  return rows.map((row) => row.score);
}

// --- Facts ---

export type ExchangeReportFact = ReportFact & { exchangeId: string };

type FactRow = {
  id: string;
  exchangeId: string;
  outcome: ReportFact["outcome"];
  createdAt: Date;
  incidentMonth: Date;
  contactChannel: ReportFact["contactChannel"];
  contactPath: string;
  inquiryLanguage: string;
  replyLanguages: string[];
  helpfulVotes: number;
  voteCount: number;
  // [kind, occurredAt, precision, language, position] and [code, note], as JSON arrays.
  events: unknown;
  items: unknown;
};

type EventTuple = [TimelineEventFact["kind"], string, TimelineEventFact["precision"], string | null, number];
type ItemTuple = [string, string | null];

// json_agg gives `timestamp without time zone` as ISO text without an offset; Prisma stores UTC.
function utc(timestamp: string): Date {
  return new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(timestamp) ? timestamp : `${timestamp}Z`);
}

function parsed<T>(json: unknown): T[] {
  return (typeof json === "string" ? JSON.parse(json) : json) as T[];
}

/**
 * The facts the statistics read, for the published reports of the given exchanges: one query,
 * with each report's events and required items aggregated as JSON, and its votes from the counts
 * castVote keeps on the report (recountAllReportVotes restores them after a bulk load). At the
 * largest exchange of the benchmark (226,000 reports) this is several times faster than loading
 * the relations through Prisma.
 */
export async function loadFacts(client: Client, exchangeIds: readonly string[]): Promise<ExchangeReportFact[]> {
  if (exchangeIds.length === 0) return [];
  const rows = await client.$queryRaw<FactRow[]>`
    SELECT r."id", r."exchangeId", r."outcome"::text AS "outcome", r."createdAt", r."incidentMonth",
           r."contactChannel"::text AS "contactChannel", r."contactPath", r."inquiryLanguage", r."replyLanguages",
           r."helpfulVotes", r."voteCount",
           (SELECT coalesce(json_agg(json_build_array(e."kind", e."occurredAt", e."precision", e."language", e."position")), '[]'::json)
              FROM "TimelineEvent" e WHERE e."reportId" = r."id") AS "events",
           (SELECT coalesce(json_agg(json_build_array(i."code", ri."note")), '[]'::json)
              FROM "ReportRequiredItem" ri JOIN "RequiredItem" i ON i."id" = ri."itemId" WHERE ri."reportId" = r."id") AS "items"
    FROM "Report" r
    WHERE r."exchangeId" = ANY(${[...exchangeIds]}::text[]) AND r."status" = 'PUBLISHED' AND r."deletedAt" IS NULL`;
  return rows.map((row) => ({
    id: row.id,
    exchangeId: row.exchangeId,
    outcome: row.outcome,
    createdAt: row.createdAt,
    incidentMonth: row.incidentMonth,
    contactChannel: row.contactChannel,
    contactPath: row.contactPath,
    inquiryLanguage: row.inquiryLanguage,
    replyLanguages: row.replyLanguages,
    votes: { helpful: row.helpfulVotes, notHelpful: row.voteCount - row.helpfulVotes },
    timeline: parsed<EventTuple>(row.events).map(([kind, occurredAt, precision, language, position]) => ({ kind, occurredAt: utc(occurredAt), precision, language, position })),
    requiredItems: parsed<ItemTuple>(row.items).map(([code, note]) => ({ code, note })),
  }));
}

export function groupByExchange<F extends { exchangeId: string }>(facts: readonly F[]): Map<string, F[]> {
  const groups = new Map<string, F[]>();
  for (const fact of facts) {
    const group = groups.get(fact.exchangeId);
    if (group) group.push(fact);
    else groups.set(fact.exchangeId, [fact]);
  }
  return groups;
}

// --- Stored aggregates ---

export type ComparisonViews = Record<ComparisonViewKey, ComparisonViewRow>;
export type StoredGuide = { version: number; stats: GuideStats; comparison: ComparisonViews; computedAt: Date };

type StoredStatsJson = Omit<GuideStats, "incidentMonths"> & { incidentMonths: { from: string; to: string } | null };
type StoredJson = { format: number; stats: StoredStatsJson };

function toJson(stats: GuideStats): Prisma.InputJsonObject {
  const stored: StoredJson = {
    format: STATS_FORMAT,
    stats: {
      ...stats,
      incidentMonths: stats.incidentMonths && { from: stats.incidentMonths.from.toISOString(), to: stats.incidentMonths.to.toISOString() },
    },
  };
  // JSON.parse(JSON.stringify(...)) gives a plain JSON value (no undefined, no class instances).
  return JSON.parse(JSON.stringify(stored)) as Prisma.InputJsonObject;
}

function comparisonToJson(views: ComparisonViews): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify({ format: STATS_FORMAT, views })) as Prisma.InputJsonObject;
}

/** The stored comparison views, or null when written in another format (then recompute). */
export function comparisonFromJson(json: Prisma.JsonValue): ComparisonViews | null {
  if (typeof json !== "object" || json === null || Array.isArray(json) || json.format !== STATS_FORMAT) return null;
  // Written by comparisonToJson with the same STATS_FORMAT, so the shape is known.
  return (json as unknown as { views: ComparisonViews }).views;
}

/** The stored statistics, or null when they were written in another format (then recompute). */
export function fromJson(json: Prisma.JsonValue): GuideStats | null {
  if (typeof json !== "object" || json === null || Array.isArray(json) || json.format !== STATS_FORMAT) return null;
  // Written by toJson with the same STATS_FORMAT, so the shape is known.
  const { stats } = json as unknown as StoredJson;
  return {
    ...stats,
    incidentMonths: stats.incidentMonths && { from: new Date(stats.incidentMonths.from), to: new Date(stats.incidentMonths.to) },
  };
}

export const storedGuideSelect = { exchangeId: true, version: true, stats: true, comparison: true, computedAt: true } satisfies Prisma.ExchangeGuideSelect;

/**
 * Published reports per exchange, as the stored guides counted them, for the exchanges whose stored
 * guide is current (its version equals the counter's, 0 before the first write, and its format
 * this code's): one small read instead of counting a million reports. Exchanges missing from the
 * map have to be counted. `exchangeIds` limits the read to those exchanges.
 */
export async function storedReportCounts(client: Client, exchangeIds?: readonly string[]): Promise<Map<string, number>> {
  const only = exchangeIds ? Prisma.sql`AND g."exchangeId" = ANY(${[...exchangeIds]}::text[])` : Prisma.empty;
  const rows = await client.$queryRaw<{ exchangeId: string; n: number }[]>`
    SELECT g."exchangeId", (g."stats"->'stats'->>'n')::int AS "n"
    FROM "ExchangeGuide" g LEFT JOIN "GuideCounter" c ON c."key" = g."exchangeId"
    WHERE g."version" = coalesce(c."version", 0) AND (g."stats"->>'format')::int = ${STATS_FORMAT} ${only}`;
  return new Map(rows.map((row) => [row.exchangeId, row.n]));
}

/** A stored row as a StoredGuide, or null when there is none or it was written in an older format. */
export function storedGuideOf(row: { version: number; stats: Prisma.JsonValue; comparison: Prisma.JsonValue; computedAt: Date } | null): StoredGuide | null {
  const stats = row ? fromJson(row.stats) : null;
  const comparison = row ? comparisonFromJson(row.comparison) : null;
  return row && stats && comparison ? { version: row.version, stats, comparison, computedAt: row.computedAt } : null;
}

/** Whether a stored aggregate can be shown as it is at `version` and `now`. */
export function isCurrent(stored: { version: number; computedAt: Date } | null, version: number, now: Date): boolean {
  return stored !== null && stored.version === version && now.getTime() - stored.computedAt.getTime() < GUIDE_MAX_AGE_MS;
}

/**
 * Stores an aggregate unless a concurrent refresher already stored a newer version: a slow
 * refresher that read version 7 must not overwrite what a faster one computed for version 8.
 * Returns whether it was stored.
 */
export async function storeGuide(client: Client, exchangeId: string, guide: StoredGuide): Promise<boolean> {
  const stats = JSON.stringify(toJson(guide.stats));
  const comparison = JSON.stringify(comparisonToJson(guide.comparison));
  const count = await client.$executeRaw`
    INSERT INTO "ExchangeGuide" ("exchangeId", "version", "stats", "comparison", "computedAt")
    VALUES (${exchangeId}, ${guide.version}, ${stats}::jsonb, ${comparison}::jsonb, ${guide.computedAt})
    ON CONFLICT ("exchangeId") DO UPDATE
      SET "version" = EXCLUDED."version", "stats" = EXCLUDED."stats", "comparison" = EXCLUDED."comparison", "computedAt" = EXCLUDED."computedAt"
      WHERE "ExchangeGuide"."version" <= EXCLUDED."version"`;
  return count === 1;
}

/**
 * Recomputes and stores the guides of the given exchanges from their facts. The versions are read
 * BEFORE the facts: facts can then only be newer than the version they are stored under, which
 * the next read sees as stale and recomputes, never older (that would hide a write for good).
 */
export async function refreshGuides(client: Client, exchangeIds: readonly string[], options: { now?: Date } = {}): Promise<Map<string, StoredGuide>> {
  const refreshed = await computeGuides(client, exchangeIds, { now: options.now ?? new Date() });
  for (const [exchangeId, guide] of refreshed) await storeGuide(client, exchangeId, guide);
  return refreshed;
}

// Exchanges per refresh batch: bounds the facts held in memory at once.
const REFRESH_BATCH = 8;

// First key of the advisory locks that let one reader at a time recompute an exchange's guide
// (the second key is the hash of the exchange id). "GUID" in ASCII; the migration runner's
// single-key lock is in another key space.
export const REFRESH_LOCK = 0x47554944;

// Enough for the facts of a large exchange; Prisma's default of 5 s is not.
const REFRESH_TIMEOUT_MS = 60_000;

export type GuideCandidate = { exchangeId: string; stored: StoredGuide | null };

/**
 * Brings stale guides up to date for a reader, without a stampede: after a write every polling
 * page reloads at once, on every app instance. Each exchange is recomputed by whoever takes its
 * advisory lock (pg_try_advisory_xact_lock, so nobody waits holding a connection); the others
 * answer with the stored guide they have, under its older version, and their page polls again
 * and finds the fresh one. Only an exchange that has no stored guide at all is computed by
 * every reader that needs it (and not stored by those that did not get the lock).
 */
export async function refreshStaleGuides(prisma: PrismaClient, candidates: readonly GuideCandidate[], options: { now?: Date } = {}): Promise<Map<string, StoredGuide>> {
  const now = options.now ?? new Date();
  const result = new Map<string, StoredGuide>();
  for (let start = 0; start < candidates.length; start += REFRESH_BATCH) {
    const batch = candidates.slice(start, start + REFRESH_BATCH);
    const ids = batch.map((candidate) => candidate.exchangeId);
    const refreshed = await prisma.$transaction(
      async (tx) => {
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM unnest(${ids}::text[]) AS "id" WHERE pg_try_advisory_xact_lock(${REFRESH_LOCK}::int, hashtext("id"))`;
        const lockedIds = locked.map((row) => row.id);
        // Whoever held a lock before us may have just stored a current guide.
        const [storedRows, counters] = [
          await tx.exchangeGuide.findMany({ where: { exchangeId: { in: lockedIds } }, select: { exchangeId: true, version: true, stats: true, comparison: true, computedAt: true } }),
          await tx.guideCounter.findMany({ where: { key: { in: lockedIds } }, select: { key: true, version: true } }),
        ];
        const versionOf = new Map(counters.map((row) => [row.key, row.version]));
        const fresh = new Map<string, StoredGuide>();
        for (const row of storedRows) {
          const stats = fromJson(row.stats);
          const comparison = comparisonFromJson(row.comparison);
          if (stats && comparison && isCurrent(row, versionOf.get(row.exchangeId) ?? 0, now)) {
            fresh.set(row.exchangeId, { version: row.version, stats, comparison, computedAt: row.computedAt });
          }
        }
        const computed = await refreshGuides(tx, lockedIds.filter((id) => !fresh.has(id)), { now });
        return new Map([...fresh, ...computed]);
      },
      { timeout: REFRESH_TIMEOUT_MS },
    );
    const unstored: string[] = [];
    for (const { exchangeId, stored } of batch) {
      const guide = refreshed.get(exchangeId) ?? stored;
      if (guide) result.set(exchangeId, guide);
      else unstored.push(exchangeId);
    }
    for (const [id, guide] of await computeGuides(prisma, unstored, { now })) result.set(id, guide);
  }
  return result;
}

/**
 * refreshStaleGuides for exchanges given by id, with what they stored last: a stale exchange that
 * another reader is refreshing comes back as stored.
 */
export async function refreshGuidesOf(prisma: PrismaClient, exchangeIds: readonly string[], options: { now?: Date } = {}): Promise<Map<string, StoredGuide>> {
  const storedRows = await prisma.exchangeGuide.findMany({ where: { exchangeId: { in: [...exchangeIds] } }, select: storedGuideSelect });
  const storedOf = new Map(storedRows.map((row) => [row.exchangeId, storedGuideOf(row)]));
  return refreshStaleGuides(prisma, exchangeIds.map((exchangeId) => ({ exchangeId, stored: storedOf.get(exchangeId) ?? null })), options);
}

/** Like refreshGuides, without storing: for a reader that lost the race to the lock. */
async function computeGuides(client: Client, exchangeIds: readonly string[], options: { now: Date }): Promise<Map<string, StoredGuide>> {
  const computed = new Map<string, StoredGuide>();
  if (exchangeIds.length === 0) return computed;
  const counters = await client.guideCounter.findMany({ where: { key: { in: [...exchangeIds] } }, select: { key: true, version: true } });
  const versionOf = new Map(counters.map((row) => [row.key, row.version]));
  const factsByExchange = groupByExchange(await loadFacts(client, exchangeIds));
  for (const id of exchangeIds) {
    const facts = factsByExchange.get(id) ?? [];
    const stats = computeGuideStats(facts, { now: options.now });
    const comparison = computeComparisonViews(facts, { now: options.now, allReportsStats: stats });
    computed.set(id, { version: versionOf.get(id) ?? 0, stats, comparison, computedAt: options.now });
  }
  return computed;
}

/** refreshGuides over any number of exchanges, a few at a time. */
export async function refreshGuidesInBatches(client: Client, exchangeIds: readonly string[], options: { now?: Date } = {}): Promise<Map<string, StoredGuide>> {
  const refreshed = new Map<string, StoredGuide>();
  for (let start = 0; start < exchangeIds.length; start += REFRESH_BATCH) {
    for (const [id, guide] of await refreshGuides(client, exchangeIds.slice(start, start + REFRESH_BATCH), options)) refreshed.set(id, guide);
  }
  return refreshed;
}

/**
 * Recounts every report's votes and recomputes every exchange's stored guide, whatever its
 * version. For scripts and bulk loads that bypass lib/data (the benchmark's COPY), which neither
 * castVote nor the version counters saw.
 */
export async function refreshAllGuides(prisma: PrismaClient, options: { now?: Date } = {}): Promise<{ exchanges: number; seconds: number }> {
  const started = performance.now();
  await recountAllReportVotes(prisma);
  const exchanges = await prisma.exchange.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  await refreshGuidesInBatches(prisma, exchanges.map((exchange) => exchange.id), options);
  return { exchanges: exchanges.length, seconds: (performance.now() - started) / 1000 };
}
