import { randomBytes } from "node:crypto";
import { castVote } from "../../lib/data/votes/cast-vote";
import { createReport } from "../../lib/data/reports/create-report";
import type { Actor } from "../../lib/domain/permissions";
import { createScriptPrisma } from "../../scripts/db/script-prisma";
import { openStreamClient, type StreamClient } from "../live/stream-clients";
import { summarize } from "../lib/stats";
import { buildReportInput } from "../writes/report-input";
import { OpenPage } from "../writes/open-page";
import { sightWrite, type WriteSighting } from "../writes/visibility";
import type { MixedWritesResult, MixedWritesTask } from "./protocol";

// The writing half of the mixed load: reports and votes, alternately, at a fixed rate, each
// started on schedule whether the previous one finished or not (writers do not wait for each
// other), through the lib/data functions the server actions call. Each write goes to a published
// report drawn at random, so exchanges get writes in proportion to their reports, as the
// generated popularity has it. Every exchange written to has a held GET /api/live stream, and every
// write is followed until its event arrives; the guides the readers request also have a reader
// with the page open (the page requested on its stream's events, bench/writes/open-page.ts), and
// writes there are followed until that page carries them. Pages nobody reads get no extra renders.

export type MixedControl = {
  /** Tells the parent the accounts, targets and streams are ready. */
  ready: () => Promise<void>;
  started: Promise<void>;
  stopped: Promise<void>;
};

type Target = { reportId: string; exchangeId: string; slug: string };

export async function runMixedWrites(task: MixedWritesTask, control: MixedControl): Promise<MixedWritesResult> {
  const prisma = createScriptPrisma(process.env.DATABASE_URL ?? "");
  const streams = new Map<string, StreamClient>();
  const pages = new Map<string, OpenPage>();
  try {
    const most = Math.ceil(task.writesPerSecond * task.maxSeconds);
    const run = randomBytes(4).toString("hex");
    const targets = await prisma.$queryRaw<Target[]>`
      SELECT r."id" AS "reportId", r."exchangeId", e."slug" FROM "Report" r JOIN "Exchange" e ON e."id" = r."exchangeId"
      WHERE r."status" = 'PUBLISHED' AND r."deletedAt" IS NULL ORDER BY md5(r."id" || ${run}) LIMIT ${most}`;
    // Established accounts, one per write: the daily and per-minute limits stay out of the way.
    const createdAt = new Date(Date.now() - 30 * 86_400_000);
    const actors: Actor[] = targets.map((_, index) => ({ id: `bench-mixed-${run}-${index}`, role: "USER", bannedAt: null, createdAt }));
    await prisma.user.createMany({ data: actors.map((actor, index) => ({ id: actor.id, displayName: `Bench-mixed-${index}`, createdAt })) });
    const slugs = [...new Set(targets.map((target) => target.slug))];
    for (const slug of slugs) {
      const stream = await openStreamClient(task.appUrl, `slug=${encodeURIComponent(slug)}`, slug);
      streams.set(slug, stream);
      if (task.pageSlugs.includes(slug)) pages.set(slug, new OpenPage(stream, `${task.appUrl}/en/exchanges/${slug}`));
    }

    const writeSamples: number[] = [];
    const sightings: WriteSighting[] = [];
    let held = 0;
    let failed = 0;
    let firstError: string | null = null;
    const readVersion = async (exchangeId: string) =>
      (await prisma.guideCounter.findUnique({ where: { key: exchangeId }, select: { version: true } }))?.version ?? 0;

    const write = async (index: number, target: Target, actor: Actor) => {
      const started = performance.now();
      try {
        if (index % 2 === 0) {
          const result = await createReport({ actor, input: buildReportInput(target.slug, index) });
          if (result.status !== "PUBLISHED") {
            held += 1;
            return;
          }
        } else await castVote({ actor, input: { reportId: target.reportId, value: "HELPFUL" } });
        const committedAt = performance.now();
        writeSamples.push(committedAt - started);
        const stream = streams.get(target.slug);
        if (!stream) throw new Error(`no stream for ${target.slug}`);
        const page = pages.get(target.slug) ?? null;
        const version = await readVersion(target.exchangeId);
        sightings.push(await sightWrite({ stream, page, version, committedAt, timeoutMs: task.visibilityTimeoutMs }));
      } catch (error) {
        failed += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    };

    await control.ready();
    await control.started;
    let stop = false;
    void control.stopped.then(() => {
      stop = true;
    });
    const interval = 1000 / task.writesPerSecond;
    const writingFrom = performance.now();
    const inFlight = new Set<Promise<void>>();
    let attempted = 0;
    while (!stop && attempted < targets.length) {
      const wait = writingFrom + attempted * interval - performance.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      if (stop) break;
      const target = targets[attempted];
      const actor = actors[attempted];
      if (!target || !actor) break;
      const pending: Promise<void> = write(attempted, target, actor).finally(() => inFlight.delete(pending));
      inFlight.add(pending);
      attempted += 1;
    }
    const writingSeconds = (performance.now() - writingFrom) / 1000;
    await Promise.all(inFlight);

    const seen = (pick: (sighting: WriteSighting) => number | null) => sightings.map(pick).filter((ms): ms is number => ms !== null);
    const eventSamples = seen((sighting) => sighting.eventMs);
    const pageSamples = seen((sighting) => sighting.pageMs);
    const pageProblem = [...pages.values()].find((page) => page.problem !== null)?.problem ?? null;
    return {
      kind: "mixed",
      writesPerSecond: task.writesPerSecond,
      attempted,
      committed: writeSamples.length,
      held,
      failed,
      firstError: firstError ?? pageProblem,
      achievedPerSecond: writeSamples.length / Math.max(writingSeconds, 1e-3),
      exchanges: new Set(targets.slice(0, attempted).map((target) => target.slug)).size,
      write: summarize(writeSamples),
      event: { ...summarize(eventSamples), timedOut: sightings.length - eventSamples.length },
      page: { ...summarize(pageSamples), timedOut: sightings.filter((sighting) => sighting.pageMs === null && sighting.followedPage).length },
    };
  } finally {
    for (const stream of streams.values()) stream.close();
    await prisma.$disconnect();
  }
}
