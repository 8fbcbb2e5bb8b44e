import { GUIDE_REFRESH_QUEUE, guideRefreshJobs } from "./job-queues";
import { jobSenderFor } from "./job-sender";

// Hands large exchanges' guide recomputations to the job queue (docs/decisions/010-job-queue.md),
// where one runner does each once however many instances' readers asked, and the CPU is spent in
// whichever process runs the jobs. Not server-only: the job sender is shared with scripts.

/**
 * Queues one `guides.refresh` job per exchange (one waits per exchange at a time: the queue's
 * policy drops the others). When the queue is not there (no runner installed it, or it cannot be
 * reached) the refresh must still happen: `refreshHere` does it in this process. Never rejects
 * for the queue's sake; resolves once the jobs are queued or the fallback is done.
 */
export async function queueGuideRefreshes({
  connectionString,
  exchangeIds,
  refreshHere,
}: {
  connectionString: string | undefined;
  exchangeIds: readonly string[];
  refreshHere: (exchangeIds: readonly string[]) => Promise<unknown>;
}): Promise<"queued" | "refreshed here"> {
  if (exchangeIds.length === 0) return "queued";
  try {
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const sender = await jobSenderFor(connectionString);
    for (const { data, singletonKey } of guideRefreshJobs(exchangeIds)) await sender.send(GUIDE_REFRESH_QUEUE, data, { singletonKey });
    return "queued";
  } catch (error) {
    console.warn(`Guide refresh of ${exchangeIds.join(", ")} runs in this process, the job queue is not available: ${error instanceof Error ? error.message : String(error)}`);
    await refreshHere(exchangeIds);
    return "refreshed here";
  }
}
