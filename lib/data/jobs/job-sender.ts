import PgBoss from "pg-boss";
import { JOB_QUEUES } from "./job-queues";

// Sends jobs from processes that do not run them: the app's servers (guide refreshes deferred by
// page reads, also with JOBS_IN_APP=false) and `npm run guides:repair`. A pg-boss that neither
// installs its schema, nor maintains, nor schedules: if no runner has installed the queue on this
// database (or the database user may not create the schema, docs/decisions/010-job-queue.md),
// starting fails and the caller does the work itself. Not server-only: scripts use it too.

// Sending is one INSERT; one connection (pg closes it after 10 s idle) is plenty.
const SENDER_POOL_SIZE = 1;

/** Starts a sender; rejects when the queue is not installed or lacks one of our queues. */
export async function startJobSender(connectionString: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, max: SENDER_POOL_SIZE, migrate: false, supervise: false, schedule: false });
  // Without a listener an 'error' event (a lost connection) would end the process.
  boss.on("error", (error: Error) => console.warn(`Job sender: ${error.message}`));
  try {
    await boss.start();
    // pg-boss drops a job sent to a queue that does not exist, without an error: a runner of an
    // older version installed the schema but not our newer queues.
    for (const { name } of JOB_QUEUES) {
      if (!(await boss.getQueue(name))) throw new Error(`the queue ${name} does not exist yet (no runner of this version has started)`);
    }
    return boss;
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }
}

type Senders = Map<string, { sender: Promise<PgBoss>; failedAt?: number }>;
const globalForSenders = globalThis as unknown as { recoveryAtlasJobSenders?: Senders };

// After a failed start, callers do the work themselves for this long before the next attempt, so
// that a database without the queue costs one failed start per period, not one per read.
export const SENDER_RETRY_MS = 30_000;

/**
 * This process's sender for a database, started on first use and shared (also across Next's
 * bundles, through globalThis). Rejects while its last start failed less than SENDER_RETRY_MS ago.
 */
export function jobSenderFor(connectionString: string, now = Date.now()): Promise<PgBoss> {
  const senders = (globalForSenders.recoveryAtlasJobSenders ??= new Map());
  const known = senders.get(connectionString);
  if (known && (known.failedAt === undefined || now - known.failedAt < SENDER_RETRY_MS)) return known.sender;
  const entry: { sender: Promise<PgBoss>; failedAt?: number } = { sender: startJobSender(connectionString) };
  entry.sender.catch(() => {
    entry.failedAt = Date.now();
  });
  senders.set(connectionString, entry);
  return entry.sender;
}

/** Stops this process's senders (tests; a server ends with its process). */
export async function stopJobSenders(): Promise<void> {
  const senders = globalForSenders.recoveryAtlasJobSenders;
  globalForSenders.recoveryAtlasJobSenders = undefined;
  for (const { sender } of senders?.values() ?? []) {
    const boss = await sender.catch(() => undefined);
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
}
