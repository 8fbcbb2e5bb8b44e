import pg from "pg";
import PgBoss from "pg-boss";
import { claimDueReminders } from "../reminders/claim-due-reminders";
import { sendDueReminder } from "../reminders/send-due-reminder";
import { JOB_QUEUES, REMINDER_SCAN_QUEUE, REMINDER_SEND_QUEUE } from "./job-queues";
import { createReminderDelivery, type DeliverReminder } from "./reminder-delivery";
import { workGuideJobs, type GuideJobOptions } from "./work-guide-jobs";

// The job runner (docs/decisions/010-job-queue.md): pg-boss on the app's own PostgreSQL, in the
// server process (`npm start`, JOBS_IN_APP) or in `npm run worker` processes, any number of them.
// Runs outside Next (scripts/serve.ts, scripts/worker.ts), so not server-only, and with a small
// pool of its own: the embedded database drops connections over its cap.

export type JobRunnerOptions = {
  connectionString: string;
  /** Connections for pg-boss; the runner's own writes take one more. */
  poolSize: number;
  scanSeconds: number;
  /** The public origin reminder links point to. */
  origin: string;
  smtpUrl?: string | undefined;
  emailFrom?: string | undefined;
  authUrl?: string | undefined;
  /** Tests replace the e-mail delivery (to fail it on purpose). */
  deliver?: DeliverReminder;
  /** Cron (UTC) of the guides' scheduled repair (GUIDES_REPAIR_CRON); null or absent: none. */
  repairSchedule?: string | null;
  /** Tests replace the guides' recomputations (to fail them on purpose). */
  guideWork?: Pick<GuideJobOptions, "refresh" | "repair">;
};

export type JobRunner = { boss: PgBoss; stop: () => Promise<void> };

// Jobs stuck in a process that died are handed out again after this long.
const JOB_EXPIRY_SECONDS = 5 * 60;
// A stopping runner lets a send in progress finish for this long (scripts/serve.ts drains for 10 s).
const STOP_TIMEOUT_MS = 8_000;
const SEND_BATCH_SIZE = 10;

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 1 });
  pool.on("error", (error) => console.warn(`Job runner: database connection lost: ${error.message}`));
  const boss = new PgBoss({
    connectionString: options.connectionString,
    max: options.poolSize,
    // Reminders are scanned by the timer below, which can run every few seconds; cron is per minute.
    // pg-boss's clock runs only for the guides' scheduled repair.
    schedule: Boolean(options.repairSchedule),
    expireInSeconds: JOB_EXPIRY_SECONDS,
  });
  boss.on("error", (error: Error) => console.error(`Job queue: ${error.message}`));
  await boss.start();
  // Creates the queues this version needs; an existing queue keeps the policy it was created with.
  for (const queue of JOB_QUEUES) await boss.createQueue(queue.name, queue);

  const deliver = options.deliver ?? createReminderDelivery({ smtpUrl: options.smtpUrl, from: options.emailFrom, authUrl: options.authUrl, pool });
  const pollingIntervalSeconds = Math.max(0.5, Math.min(2, options.scanSeconds));
  await boss.work(REMINDER_SCAN_QUEUE, { pollingIntervalSeconds }, async () => ({ claimed: (await claimDueReminders({ pool, boss })).length }));
  // pg-boss waits a polling interval after every fetch, even a full one: sends are fetched in
  // batches, and after a full batch the worker is told to fetch again at once. A batch fails or
  // completes as a whole unless its jobs are settled one by one, as here.
  let sendWorkerId = "";
  sendWorkerId = await boss.work<{ reminderId: string }>(REMINDER_SEND_QUEUE, { pollingIntervalSeconds, batchSize: SEND_BATCH_SIZE }, async (jobs) => {
    for (const job of jobs) {
      try {
        const outcome = await sendDueReminder({ pool, reminderId: job.data.reminderId, origin: options.origin, deliver });
        await boss.complete(REMINDER_SEND_QUEUE, job.id, { outcome });
      } catch (error) {
        await boss.fail(REMINDER_SEND_QUEUE, job.id, error instanceof Error ? error : { message: String(error) });
      }
    }
    if (jobs.length === SEND_BATCH_SIZE) boss.notifyWorker(sendWorkerId);
  });

  const guideJobs = await workGuideJobs(boss, { connectionString: options.connectionString, repairSchedule: options.repairSchedule ?? null, ...options.guideWork });

  // Every runner asks for a scan each period; the singleton slot lets one scan through per period
  // however many runners ask (the claim itself is exact either way).
  const requestScan = () =>
    boss.send(REMINDER_SCAN_QUEUE, {}, { singletonKey: "scan", singletonSeconds: options.scanSeconds, retryLimit: 0 }).catch((error: unknown) => {
      console.error(`Job queue: could not request a reminder scan: ${error instanceof Error ? error.message : String(error)}`);
    });
  void requestScan();
  const timer = setInterval(() => void requestScan(), options.scanSeconds * 1000);

  let stopped: Promise<void> | undefined;
  return {
    boss,
    stop: () =>
      (stopped ??= (async () => {
        clearInterval(timer);
        await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS }).catch(() => undefined);
        await pool.end().catch(() => undefined);
        await guideJobs.close().catch(() => undefined);
      })()),
  };
}
