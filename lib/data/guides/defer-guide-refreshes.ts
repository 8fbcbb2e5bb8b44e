import "server-only";
import { db } from "../../db";
import { refreshPlace, type RefreshThresholds } from "../../domain/stats/guide-freshness";
import { refreshGuidesInChildProcess } from "./refresh-in-child-process";
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
 * CHILD_PROCESS_REFRESH_MIN_REPORTS or more go to one child process, whose seconds of CPU do not
 * hold up this server's other requests; the others are recomputed in this process.
 */
export function deferGuideRefreshes(
  deferRefresh: DeferRefresh,
  exchanges: readonly { id: string; reports: number }[],
  { now, ...thresholds }: { now?: Date } & RefreshThresholds = {},
): void {
  const inChild = exchanges.filter(({ reports }) => refreshPlace(reports, thresholds) === "child").map(({ id }) => id);
  const here = exchanges.filter(({ reports }) => refreshPlace(reports, thresholds) !== "child").map(({ id }) => id);
  if (inChild.length > 0) deferRefresh(() => refreshGuidesInChildProcess(inChild));
  if (here.length > 0) deferRefresh(() => refreshGuidesOf(db(), here, { now }));
}
