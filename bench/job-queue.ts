import { randomUUID } from "node:crypto";
import pg from "pg";
import { startJobRunner, type JobRunner } from "../lib/data/jobs/start-job-runner";
import { applyMigrations } from "../scripts/db/migrate";
import { startSmtpTestServer } from "../tests/smtp-test-server";
import { createFreshDatabase, dropDatabase, resolveServerUrl } from "./data/database";

// `npx tsx bench/job-queue.ts [reminders=200]`: the reminder queue (docs/decisions/010-job-queue.md)
// on a fresh local PostgreSQL database with a real SMTP server on localhost. N cases become due
// at one instant; it prints sends per second and the due-to-sent latency, with 1 and 2 job
// runners (each a pg-boss instance with its own pool, as separate worker processes would be).

const reminders = Number(process.argv[2] ?? 200);
const SCAN_SECONDS = 1;
const serverUrl = resolveServerUrl(process.env.DATABASE_URL);
const smtp = await startSmtpTestServer();

async function seedCases(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exchangeId = randomUUID();
    await client.query(`INSERT INTO "Exchange" (id, slug, "nameEn", "nameJa", aliases, "officialDomains", status, "updatedAt") VALUES ($1, 'bench', 'Bench', 'ベンチ', '{}', '{bench.example}', 'OPERATING', now())`, [exchangeId]);
    await client.query(
      `INSERT INTO "User" (id, email, "updatedAt") SELECT 'u' || i, 'owner' || i || '@bench.example', now() FROM generate_series(1, $1) i`,
      [count],
    );
    await client.query(
      `INSERT INTO "RecoveryCase" (id, "ownerId", "exchangeId", "updatedAt", "reminderToken") SELECT 'c' || i, 'u' || i, $2, now(), 'token' || i FROM generate_series(1, $1) i`,
      [count, exchangeId],
    );
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;
}

async function measure(workers: number): Promise<string> {
  const name = `ra_bench_jobs_${workers}`;
  const url = await createFreshDatabase(serverUrl, name);
  const runners: JobRunner[] = [];
  try {
    await applyMigrations({ connectionString: url });
    await seedCases(url, reminders);
    const options = { connectionString: url, poolSize: 2, scanSeconds: SCAN_SECONDS, origin: "http://localhost:3000", smtpUrl: `smtp://127.0.0.1:${smtp.port}`, emailFrom: "bench@bench.example", authUrl: "http://localhost:3000" };
    for (let index = 0; index < workers; index++) runners.push(await startJobRunner(options));
    const before = smtp.received.length;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ due: Date }>(`UPDATE "RecoveryCase" SET "remindersEnabled" = true, "followUpDueAt" = now() RETURNING "followUpDueAt" AS due`);
    const dueAt = rows[0]?.due.getTime() ?? Date.now();
    const sentAt: number[] = [];
    while (smtp.received.length - before < reminders) {
      const arrived = smtp.received.length - before;
      while (sentAt.length < arrived) sentAt.push(Date.now());
      await new Promise((done) => setTimeout(done, 20));
    }
    while (sentAt.length < reminders) sentAt.push(Date.now());
    const { rows: sent } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CaseReminder" WHERE "sentAt" IS NOT NULL`);
    await client.end();
    const latencies = sentAt.map((time) => (time - dueAt) / 1000).sort((a, b) => a - b);
    const first = sentAt[0] ?? dueAt;
    const last = sentAt[sentAt.length - 1] ?? dueAt;
    const throughput = reminders / Math.max((last - first) / 1000, 0.001);
    const duplicates = smtp.received.length - before - sent[0]!.n;
    return `${workers} worker(s): ${reminders} reminders, ${throughput.toFixed(1)} sends/s (first to last), due→sent p50 ${percentile(latencies, 0.5).toFixed(2)} s, p95 ${percentile(latencies, 0.95).toFixed(2)} s, max ${percentile(latencies, 1).toFixed(2)} s, duplicates ${duplicates}`;
  } finally {
    await Promise.all(runners.map((runner) => runner.stop()));
    await dropDatabase(serverUrl, name);
  }
}

try {
  console.log(`Reminder queue, scan every ${SCAN_SECONDS} s, SMTP on localhost, PostgreSQL at ${new URL(serverUrl).host}`);
  for (const workers of [1, 2]) console.log(await measure(workers));
} finally {
  await smtp.stop();
}
