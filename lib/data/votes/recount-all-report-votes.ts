import type { PrismaClient } from "../../generated/prisma/client";
import { wilsonLowerBoundSql } from "./rank-score-sql";

// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the job
// runner (lib/data/jobs) run it outside Next with their own Prisma client.

/**
 * Recounts the votes of every report whose stored counts differ from its votes: for bulk loads
 * that wrote votes past castVote (the benchmark's COPY). Returns the number of reports changed.
 */
export async function recountAllReportVotes(client: PrismaClient): Promise<number> {
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
