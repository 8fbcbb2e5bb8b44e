import type { PrismaClient } from "../../generated/prisma/client";
import { rebuildAggregate } from "./guide-aggregates";
import { refreshGuidesInBatches } from "./refresh-guides";

// The full recomputation of stored guides from all their reports, whatever their versions say:
// the `guides.repair` job (nightly, and `npm run guides:repair`) rebuilds each exchange's
// incremental aggregate from its reports (docs/decisions/016-incremental-statistics.md) and stores
// the guide computed from it, mending any drift between the stored figures and the reports. The one entry point for it, so that how guides are computed can
// change behind it. Not server-only: the job runner and the command run it outside Next.

export type RepairOutcome = { exchanges: number; seconds: number };

/** Recomputes and stores the guides of the given exchanges, or of every exchange. */
export async function repairGuides(client: PrismaClient, exchangeIds?: readonly string[]): Promise<RepairOutcome> {
  const started = performance.now();
  const ids = exchangeIds ?? (await client.exchange.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((exchange) => exchange.id);
  // One exchange at a time: each rebuild holds that exchange's writers off until it commits.
  for (const id of ids) await rebuildAggregate(client, id);
  await refreshGuidesInBatches(client, ids);
  return { exchanges: ids.length, seconds: Math.round(performance.now() - started) / 1000 };
}
