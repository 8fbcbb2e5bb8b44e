import type { PrismaClient } from "../../generated/prisma/client";
import { recountAllReportVotes } from "../votes/recount-all-report-votes";
import { rebuildAggregate } from "./guide-aggregates";
import { refreshGuidesInBatches } from "./refresh-guides";

// Not server-only, like the rest of the guides' storage: scripts, the benchmark and the job
// runner (lib/data/jobs) run it outside Next with their own Prisma client.

/**
 * Recounts every report's votes, rebuilds every exchange's aggregate from its reports and
 * recomputes every stored guide, whatever its version: the full recomputation. For repairs, and
 * for bulk loads that bypass lib/data (the benchmark's COPY), which neither castVote, the
 * aggregates nor the version counters saw.
 */
export async function refreshAllGuides(prisma: PrismaClient, options: { now?: Date } = {}): Promise<{ exchanges: number; seconds: number }> {
  const started = performance.now();
  await recountAllReportVotes(prisma);
  const exchanges = await prisma.exchange.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (const { id } of exchanges) await rebuildAggregate(prisma, id);
  await refreshGuidesInBatches(prisma, exchanges.map((exchange) => exchange.id), options);
  return { exchanges: exchanges.length, seconds: (performance.now() - started) / 1000 };
}
