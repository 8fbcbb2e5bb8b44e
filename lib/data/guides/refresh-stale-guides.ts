import { isCurrent } from "../../domain/stats/guide-freshness";
import { storedGuideOf, type StoredGuide } from "../../domain/stats/stored-guide";
import type { PrismaClient } from "../../generated/prisma/client";
import { buildMissingAggregates } from "./guide-aggregates";
import { computeGuides, REFRESH_BATCH, refreshGuides } from "./refresh-guides";
import { storedGuideSelect } from "./stored-guides";

// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the job
// runner (lib/data/jobs) run it outside Next with their own Prisma client.

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
    // An aggregate not built yet (a new format after a deploy, a bulk load) is rebuilt from every
    // report in a transaction of its own, with the time that takes, not inside the refresh's.
    await buildMissingAggregates(prisma, ids);
    const refreshed = await prisma.$transaction(
      async (tx) => {
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM unnest(${ids}::text[]) AS "id" WHERE pg_try_advisory_xact_lock(${REFRESH_LOCK}::int, hashtext("id"))`;
        const lockedIds = locked.map((row) => row.id);
        // Whoever held a lock before us may have just stored a current guide.
        const [storedRows, counters] = [
          await tx.exchangeGuide.findMany({ where: { exchangeId: { in: lockedIds } }, select: storedGuideSelect }),
          await tx.guideCounter.findMany({ where: { key: { in: lockedIds } }, select: { key: true, version: true } }),
        ];
        const versionOf = new Map(counters.map((row) => [row.key, row.version]));
        const fresh = new Map<string, StoredGuide>();
        for (const row of storedRows) {
          const stored = storedGuideOf(row);
          if (stored && isCurrent(stored, versionOf.get(row.exchangeId) ?? 0, now)) fresh.set(row.exchangeId, stored);
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

