import type PgBoss from "pg-boss";
import type { RepairOutcome } from "../guides/repair-guides";
import { GUIDE_REPAIR_QUEUE, type GuideRepairJob } from "./job-queues";
import { startJobSender } from "./job-sender";

// `npm run guides:repair` without --now: the repair runs as a `guides.repair` job on a runner
// (docs/decisions/010-job-queue.md), which has the connections and the time for it, and this
// command waits for its answer. Not server-only: a script runs it.

export type GuideRepairRequest =
  | { outcome: "done"; jobId: string; result: RepairOutcome }
  | { outcome: "failed"; jobId: string; state: string; error: string }
  | { outcome: "not started"; jobId: string }
  | { outcome: "already waiting" };

const POLL_MS = 500;

function errorOf(output: unknown): string {
  if (typeof output === "object" && output !== null && "message" in output) return String((output as { message: unknown }).message);
  return JSON.stringify(output ?? null);
}

/**
 * Queues a repair and waits until a runner has done it (or failed an attempt). Rejects when the
 * queue is not installed (no runner ever started here); answers "not started" when no runner took
 * the job within `startWithinMs` (it stays queued), "already waiting" when a repair is queued
 * already (the queue keeps one).
 */
export async function requestGuideRepair({
  connectionString,
  exchangeIds,
  startWithinMs,
}: {
  connectionString: string;
  exchangeIds?: readonly string[];
  startWithinMs: number;
}): Promise<GuideRepairRequest> {
  const boss = await startJobSender(connectionString);
  try {
    const data: GuideRepairJob = exchangeIds && exchangeIds.length > 0 ? { exchangeIds: [...exchangeIds] } : {};
    const jobId = await boss.send(GUIDE_REPAIR_QUEUE, data);
    if (!jobId) return { outcome: "already waiting" };
    return await waitForJob(boss, jobId, Date.now() + startWithinMs);
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
}

async function waitForJob(boss: PgBoss, jobId: string, startBy: number): Promise<GuideRepairRequest> {
  for (;;) {
    const job = await boss.getJobById<GuideRepairJob>(GUIDE_REPAIR_QUEUE, jobId, { includeArchive: true });
    const state = job?.state ?? "gone";
    if (state === "completed") return { outcome: "done", jobId, result: job?.output as RepairOutcome };
    if (state === "failed" || state === "retry" || state === "cancelled" || state === "gone") return { outcome: "failed", jobId, state, error: errorOf(job?.output) };
    if (state === "created" && Date.now() > startBy) return { outcome: "not started", jobId };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
