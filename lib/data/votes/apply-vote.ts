import "server-only";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { VoteValue } from "../../validation/vote";
import { AGGREGATE_FORMAT } from "../../domain/stats/aggregate/contribution";
import { AGGREGATE_LOCK } from "../guides/guide-aggregates";
import { wilsonLowerBoundSql } from "./rank-score-sql";

type Client = PrismaClient;

// A burst of votes queues for the pool's connections (a hundred at once on the embedded database,
// one connection, on a busy machine took over 10 s): waiting is better than failing a vote. Each
// transaction itself is three statements.
const VOTE_TRANSACTION = { maxWait: 60_000, timeout: 30_000 };

// The aggregate keys a report's vote factor weighs (joined to GuideAggregate by its primary key:
// as an IN over the exchange's rows, the largest exchange's vote took seconds) (lib/domain/stats/aggregate/contribution.ts:
// il, i and in), built in SQL as the contribution builds them in TypeScript, for a published report
// of a built aggregate. `report` names a row with the report's columns.
function weightedKeysSql(report: string): Prisma.Sql {
  const r = Prisma.raw(report);
  return Prisma.sql`
    SELECT 'il|' || to_char(${r}."incidentMonth", 'YYYY-MM-DD') AS "key"
      WHERE EXISTS (SELECT 1 FROM "ReportRequiredItem" ri WHERE ri."reportId" = ${r}."id")
    UNION ALL
    SELECT 'i|' || to_char(${r}."incidentMonth", 'YYYY-MM-DD') || '|' || i."code"
      FROM "ReportRequiredItem" ri JOIN "RequiredItem" i ON i."id" = ri."itemId" WHERE ri."reportId" = ${r}."id"
    UNION ALL
    SELECT 'in|' || to_char(${r}."incidentMonth", 'YYYY-MM-DD') || '|' || ${r}."textLanguage" || '|' || i."code" || '|' || ri."note"
      FROM "ReportRequiredItem" ri JOIN "RequiredItem" i ON i."id" = ri."itemId" WHERE ri."reportId" = ${r}."id" AND ri."note" <> ''`;
}

// The vote factor of lib/domain/stats/required-items.ts (voteFactor) in float8, as JavaScript computes it.
function voteFactorSql(helpful: string, total: string): Prisma.Sql {
  return Prisma.raw(`(2::float8 * (${helpful} + 1)) / (${total} + 2)::float8`);
}

export type VoteChange = { reportId: string; userId: string; value: VoteValue | null };

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
 *
 * The vote moves the weights of the report's required items in its exchange's aggregate too. So
 * that it reads the report's items as they are after any edit in progress, the statement runs after
 * a first one that locks the report row (an edit holds it until it commits), takes the aggregate's
 * shared lock, and locks the aggregate rows it will move in byte order (as every writer does).
 */
export async function applyVote(client: Client, { reportId, userId, value }: VoteChange): Promise<{ helpful: number; total: number }> {
  const counted = Prisma.sql`s."exchangeId" = r."exchangeId" AND s."format" = ${AGGREGATE_FORMAT} AND r."status" = 'PUBLISHED' AND r."deletedAt" IS NULL`;
  const lockReport = client.$queryRaw`
    SELECT pg_advisory_xact_lock_shared(${AGGREGATE_LOCK}::int, hashtext("exchangeId"))::text FROM "Report" WHERE "id" = ${reportId} FOR UPDATE`;
  const lockAggregate = client.$queryRaw`
    SELECT a."key" FROM "Report" r JOIN "GuideAggregateState" s ON ${counted}
    CROSS JOIN LATERAL (${weightedKeysSql("r")}) AS k
    JOIN "GuideAggregate" a ON a."exchangeId" = r."exchangeId" AND a."key" = k."key"
    WHERE r."id" = ${reportId}
    ORDER BY a."key" COLLATE "C" FOR UPDATE OF a`;
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
  const vote = client.$queryRaw<{ helpful: number; total: number }[]>`
    WITH ${delta},
    counted AS (
      UPDATE "Report" AS r
      SET "helpfulVotes" = r."helpfulVotes" + d."helpful", "voteCount" = r."voteCount" + d."total",
          "rankScore" = ${wilsonLowerBoundSql('r."helpfulVotes" + d."helpful"', 'r."voteCount" + d."total"')}
      FROM delta AS d
      WHERE r."id" = ${reportId}
      RETURNING r.*, d."helpful" AS "helpfulChange", d."total" AS "totalChange"),
    reweighed AS (
      UPDATE "GuideAggregate" AS a
      SET "weight" = a."weight" + (${voteFactorSql('r."helpfulVotes"', 'r."voteCount"')} - ${voteFactorSql('(r."helpfulVotes" - r."helpfulChange")', '(r."voteCount" - r."totalChange")')}),
          "changedBy" = pg_current_xact_id()
      FROM counted AS r JOIN "GuideAggregateState" AS s ON ${counted} CROSS JOIN LATERAL (${weightedKeysSql("r")}) AS k
      WHERE a."exchangeId" = r."exchangeId" AND a."key" = k."key"),
    bumped AS (
      INSERT INTO "GuideCounter" ("key", "version", "updatedAt") SELECT "exchangeId", 1, now() FROM counted
      ON CONFLICT ("key") DO UPDATE SET "version" = "GuideCounter"."version" + 1, "updatedAt" = now()
      RETURNING "version")
    SELECT "helpfulVotes" AS "helpful", "voteCount" AS "total" FROM counted
    UNION ALL
    SELECT "helpfulVotes", "voteCount" FROM "Report" WHERE "id" = ${reportId} AND NOT EXISTS (SELECT 1 FROM counted)`;
  const [, , [row]] = await client.$transaction([lockReport, lockAggregate, vote], VOTE_TRANSACTION);
  if (!row) throw new Error(`report ${reportId} was not found for its vote`);
  return row;
}
