-- AlterTable
ALTER TABLE "ExchangeGuide" ADD COLUMN     "comparison" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "helpfulVotes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rankScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "voteCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Report_exchangeId_status_rankScore_voteCount_createdAt_id_idx" ON "Report"("exchangeId", "status", "rankScore" DESC, "voteCount" DESC, "createdAt" DESC, "id");

-- Backfill the votes cast so far. The rank score is wilsonLowerBound (lib/domain/stats, z = 1.96)
-- written operation for operation in float8, as recountReportVotes in lib/data/guide-store.ts.
UPDATE "Report" AS r
SET "helpfulVotes" = c."helpful", "voteCount" = c."total",
    "rankScore" = CASE WHEN c."total" = 0 THEN 0::float8 ELSE
      LEAST(1::float8, GREATEST(0::float8,
        (((c."helpful"::float8 / c."total"::float8) + (1.96::float8 * 1.96::float8) / (2 * c."total"::float8))
          - 1.96::float8 * sqrt(((c."helpful"::float8 / c."total"::float8) * (1 - (c."helpful"::float8 / c."total"::float8))) / c."total"::float8
                                + (1.96::float8 * 1.96::float8) / (4 * c."total"::float8 * c."total"::float8)))
        / (1 + (1.96::float8 * 1.96::float8) / c."total"::float8)))
    END
FROM (SELECT "reportId", count(*) FILTER (WHERE "value" = 'HELPFUL')::int AS "helpful", count(*)::int AS "total" FROM "Vote" GROUP BY "reportId") AS c
WHERE r."id" = c."reportId";
