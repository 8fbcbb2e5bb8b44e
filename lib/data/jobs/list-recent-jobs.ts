import "server-only";
import { db } from "../../db";
import { isAdmin, type Actor } from "../../domain/permissions";
import { ForbiddenError, NotSignedInError } from "../errors";

// What the admins' jobs page shows: pg-boss's own tables (docs/decisions/010-job-queue.md), live
// jobs and archived ones, for a recent window. Read-only; the queue stays pg-boss's business.

export const RECENT_JOBS_HOURS = 24;

export type JobStateCount = { queue: string; state: string; count: number };
export type FailedJob = { id: string; queue: string; state: string; attempts: number; createdOn: Date; error: string | null };
export type JobSchedule = { queue: string; cron: string; timezone: string };
export type RecentJobs = { available: false } | { available: true; counts: JobStateCount[]; failures: FailedJob[]; schedules: JobSchedule[] };

const MAX_FAILURES = 30;

export async function listRecentJobs({ actor }: { actor: Actor | null }): Promise<RecentJobs> {
  if (!actor) throw new NotSignedInError();
  if (!isAdmin(actor)) throw new ForbiddenError("listRecentJobs");
  const [installed] = await db().$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`;
  if (!installed?.exists) return { available: false };
  const since = new Date(Date.now() - RECENT_JOBS_HOURS * 3_600_000);
  const [counts, failures, schedules] = await Promise.all([
    db().$queryRaw<JobStateCount[]>`
      SELECT name AS queue, state::text AS state, count(*)::int AS count
      FROM (SELECT name, state FROM pgboss.job WHERE created_on >= ${since}
            UNION ALL SELECT name, state FROM pgboss.archive WHERE created_on >= ${since}) recent
      GROUP BY name, state ORDER BY name, state`,
    db().$queryRaw<FailedJob[]>`
      SELECT id::text, name AS queue, state::text AS state, retry_count + 1 AS attempts, created_on AS "createdOn",
        left(output->>'message', 500) AS error
      FROM (SELECT id, name, state, retry_count, created_on, output FROM pgboss.job
            UNION ALL SELECT id, name, state, retry_count, created_on, output FROM pgboss.archive) jobs
      WHERE created_on >= ${since} AND (state IN ('failed', 'retry') OR (state = 'active' AND retry_count > 0))
      ORDER BY created_on DESC LIMIT ${MAX_FAILURES}`,
    // The guides' nightly repair (GUIDES_REPAIR_CRON), as the runners last set it.
    db().$queryRaw<JobSchedule[]>`SELECT name AS queue, cron, timezone FROM pgboss.schedule ORDER BY name`,
  ]);
  return { available: true, counts, failures, schedules };
}
