import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { refreshGuidesInBatches } from "./refresh-guides";

// The full recomputation of stored guides from all their reports, whatever their versions say:
// the `guides.repair` job (nightly, and `npm run guides:repair`) mends any drift between the
// stored figures and the reports. The one entry point for it, so that how guides are computed can
// change behind it. Not server-only: the job runner and the command run it outside Next.

type Client = PrismaClient | Prisma.TransactionClient;

export type RepairOutcome = { exchanges: number; seconds: number };

/** Recomputes and stores the guides of the given exchanges, or of every exchange. */
export async function repairGuides(client: Client, exchangeIds?: readonly string[]): Promise<RepairOutcome> {
  const started = performance.now();
  const ids = exchangeIds ?? (await client.exchange.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((exchange) => exchange.id);
  await refreshGuidesInBatches(client, ids);
  return { exchanges: ids.length, seconds: Math.round(performance.now() - started) / 1000 };
}
