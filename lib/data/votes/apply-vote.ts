import "server-only";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { VoteValue } from "../../validation/vote";
import { wilsonLowerBoundSql } from "./rank-score-sql";

type Client = PrismaClient | Prisma.TransactionClient;

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
