import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findGuide } from "@/lib/data/guides/find-guide";
import { bumpGuideVersion } from "@/lib/data/guides/guide-counters";
import { getGuideVersion } from "@/lib/data/guides/live-version";
import { GUIDE_REFRESH_QUEUE, GUIDE_REPAIR_QUEUE } from "@/lib/data/jobs/job-queues";
import { stopJobSenders } from "@/lib/data/jobs/job-sender";
import { listRecentJobs } from "@/lib/data/jobs/list-recent-jobs";
import { queueGuideRefreshes } from "@/lib/data/jobs/queue-guide-refreshes";
import { requestGuideRepair } from "@/lib/data/jobs/request-guide-repair";
import { startJobRunner, type JobRunner, type JobRunnerOptions } from "@/lib/data/jobs/start-job-runner";
import { refreshStaleGuidesOf } from "@/lib/data/jobs/work-guide-jobs";
import { db } from "@/lib/db";
import { createExchange, createReport, createUser } from "../factories";

// Guide recomputations on the real queue (pg-boss) on this file's own database, embedded or
// server: a large guide's deferred refresh is done by a job runner, once per burst with two
// runners; a failing refresh is retried and shown to admins; the repair as a job, as a command
// and on a schedule; and without a queue the refresh still happens in the reading process.

const connectionString = process.env.DATABASE_URL ?? "";
const pool = new pg.Pool({ connectionString, max: 1 });
// Reminder scans far apart: only guide jobs run here. No scheduled repair unless a test sets one.
const runnerOptions: JobRunnerOptions = { connectionString, poolSize: 2, scanSeconds: 3600, origin: "http://localhost:3000" };
// Five reports stand for a guide of QUEUE_REFRESH_MIN_REPORTS or more.
const large = { inlineRefreshMaxReports: 4, queueRefreshMinReports: 5 };
const admin = { id: "admin", role: "ADMIN" as const, bannedAt: null, createdAt: new Date() };

afterAll(async () => {
  await stopJobSenders();
  await pool.end();
});

async function addReports(exchangeId: string, count: number): Promise<void> {
  const author = await createUser(db());
  for (let index = 0; index < count; index++) await createReport(db(), { exchangeId, authorId: author.id });
}

/** An exchange whose stored guide counted five reports, with a sixth written since (stale). */
async function staleLargeExchange() {
  const exchange = await createExchange(db());
  await addReports(exchange.id, 5);
  const stored = await findGuide({ slug: exchange.slug });
  if (stored?.stats.n !== 5) throw new Error("setup: no stored guide");
  await addReports(exchange.id, 1);
  await db().$transaction((tx) => bumpGuideVersion(tx, exchange.id));
  return { exchange, stored };
}

/** A page read with next/server's `after` replaced by "run it now"; resolves once the deferred work has. */
async function readDeferred(slug: string) {
  const deferred: Promise<unknown>[] = [];
  const guide = await findGuide({ slug, deferRefresh: (refresh) => void deferred.push(refresh()), ...large });
  return { guide, deferred: await Promise.all(deferred) };
}

type JobRow = { id: string; state: string; retryCount: number; output: { refreshed?: string[]; current?: string[] } | null };

async function refreshJobsOf(exchangeId: string): Promise<JobRow[]> {
  const { rows } = await pool.query<JobRow>(
    `SELECT id::text, state::text, retry_count AS "retryCount", output FROM pgboss.job WHERE name = $1 AND singleton_key = $2
     UNION ALL SELECT id::text, state::text, retry_count, output FROM pgboss.archive WHERE name = $1 AND singleton_key = $2`,
    [GUIDE_REFRESH_QUEUE, exchangeId],
  );
  return rows;
}

const settled = (jobs: JobRow[]) => jobs.length > 0 && jobs.every((job) => job.state === "completed" || job.state === "failed");
const statsCurrent = async (slug: string) => {
  const live = await getGuideVersion({ slug });
  return live !== null && live.statsVersion === live.version;
};

describe("with one job runner", () => {
  let runner: JobRunner;
  beforeAll(async () => {
    runner = await startJobRunner(runnerOptions);
  });
  afterAll(() => runner.stop());

  it("a large guide's deferred refresh is queued, answered with the stored figures, and recomputed by the runner", async () => {
    const { exchange, stored } = await staleLargeExchange();
    const { guide, deferred } = await readDeferred(exchange.slug);
    expect(deferred).toEqual(["queued"]);
    // The reader got the stored figures; the reading process recomputed nothing.
    expect(guide).toMatchObject({ statsVersion: stored.statsVersion, computedAt: stored.computedAt });
    expect(guide?.stats.n).toBe(5);

    await expect.poll(() => statsCurrent(exchange.slug), { timeout: 60_000, interval: 100 }).toBe(true);
    expect((await findGuide({ slug: exchange.slug, ...large }))?.stats.n).toBe(6);
    await expect.poll(async () => settled(await refreshJobsOf(exchange.id)), { timeout: 30_000, interval: 100 }).toBe(true);
    expect((await refreshJobsOf(exchange.id)).map((job) => [job.state, job.output])).toEqual([["completed", { refreshed: [exchange.id], current: [] }]]);
  });

  it("a refresh job that finds the guide current changes nothing", async () => {
    const { exchange, stored } = await staleLargeExchange();
    await findGuide({ slug: exchange.slug });
    const current = await db().exchangeGuide.findUniqueOrThrow({ where: { exchangeId: exchange.id } });
    expect(current.version).toBeGreaterThan(stored.statsVersion);

    await runner.boss.send(GUIDE_REFRESH_QUEUE, { exchangeIds: [exchange.id] }, { singletonKey: exchange.id });
    await expect.poll(async () => settled(await refreshJobsOf(exchange.id)), { timeout: 60_000, interval: 100 }).toBe(true);
    expect((await refreshJobsOf(exchange.id))[0]?.output).toEqual({ refreshed: [], current: [exchange.id] });
    expect(await db().exchangeGuide.findUniqueOrThrow({ where: { exchangeId: exchange.id } })).toEqual(current);
  });

  it("guides:repair as a job recomputes guides from all their reports, also ones whose version says current", async () => {
    // Reports written behind lib/data's back (a bulk load): no version moved, the guide looks current.
    const exchange = await createExchange(db());
    await addReports(exchange.id, 2);
    await findGuide({ slug: exchange.slug });
    await addReports(exchange.id, 3);
    expect((await findGuide({ slug: exchange.slug }))?.stats.n).toBe(2);

    const request = await requestGuideRepair({ connectionString, startWithinMs: 60_000 });
    expect(request).toMatchObject({ outcome: "done", result: { exchanges: await db().exchange.count() } });
    expect((await findGuide({ slug: exchange.slug }))?.stats.n).toBe(5);
  });
});

describe("with two job runners", () => {
  let runners: JobRunner[];
  beforeAll(async () => {
    // One after the other: two pg-boss starts on a database without its schema can deadlock
    // installing it (whichever describe runs first here installs it).
    runners = [await startJobRunner(runnerOptions), await startJobRunner(runnerOptions)];
  });
  afterAll(() => Promise.all(runners.map((runner) => runner.stop())));

  it("a burst of reads on a stale large guide recomputes it once", async () => {
    const { exchange } = await staleLargeExchange();
    const reads = await Promise.all(Array.from({ length: 20 }, () => readDeferred(exchange.slug)));
    expect(reads.every(({ deferred }) => deferred[0] === "queued")).toBe(true);

    await expect.poll(() => statsCurrent(exchange.slug), { timeout: 60_000, interval: 100 }).toBe(true);
    await expect.poll(async () => settled(await refreshJobsOf(exchange.id)), { timeout: 60_000, interval: 100 }).toBe(true);
    const jobs = await refreshJobsOf(exchange.id);
    // One job waits per exchange at a time: the twenty reads queued one, plus one more each time a
    // runner took the waiting one mid-burst (a slow embedded database spreads the burst over
    // seconds). Without that policy every read queues its own.
    expect(jobs.length).toBeLessThan(reads.length / 2);
    // Whichever runner took them, the guide was recomputed once; the later jobs found it current.
    expect(jobs.filter((job) => job.output?.refreshed?.includes(exchange.id))).toHaveLength(1);
    expect(jobs.filter((job) => job.output?.current?.includes(exchange.id))).toHaveLength(jobs.length - 1);
  });
});

describe("failures and schedules", () => {
  it("a failing refresh is retried with backoff and shown on the admins' jobs listing", { timeout: 120_000 }, async () => {
    let attempts = 0;
    const runner = await startJobRunner({
      ...runnerOptions,
      guideWork: {
        refresh: async (prisma, exchangeIds) => {
          attempts += 1;
          if (attempts === 1) throw new Error("statistics failed on purpose");
          return refreshStaleGuidesOf(prisma, exchangeIds);
        },
      },
    });
    try {
      const { exchange } = await staleLargeExchange();
      await readDeferred(exchange.slug);
      await expect
        .poll(async () => {
          const jobs = await listRecentJobs({ actor: admin });
          return jobs.available ? jobs.failures.find((job) => job.queue === GUIDE_REFRESH_QUEUE && job.error?.includes("failed on purpose")) : undefined;
        }, { timeout: 60_000, interval: 200 })
        .toMatchObject({ state: "retry", attempts: 1 });
      expect(await statsCurrent(exchange.slug)).toBe(false);
      // pg-boss waits 10 to 20 s before the second attempt, which succeeds.
      await expect.poll(() => statsCurrent(exchange.slug), { timeout: 90_000, interval: 200 }).toBe(true);
      await expect.poll(async () => settled(await refreshJobsOf(exchange.id)), { timeout: 30_000, interval: 100 }).toBe(true);
      expect((await refreshJobsOf(exchange.id)).map((job) => [job.state, job.retryCount])).toEqual([["completed", 1]]);
      const jobs = await listRecentJobs({ actor: admin });
      expect(jobs.available && jobs.counts.some((row) => row.queue === GUIDE_REFRESH_QUEUE && row.state === "completed")).toBe(true);
    } finally {
      await runner.stop();
    }
    expect(attempts).toBe(2);
  });

  it("a runner with a repair schedule sets it for the database, one without removes it", async () => {
    const scheduled = await startJobRunner({ ...runnerOptions, repairSchedule: "30 3 * * *" });
    try {
      expect(await scheduled.boss.getSchedules()).toMatchObject([{ name: GUIDE_REPAIR_QUEUE, cron: "30 3 * * *", timezone: "UTC" }]);
    } finally {
      await scheduled.stop();
    }
    const unscheduled = await startJobRunner(runnerOptions);
    try {
      expect(await unscheduled.boss.getSchedules()).toEqual([]);
    } finally {
      await unscheduled.stop();
    }
  });

  it("guides:repair -- --now recomputes without a runner", { timeout: 120_000 }, async () => {
    const exchange = await createExchange(db());
    await addReports(exchange.id, 1);
    await findGuide({ slug: exchange.slug });
    await addReports(exchange.id, 2);
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/repair-guides.ts", "--now", exchange.id], { env: { ...process.env, DATABASE_URL: connectionString }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect({ code, output }).toMatchObject({ code: 0, output: expect.stringContaining("Recomputed the guides of 1 exchange(s)") });
    expect((await findGuide({ slug: exchange.slug }))?.stats.n).toBe(3);
  });

  it("without a reachable queue the deferred refresh still happens, in the reading process", async () => {
    const refreshedHere: string[][] = [];
    const outcome = await queueGuideRefreshes({
      connectionString: "postgresql://nobody@127.0.0.1:1/no_queue",
      exchangeIds: ["a", "b"],
      refreshHere: async (ids) => void refreshedHere.push([...ids]),
    });
    expect(outcome).toBe("refreshed here");
    expect(refreshedHere).toEqual([["a", "b"]]);
  });
});
