import "server-only";
import { db } from "../../db";
import { refreshPlace, type RefreshThresholds } from "../../domain/stats/guide-freshness";
import { env } from "../../env";
import { queueGuideRefreshes } from "../jobs/queue-guide-refreshes";
import { refreshGuidesOf } from "./refresh-stale-guides";

/**
 * Runs a stale aggregate's recomputation after the response (the pages pass next/server's
 * `after`), so no reader waits for it: they get the stored figures meanwhile. Only exchanges with
 * more than INLINE_REFRESH_MAX_REPORTS reports are deferred (see refreshPlace); smaller ones cost a
 * few milliseconds and are recomputed in the read, as they all are without it (scripts, tests).
 */
export type DeferRefresh = (refresh: () => Promise<unknown>) => void;

/**
 * Hands stale guides that are not recomputed within the read to `deferRefresh`: those of
 * QUEUE_REFRESH_MIN_REPORTS or more go to the job queue (`guides.refresh`), whose runner spends
 * their seconds of CPU once for all instances, or here when the queue is not available; the
 * others are recomputed in this process.
 */
export function deferGuideRefreshes(
  deferRefresh: DeferRefresh,
  exchanges: readonly { id: string; reports: number }[],
  { now, ...thresholds }: { now?: Date } & RefreshThresholds = {},
): void {
  const queued = exchanges.filter(({ reports }) => refreshPlace(reports, thresholds) === "queue").map(({ id }) => id);
  const here = exchanges.filter(({ reports }) => refreshPlace(reports, thresholds) !== "queue").map(({ id }) => id);
  const refreshHere = (ids: readonly string[]) => refreshGuidesOf(db(), ids, { now });
  if (queued.length > 0) deferRefresh(() => queueGuideRefreshes({ connectionString: env.DATABASE_URL, exchangeIds: queued, refreshHere }));
  if (here.length > 0) deferRefresh(() => refreshHere(here));
}
