import { comparisonToJson, STATS_FORMAT, statsToJson, type StoredGuide } from "../../domain/stats/stored-guide";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";

// The stored aggregates of the live guides (docs/decisions/005-live-guides.md), in the format of
// lib/domain/stats/stored-guide.ts.
// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the job
// runner (lib/data/jobs) run it outside Next with their own Prisma client.

type Client = PrismaClient | Prisma.TransactionClient;

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

/**
 * Stores an aggregate unless a concurrent refresher already stored a newer version: a slow
 * refresher that read version 7 must not overwrite what a faster one computed for version 8.
 * Returns whether it was stored.
 */
export async function storeGuide(client: Client, exchangeId: string, guide: StoredGuide): Promise<boolean> {
  const stats = JSON.stringify(statsToJson(guide.stats));
  const comparison = JSON.stringify(comparisonToJson(guide.comparison));
  const count = await client.$executeRaw`
    INSERT INTO "ExchangeGuide" ("exchangeId", "version", "stats", "comparison", "computedAt")
    VALUES (${exchangeId}, ${guide.version}, ${stats}::jsonb, ${comparison}::jsonb, ${guide.computedAt})
    ON CONFLICT ("exchangeId") DO UPDATE
      SET "version" = EXCLUDED."version", "stats" = EXCLUDED."stats", "comparison" = EXCLUDED."comparison", "computedAt" = EXCLUDED."computedAt"
      WHERE "ExchangeGuide"."version" <= EXCLUDED."version"`;
  return count === 1;
}
