import { guideFromAggregate } from "../../domain/stats/aggregate/figures";
import type { StoredGuide } from "../../domain/stats/stored-guide";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { readAggregateIndex } from "./aggregate-cache";
import { storeGuide } from "./stored-guides";

// Recomputing guides from their incremental aggregates (guide-aggregates.ts), which every write
// keeps current: a read costs the aggregate's keys, not the exchange's reports. The versions are
// read BEFORE the aggregates: those can then only be newer than the version they are stored
// under, which the next read sees as stale and recomputes, never older (that would hide a write
// for good).
// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the job
// runner (lib/data/jobs) run it outside Next with their own Prisma client.

type Client = PrismaClient | Prisma.TransactionClient;

// Exchanges per refresh batch: bounds the aggregates held in memory at once.
export const REFRESH_BATCH = 8;

/** Like refreshGuides, without storing: for a reader that lost the race to the lock. */
export async function computeGuides(client: Client, exchangeIds: readonly string[], options: { now: Date }): Promise<Map<string, StoredGuide>> {
  const computed = new Map<string, StoredGuide>();
  if (exchangeIds.length === 0) return computed;
  const counters = await client.guideCounter.findMany({ where: { key: { in: [...exchangeIds] } }, select: { key: true, version: true } });
  const versionOf = new Map(counters.map((row) => [row.key, row.version]));
  for (const id of exchangeIds) {
    const { stats, comparison } = guideFromAggregate(await readAggregateIndex(client, id), { now: options.now });
    computed.set(id, { version: versionOf.get(id) ?? 0, stats, comparison, computedAt: options.now });
  }
  return computed;
}

/** Recomputes and stores the guides of the given exchanges from their facts. */
export async function refreshGuides(client: Client, exchangeIds: readonly string[], options: { now?: Date } = {}): Promise<Map<string, StoredGuide>> {
  const refreshed = await computeGuides(client, exchangeIds, { now: options.now ?? new Date() });
  for (const [exchangeId, guide] of refreshed) await storeGuide(client, exchangeId, guide);
  return refreshed;
}

/** refreshGuides over any number of exchanges, a few at a time. */
export async function refreshGuidesInBatches(client: Client, exchangeIds: readonly string[], options: { now?: Date } = {}): Promise<Map<string, StoredGuide>> {
  const refreshed = new Map<string, StoredGuide>();
  for (let start = 0; start < exchangeIds.length; start += REFRESH_BATCH) {
    for (const [id, guide] of await refreshGuides(client, exchangeIds.slice(start, start + REFRESH_BATCH), options)) refreshed.set(id, guide);
  }
  return refreshed;
}
