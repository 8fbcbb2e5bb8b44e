import type { Prisma, PrismaClient } from "../../generated/prisma/client";

// The guides' version counters (docs/decisions/005-live-guides.md): every write that changes what
// a guide shows bumps them in its own transaction; pages and the polling UI compare versions.
// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the job
// runner (lib/data/jobs) run it outside Next with their own Prisma client.

type Client = PrismaClient | Prisma.TransactionClient;

/** The counter of the comparison table; exchange counters are keyed by the exchange id. */
export const COMPARISON_COUNTER = "comparison";

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
