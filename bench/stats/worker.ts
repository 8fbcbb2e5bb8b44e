import { randomUUID } from "node:crypto";
import { readAggregate } from "../../lib/data/guides/guide-aggregates";
import { loadFacts } from "../../lib/data/guides/load-facts";
import { refreshGuides } from "../../lib/data/guides/refresh-guides";
import { createReport } from "../../lib/data/reports/create-report";
import { db, disconnectDb } from "../../lib/db";
import { computeComparisonViews, computeGuideStats } from "../../lib/domain/stats";
import { percentile } from "../lib/stats";
import { buildReportInput } from "../writes/report-input";

// Runs in a process with the server's module conditions (bench/stats-after-write.ts forks it): how
// long until the statistics of the exchange with the most reports include a write, the old way (a
// full recomputation from every report) and the new one (the write moves the aggregate; the guide
// is recomputed from it).

export type StatsFigures = {
  exchange: string;
  reports: number;
  aggregateKeys: number;
  fullRecomputeSeconds: number;
  writeSeconds: number[];
  /** The refresh after each write: the aggregate's moved rows read, the guide computed and stored. */
  refreshSeconds: number[];
  includeSeconds: number[];
  p50: number | null;
  p99: number | null;
};

// Before: every write re-read every report of the exchange. In a function of its own, so that the
// facts (some hundred megabytes) are garbage before the writes are timed, as in a server.
async function timeFullRecomputation(exchangeId: string, now: Date): Promise<number> {
  const started = performance.now();
  const facts = await loadFacts(db(), [exchangeId]);
  const stats = computeGuideStats(facts, { now });
  computeComparisonViews(facts, { now, allReportsStats: stats });
  return (performance.now() - started) / 1000;
}

async function measure(writes: number): Promise<StatsFigures> {
  const prisma = db();
  const [largest] = await prisma.$queryRaw<{ id: string; slug: string; n: number }[]>`
    SELECT e."id", e."slug", count(*)::int AS "n" FROM "Report" r JOIN "Exchange" e ON e."id" = r."exchangeId"
    WHERE r."status" = 'PUBLISHED' AND r."deletedAt" IS NULL GROUP BY e."id", e."slug" ORDER BY "n" DESC LIMIT 1`;
  if (!largest) throw new Error("no reports");
  const now = new Date();

  const fullRecomputeSeconds = await timeFullRecomputation(largest.id, now);

  await refreshGuides(prisma, [largest.id], { now });
  const authors = await prisma.user.findMany({ where: { role: "USER", bannedAt: null, createdAt: { lt: new Date(Date.now() - 30 * 86_400_000) } }, select: { id: true, role: true, bannedAt: true, createdAt: true }, take: writes });
  let published = 0;
  const writeSeconds: number[] = [];
  const refreshSeconds: number[] = [];
  const includeSeconds: number[] = [];
  for (const [index, author] of authors.entries()) {
    const started = performance.now();
    const result = await createReport({ actor: author, input: { ...buildReportInput(largest.slug, index), idempotencyKey: randomUUID() } });
    const written = performance.now();
    writeSeconds.push((written - started) / 1000);
    // What the next reader of the guide does: recompute the stale guide from the aggregate.
    const guide = (await refreshGuides(prisma, [largest.id])).get(largest.id);
    refreshSeconds.push((performance.now() - written) / 1000);
    includeSeconds.push((performance.now() - started) / 1000);
    if (result.status === "PUBLISHED") published += 1;
    if (guide?.stats.n !== largest.n + published) throw new Error(`the guide counted ${guide?.stats.n} after write ${index + 1}, expected ${largest.n + published}`);
  }
  const aggregate = await readAggregate(prisma, largest.id);
  return {
    exchange: largest.slug,
    reports: largest.n,
    aggregateKeys: aggregate.size,
    fullRecomputeSeconds,
    writeSeconds,
    refreshSeconds,
    includeSeconds,
    p50: percentile(includeSeconds, 50),
    p99: percentile(includeSeconds, 99),
  };
}

process.once("message", (writes: number) => {
  void (async () => {
    const figures = await measure(writes);
    await disconnectDb().catch(() => undefined);
    process.send?.(figures, undefined, undefined, () => process.exit(0));
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
