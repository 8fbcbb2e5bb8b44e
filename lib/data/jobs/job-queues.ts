// The job queue's queues (docs/decisions/010-job-queue.md). Shared by the runner, the admin page
// and the tests, so a queue's name is written once.

/** Looks for cases whose follow-up became due and claims one reminder per due follow-up. */
export const REMINDER_SCAN_QUEUE = "case-reminder-scan";
/** Sends one claimed reminder e-mail; SMTP failures are retried with backoff. */
export const REMINDER_SEND_QUEUE = "case-reminder-send";

export const JOB_QUEUES = [REMINDER_SCAN_QUEUE, REMINDER_SEND_QUEUE] as const;

// pg-boss's exponential backoff doubles the delay after each failed attempt: 30 s, 1 min, 2 min …
// about 2 hours for the last of 8, long enough to ride out an SMTP server's outage.
export const REMINDER_SEND_RETRY = { retryLimit: 8, retryDelay: 30, retryBackoff: true } as const;
