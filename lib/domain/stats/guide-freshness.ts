// When a stored guide (docs/decisions/005-live-guides.md) is shown as it is, and where a stale one
// is recomputed. Pure: lib/data/guides reads the versions and counts and applies these rules.

// A stored aggregate older than this is recomputed even when no write happened: open cases wait
// longer every day and required items lose weight with age, so the figures depend on "now".
export const GUIDE_MAX_AGE_MS = 60 * 60 * 1000;

// A stale guide of at most this many reports is recomputed within the read that finds it stale:
// about 6 ms of statistics plus the facts' query for 1,000 reports, so a write and the figures it
// moves reach an open page in one render. Larger ones are recomputed after the response (DeferRefresh
// in lib/data/guides/defer-guide-refreshes.ts), and their readers get the stored figures meanwhile.
export const INLINE_REFRESH_MAX_REPORTS = 1000;

// From this many reports the recomputation after the response is sent to the job queue
// (`guides.refresh`, lib/data/jobs/queue-guide-refreshes.ts, docs/decisions/010-job-queue.md):
// whichever process runs the job runner does it once for every instance, and `npm run worker`
// processes keep its seconds of CPU off the servers (226,141 reports held a server's event loop,
// and every other request with it, for 7.3 s). Below it the stall is tens of milliseconds, less
// than the queue's delay (a worker polls every 2 s), which would hold back the figures more than
// it spares other readers.
export const QUEUE_REFRESH_MIN_REPORTS = 10_000;

export type RefreshThresholds = { inlineRefreshMaxReports?: number; queueRefreshMinReports?: number };

/**
 * Where a stale guide that last counted `reports` is recomputed: within the read ("inline"),
 * after the response in this process ("after"), or by a job runner ("queue").
 */
export function refreshPlace(
  reports: number,
  { inlineRefreshMaxReports = INLINE_REFRESH_MAX_REPORTS, queueRefreshMinReports = QUEUE_REFRESH_MIN_REPORTS }: RefreshThresholds = {},
): "inline" | "after" | "queue" {
  if (reports <= inlineRefreshMaxReports) return "inline";
  return reports >= queueRefreshMinReports ? "queue" : "after";
}

/** Whether a stored aggregate can be shown as it is at `version` and `now`. */
export function isCurrent(stored: { version: number; computedAt: Date } | null, version: number, now: Date): boolean {
  return stored !== null && stored.version === version && now.getTime() - stored.computedAt.getTime() < GUIDE_MAX_AGE_MS;
}
