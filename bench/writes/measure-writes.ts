import { randomBytes } from "node:crypto";
import { castVote } from "../../lib/data/votes/cast-vote";
import { createReport } from "../../lib/data/reports/create-report";
import type { Actor } from "../../lib/domain/permissions";
import { createScriptPrisma } from "../../scripts/db/script-prisma";
import { openStreamClient } from "../live/stream-clients";
import { summarize } from "../lib/stats";
import type { WritesResult, WritesTask } from "./protocol";
import { buildReportInput } from "./report-input";
import { measureStatsLag } from "./stats-lag";
import { measureLiveVisibility } from "./visibility";

// The cost of one report submission and one vote, timed around the lib/data functions the server
// actions call (validation, permission checks, rate limit, detectors, the transaction, and
// whatever keeps the guide aggregates current), on the exchange with the most reports.

const WARM_UP_CALLS = 10;
// Per kind of write; a slow guide page makes each write-to-visible take seconds.
const VISIBILITY_BUDGET_MS = 120_000;
// Reports until the statistics count them: at 1,000,000 reports each takes a recomputation of
// the largest guide (about 30 s before incremental aggregates), hence the budget and the limit.
const STATS_LAG_WRITES = 10;
const STATS_LAG_BUDGET_MS = 150_000;
const STATS_LAG_TIMEOUT_MS = 90_000;

async function timeCalls(count: number, call: (sequence: number) => Promise<void>): Promise<number[]> {
  for (let sequence = 0; sequence < WARM_UP_CALLS; sequence++) await call(count + sequence);
  const samples: number[] = [];
  for (let sequence = 0; sequence < count; sequence++) {
    const started = performance.now();
    await call(sequence);
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function measureWrites(task: WritesTask): Promise<WritesResult> {
  const prisma = createScriptPrisma(process.env.DATABASE_URL ?? "");
  try {
    const exchange = await prisma.exchange.findUniqueOrThrow({ where: { slug: task.exchangeSlug }, select: { id: true } });

    // Established accounts (older than a week) with their own rate-limit buckets: the limits
    // are part of the cost, but one account would run out of reports a day after 20.
    const run = randomBytes(4).toString("hex");
    const actorCount = 2 * (task.calls + WARM_UP_CALLS) + 2 * task.visibilityWrites + STATS_LAG_WRITES;
    const createdAt = new Date(Date.now() - 30 * 86_400_000);
    const actors: Actor[] = Array.from({ length: actorCount }, (_, index) => ({ id: `bench-${run}-${index}`, role: "USER", bannedAt: null, createdAt }));
    await prisma.user.createMany({ data: actors.map((actor, index) => ({ id: actor.id, displayName: `Bench-${index}`, createdAt })) });
    const actorAt = (index: number): Actor => {
      const actor = actors[index % actors.length];
      if (!actor) throw new Error("no bench actors");
      return actor;
    };

    // Votes go to published reports of the exchange that no bench actor has voted on.
    const voteTargets = (
      await prisma.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Report" WHERE "exchangeId" = ${exchange.id} AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL
        ORDER BY md5("id" || ${run}) LIMIT ${task.calls + WARM_UP_CALLS + task.visibilityWrites}`
    ).map((row) => row.id);
    const targetAt = (index: number): string => {
      const id = voteTargets[index % voteTargets.length];
      if (!id) throw new Error(`exchange ${task.exchangeSlug} has no published reports to vote on`);
      return id;
    };

    let created = 0;
    const submitReport = async (actorIndex: number, sequence: number) => {
      const result = await createReport({ actor: actorAt(actorIndex), input: buildReportInput(task.exchangeSlug, sequence) });
      if (result.status !== "PUBLISHED") throw new Error(`a bench report was held for review (${result.heldReasons.join(", ")})`);
      created += 1;
    };
    const voteFor = (actorIndex: number, targetIndex: number) =>
      castVote({ actor: actorAt(actorIndex), input: { reportId: targetAt(targetIndex), value: "HELPFUL" } }).then(() => undefined);

    const voteActors = task.calls + WARM_UP_CALLS;
    const reportSamples = await timeCalls(task.calls, (sequence) => submitReport(sequence, sequence));
    const voteSamples = await timeCalls(task.calls, (sequence) => voteFor(voteActors + sequence, sequence));
    const reportNote = `${created} reports created by as many accounts (${WARM_UP_CALLS} warm-up calls not counted)`;
    const voteNote = `new votes on published reports of ${task.exchangeSlug} (${WARM_UP_CALLS} warm-up calls not counted)`;

    const slug = encodeURIComponent(task.exchangeSlug);
    const stream = await openStreamClient(task.appUrl, `slug=${slug}`, exchange.id);
    const readVersion = async () => (await prisma.guideCounter.findUnique({ where: { key: exchange.id }, select: { version: true } }))?.version ?? 0;
    const visibility = (kind: "report" | "vote", write: (sequence: number) => Promise<void>) =>
      measureLiveVisibility({
        kind,
        write,
        readVersion,
        stream,
        pageUrl: `${task.appUrl}${task.guidePath}`,
        writes: task.visibilityWrites,
        timeoutMs: task.visibilityTimeoutMs,
        budgetMs: VISIBILITY_BUDGET_MS,
        pageSkipped: task.pageSkipped,
      });
    const firstVisibilityActor = 2 * voteActors;
    const firstStatsActor = firstVisibilityActor + 2 * task.visibilityWrites;
    let reportVisibility, voteVisibility, statsLag;
    try {
      reportVisibility = await visibility("report", (sequence) => submitReport(firstVisibilityActor + sequence, 1000 + sequence));
      voteVisibility = await visibility("vote", (sequence) =>
        voteFor(firstVisibilityActor + task.visibilityWrites + sequence, task.calls + WARM_UP_CALLS + sequence),
      );
      statsLag = await measureStatsLag({
        exchange: task.exchangeSlug,
        publishReport: (sequence) => submitReport(firstStatsActor + sequence, 2000 + sequence),
        guideApiUrl: `${task.appUrl}/api/v1/exchanges/${slug}/guide`,
        stream,
        countPublished: () => prisma.report.count({ where: { exchangeId: exchange.id, status: "PUBLISHED", deletedAt: null } }),
        writes: STATS_LAG_WRITES,
        timeoutMs: STATS_LAG_TIMEOUT_MS,
        budgetMs: STATS_LAG_BUDGET_MS,
      });
    } finally {
      stream.close();
    }

    return {
      kind: "writes",
      createReport: { ...summarize(reportSamples), note: reportNote },
      castVote: { ...summarize(voteSamples), note: voteNote },
      visibility: [reportVisibility.event, reportVisibility.page, voteVisibility.event, voteVisibility.page],
      statsLag,
    };
  } finally {
    await prisma.$disconnect();
  }
}
