import { PrismaPg } from "@prisma/adapter-pg";
import type PgBoss from "pg-boss";
import { PrismaClient } from "../../generated/prisma/client";
import { repairGuides, type RepairOutcome } from "../guides/repair-guides";
import { refreshGuidesOf } from "../guides/refresh-stale-guides";
import { exchangeIdsOf, GUIDE_REFRESH_QUEUE, GUIDE_REPAIR_QUEUE, guideRefreshOutcome, type GuideRefreshOutcome } from "./job-queues";

// The job runner's guide work (docs/decisions/010-job-queue.md): `guides.refresh` recomputes the
// stale guides page reads deferred to the queue, `guides.repair` recomputes guides from all their
// reports, also on a schedule. With a Prisma client of its own (one connection): the guides'
// storage is written through Prisma, and the runner lives outside Next.

export type GuideJobOptions = {
  connectionString: string;
  /** Cron (UTC) for the scheduled repair, e.g. "30 3 * * *"; null removes the schedule. */
  repairSchedule: string | null;
  /** Tests replace the recomputations (to fail them on purpose). */
  refresh?: (prisma: PrismaClient, exchangeIds: readonly string[]) => Promise<GuideRefreshOutcome>;
  repair?: (prisma: PrismaClient, exchangeIds?: readonly string[]) => Promise<RepairOutcome>;
};

// A refreshed guide is due on an open page, so its queue is polled often; a repair can wait.
const REFRESH_POLL_SECONDS = 1;
const REPAIR_POLL_SECONDS = 5;
// Enough for the facts of the largest exchange in a busy moment (the scripts' bounds).
const TRANSACTION_TIMEOUT_MS = 300_000;

/** Recomputes the stale ones among the exchanges' guides and says which it recomputed. */
export async function refreshStaleGuidesOf(prisma: PrismaClient, exchangeIds: readonly string[]): Promise<GuideRefreshOutcome> {
  const now = new Date();
  return guideRefreshOutcome(exchangeIds, await refreshGuidesOf(prisma, exchangeIds, { now }), now);
}

/** Starts the guide workers on a started pg-boss; returns what stops them (after pg-boss stopped). */
export async function workGuideJobs(boss: PgBoss, options: GuideJobOptions): Promise<{ close: () => Promise<void> }> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: options.connectionString, max: 1 }),
    transactionOptions: { maxWait: 60_000, timeout: TRANSACTION_TIMEOUT_MS },
  });
  const refresh = options.refresh ?? refreshStaleGuidesOf;
  const repair = options.repair ?? repairGuides;

  await boss.work(GUIDE_REFRESH_QUEUE, { pollingIntervalSeconds: REFRESH_POLL_SECONDS }, async ([job]) => {
    const exchangeIds = exchangeIdsOf(job?.data);
    if (!exchangeIds) throw new Error(`A ${GUIDE_REFRESH_QUEUE} job needs { exchangeIds: string[] }`);
    return refresh(prisma, exchangeIds);
  });
  await boss.work(GUIDE_REPAIR_QUEUE, { pollingIntervalSeconds: REPAIR_POLL_SECONDS }, async ([job]) => repair(prisma, exchangeIdsOf(job?.data)));

  // The schedule is the database's, shared by every runner: each one sets it (the same) or, with
  // the schedule off, removes it. pg-boss's clock sends one job per due minute for them all.
  if (options.repairSchedule) await boss.schedule(GUIDE_REPAIR_QUEUE, options.repairSchedule, {}, { tz: "UTC" });
  else await boss.unschedule(GUIDE_REPAIR_QUEUE);

  return { close: () => prisma.$disconnect() };
}
