import type PgBoss from "pg-boss";

// The job queue's queues (docs/decisions/010-job-queue.md). Shared by the runner, the senders,
// the admin page and the tests, so a queue's name and its policy are written once.

/** Looks for cases whose follow-up became due and claims one reminder per due follow-up. */
export const REMINDER_SCAN_QUEUE = "case-reminder-scan";
/** Sends one claimed reminder e-mail; SMTP failures are retried with backoff. */
export const REMINDER_SEND_QUEUE = "case-reminder-send";
/** Recomputes the stale guides of large exchanges (payload: their ids), deferred by page reads. */
export const GUIDE_REFRESH_QUEUE = "guides.refresh";
/** Recomputes guides from all their reports, whether stale or not (`npm run guides:repair`, nightly). */
export const GUIDE_REPAIR_QUEUE = "guides.repair";

// pg-boss's exponential backoff doubles the delay after each failed attempt: 30 s, 1 min, 2 min …
// about 2 hours for the last of 8, long enough to ride out an SMTP server's outage.
export const REMINDER_SEND_RETRY = { retryLimit: 8, retryDelay: 30, retryBackoff: true } as const;

// "stately": at most one job per exchange waiting and one running, so a burst of reads on every
// instance queues one refresh, and a write during a refresh queues one more (the running one may
// have read the versions before it). A refresh retries for about 10 minutes: the next read
// queues another anyway. Large guides take seconds; 5 minutes is a process that died.
const GUIDE_REFRESH_OPTIONS = { policy: "stately", retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 5 * 60 } as const;
// One repair waiting and one running at most, however often it is asked for; a full
// recomputation of a million reports takes minutes, so it may run for two hours.
const GUIDE_REPAIR_OPTIONS = { policy: "stately", retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 2 * 60 * 60 } as const;

export const JOB_QUEUES: readonly PgBoss.Queue[] = [
  { name: REMINDER_SCAN_QUEUE },
  { name: REMINDER_SEND_QUEUE },
  { name: GUIDE_REFRESH_QUEUE, ...GUIDE_REFRESH_OPTIONS },
  { name: GUIDE_REPAIR_QUEUE, ...GUIDE_REPAIR_OPTIONS },
];

export type GuideRefreshJob = { exchangeIds: string[] };
export type GuideRepairJob = { exchangeIds?: string[] };
export type GuideRefreshOutcome = { refreshed: string[]; current: string[] };

/**
 * The refresh jobs for some exchanges: one per exchange, keyed by its id, so that the queue's
 * policy lets one wait per exchange however many readers ask.
 */
export function guideRefreshJobs(exchangeIds: readonly string[]): { data: GuideRefreshJob; singletonKey: string }[] {
  return [...new Set(exchangeIds)].map((id) => ({ data: { exchangeIds: [id] }, singletonKey: id }));
}

/** The ids a job's payload names; a malformed payload (sent by hand) names none. */
export function exchangeIdsOf(data: unknown): string[] | undefined {
  if (typeof data !== "object" || data === null || !("exchangeIds" in data)) return undefined;
  const ids = (data as { exchangeIds: unknown }).exchangeIds;
  return Array.isArray(ids) && ids.every((id) => typeof id === "string") ? ids : undefined;
}

/**
 * Which of the guides a refresh job handled it recomputed: those stored at the job's own "now".
 * The others were current already (or being recomputed by whoever holds their lock).
 */
export function guideRefreshOutcome(exchangeIds: readonly string[], computedAtOf: ReadonlyMap<string, { computedAt: Date }>, now: Date): GuideRefreshOutcome {
  const refreshed = exchangeIds.filter((id) => computedAtOf.get(id)?.computedAt.getTime() === now.getTime());
  return { refreshed, current: exchangeIds.filter((id) => !refreshed.includes(id)) };
}
