import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { wilsonLowerBoundSql } from "./rank-score-sql";

/**
 * Sets the stored counts and rank score of the given reports from their votes, inside the
 * caller's transaction, for a write that removes many votes at once (an account's deletion).
 * The report rows are locked first, in id order: a concurrent castVote then waits for this
 * transaction and adds its own change to the recounted row, so the counts stay exact.
 */
export async function recountReportVotes(tx: Prisma.TransactionClient, reportIds: readonly string[]): Promise<void> {
  const ids = [...new Set(reportIds)].sort();
  if (ids.length === 0) return;
  await tx.$queryRaw`SELECT "id" FROM "Report" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
  await tx.$executeRaw`
    UPDATE "Report" AS r
    SET "helpfulVotes" = c."helpful", "voteCount" = c."total",
        "rankScore" = ${wilsonLowerBoundSql('c."helpful"', 'c."total"')}
    FROM (
      SELECT ids."id",
             (SELECT count(*) FROM "Vote" AS v WHERE v."reportId" = ids."id" AND v."value" = 'HELPFUL')::int AS "helpful",
             (SELECT count(*) FROM "Vote" AS v WHERE v."reportId" = ids."id")::int AS "total"
      FROM unnest(${ids}::text[]) AS ids("id")
    ) AS c
    WHERE r."id" = c."id"`;
}
