import { Prisma, type PrismaClient } from "../../generated/prisma/client";

// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the job
// runner (lib/data/jobs) run it outside Next with their own Prisma client.

type Client = PrismaClient | Prisma.TransactionClient;

// wilsonLowerBound (lib/domain/stats/wilson.ts, z = 1.96) in SQL, operation for operation in
// float8 so that it gives the same double as the TypeScript (a test checks): the guide lists
// reports ordered by this stored score, and ties must break the way rankReports breaks them.
export function wilsonLowerBoundSql(helpful: string, total: string): Prisma.Sql {
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
