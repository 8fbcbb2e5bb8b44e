import { refreshAllGuides } from "../../lib/data/guides/refresh-all-guides";
import { createScriptPrisma } from "../../scripts/db/script-prisma";

// COPY bypasses lib/data, so the guide versions never moved and no exchange has stored guide
// statistics yet. The guide code's own bulk refresh computes every exchange's aggregate in one
// pass, as after any bulk load (docs/decisions/005-live-guides.md); without it, the first reader
// of each guide would pay for the computation and the page figures would measure that instead.

export type AggregatesResult = {
  called: string;
  exchanges: number | null;
  seconds: number;
  error: string | null;
  /** Where it failed (first frames of the stack), for the guide code's authors. */
  stack: string | null;
};

export async function rebuildGuideAggregates(connectionString: string): Promise<AggregatesResult> {
  const called = "lib/data/guides/refresh-all-guides.ts refreshAllGuides(prisma)";
  const prisma = createScriptPrisma(connectionString, 4);
  const started = performance.now();
  try {
    const { exchanges } = await refreshAllGuides(prisma);
    return { called, exchanges, seconds: (performance.now() - started) / 1000, error: null, stack: null };
  } catch (error) {
    // Reported in the results rather than ending the run: the pages then compute on demand.
    const reason = error instanceof Error ? error.message.trim().split("\n").slice(-1)[0] ?? error.message : String(error);
    const stack = error instanceof Error && error.stack ? error.stack.split("\n").slice(0, 8).join("\n") : null;
    return { called, exchanges: null, seconds: (performance.now() - started) / 1000, error: reason, stack };
  } finally {
    await prisma.$disconnect();
  }
}
