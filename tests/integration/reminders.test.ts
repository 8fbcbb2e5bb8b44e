import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExchange, createUser } from "../factories";
import { decodeMail, startSmtpTestServer } from "../smtp-test-server";

// Reminder e-mails through the real queue (pg-boss) on this file's own database, embedded or
// server, and a real SMTP server: due → sent once, also with two runners at once; not sent when
// off, closed or not due; a refused e-mail is retried; the unsubscribe token works.

const smtp = await startSmtpTestServer();
const smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
const [{ db }, { startJobRunner }, { unsubscribeReminders }, { claimDueReminders }, { sendDueReminder }] = await Promise.all([
  import("@/lib/db"),
  import("@/lib/data/jobs/start-job-runner"),
  import("@/lib/data/reminders/unsubscribe-reminders"),
  import("@/lib/data/reminders/claim-due-reminders"),
  import("@/lib/data/reminders/send-due-reminder"),
]);
const connectionString = process.env.DATABASE_URL ?? "";
const pool = new pg.Pool({ connectionString, max: 1 });
const origin = "http://localhost:3000";
const runnerOptions = { connectionString, poolSize: 2, scanSeconds: 1, origin, smtpUrl, emailFrom: "Recovery Atlas <no-reply@atlas.example>", authUrl: origin };

afterAll(async () => {
  await pool.end();
  await smtp.stop();
});

const past = () => new Date(Date.now() - 60_000);

async function createCase(overrides: { remindersEnabled?: boolean; status?: "OPEN" | "RESOLVED" | "GAVE_UP"; followUpDueAt?: Date | null; email?: string | null; inquiryLanguage?: string } = {}) {
  const prisma = db();
  const email = overrides.email === undefined ? `owner-${randomUUID()}@example.com` : overrides.email;
  const [owner, exchange] = await Promise.all([createUser(prisma, { email }), createExchange(prisma)]);
  const recoveryCase = await prisma.recoveryCase.create({
    data: {
      ownerId: owner.id,
      exchangeId: exchange.id,
      remindersEnabled: overrides.remindersEnabled ?? true,
      status: overrides.status ?? "OPEN",
      followUpDueAt: overrides.followUpDueAt === undefined ? past() : overrides.followUpDueAt,
      inquiryLanguage: overrides.inquiryLanguage ?? null,
    },
  });
  return { recoveryCase, email, exchange };
}

const mailsTo = (email: string | null) => smtp.received.filter((mail) => email !== null && mail.to.includes(email));

/** Resolves once a reminder scan that started after `since` has completed (what "after the next scan" means). */
async function nextScanCompleted(since: Date): Promise<void> {
  for (;;) {
    const { rows } = await pool.query(`SELECT 1 FROM pgboss.job WHERE name = 'case-reminder-scan' AND state = 'completed' AND started_on > $1 LIMIT 1`, [since]);
    if (rows.length > 0) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function reminderRows(caseId: string) {
  return db().caseReminder.findMany({ where: { caseId } });
}

describe("reminder claims and sends (no queue timing)", () => {
  let runner: Awaited<ReturnType<typeof startJobRunner>>;
  beforeAll(async () => {
    // A scan period far longer than the test: nothing runs by itself, the test calls the steps.
    runner = await startJobRunner({ ...runnerOptions, scanSeconds: 3600 });
    await runner.boss.offWork("case-reminder-scan");
    await runner.boss.offWork("case-reminder-send");
  });
  afterAll(() => runner.stop());

  it("claims a due follow-up once even when two scans run at once, and only due ones", async () => {
    const due = await createCase();
    const off = await createCase({ remindersEnabled: false });
    const closed = await createCase({ status: "RESOLVED" });
    const later = await createCase({ followUpDueAt: new Date(Date.now() + 3_600_000) });
    const none = await createCase({ followUpDueAt: null });
    const noEmail = await createCase({ email: null });
    const [first, second] = await Promise.all([claimDueReminders({ pool, boss: runner.boss }), claimDueReminders({ pool, boss: runner.boss })]);
    const claimedForDue = (await reminderRows(due.recoveryCase.id)).map((row) => row.id);
    expect(claimedForDue).toHaveLength(1);
    expect([...first, ...second].filter((id) => id === claimedForDue[0])).toHaveLength(1);
    for (const other of [off, closed, later, none, noEmail]) expect(await reminderRows(other.recoveryCase.id)).toHaveLength(0);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'case-reminder-send' AND data->>'reminderId' = $1`, [claimedForDue[0]]);
    expect(rows[0].n).toBe(1);
  });

  it("sends a claimed reminder once when two workers hold it, and releases it when SMTP refuses", async () => {
    const { recoveryCase, email } = await createCase({ inquiryLanguage: "ja" });
    await claimDueReminders({ pool, boss: runner.boss });
    const [reminder] = await reminderRows(recoveryCase.id);
    const deliveries: string[] = [];
    const deliver = async (to: string) => {
      deliveries.push(to);
    };
    const outcomes = await Promise.all([1, 2].map(() => sendDueReminder({ pool, reminderId: reminder?.id ?? "", origin, deliver })));
    expect(outcomes.sort()).toEqual(["already-sent", "sent"]);
    expect(deliveries).toEqual([email]);

    const refused = await createCase();
    await claimDueReminders({ pool, boss: runner.boss });
    const [refusedReminder] = await reminderRows(refused.recoveryCase.id);
    const failing = async () => {
      throw new Error("451 try again later");
    };
    await expect(sendDueReminder({ pool, reminderId: refusedReminder?.id ?? "", origin, deliver: failing })).rejects.toThrow("451");
    expect((await reminderRows(refused.recoveryCase.id))[0]?.sentAt).toBeNull();
    expect(await sendDueReminder({ pool, reminderId: refusedReminder?.id ?? "", origin, deliver })).toBe("sent");
  });

  it("sends nothing for a case turned off after the scan", async () => {
    const { recoveryCase } = await createCase();
    await claimDueReminders({ pool, boss: runner.boss });
    await db().recoveryCase.update({ where: { id: recoveryCase.id }, data: { remindersEnabled: false } });
    const [reminder] = await reminderRows(recoveryCase.id);
    const deliver = async () => {
      throw new Error("must not send");
    };
    expect(await sendDueReminder({ pool, reminderId: reminder?.id ?? "", origin, deliver })).toBe("no-longer-due");
  });
});

describe("reminders through running workers", () => {
  it("two workers send a due reminder exactly once, by SMTP, with its links and unsubscribe headers", async () => {
    const { recoveryCase, email, exchange } = await createCase();
    const notDue = await createCase({ followUpDueAt: new Date(Date.now() + 3_600_000) });
    const runners = await Promise.all([startJobRunner(runnerOptions), startJobRunner(runnerOptions)]);
    try {
      await expect.poll(() => mailsTo(email).length, { timeout: 60_000, interval: 100 }).toBe(1);
      await nextScanCompleted(new Date());
      await nextScanCompleted(new Date());
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
    expect(mailsTo(email)).toHaveLength(1);
    expect(mailsTo(notDue.email)).toHaveLength(0);
    const { headers: folded, body } = decodeMail(mailsTo(email)[0]?.raw ?? "");
    const headers = folded.replace(/\r\n[ \t]+/g, " ");
    expect(headers).toContain(`List-Unsubscribe: <${origin}/api/cases/unsubscribe?token=${recoveryCase.reminderToken}>`);
    expect(headers).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(body).toContain(`${origin}/en/cases/${recoveryCase.id}`);
    expect(body).toContain(`${origin}/en/cases/unsubscribe?token=${recoveryCase.reminderToken}`);
    expect(body).toContain(exchange.nameEn);
    const [reminder] = await reminderRows(recoveryCase.id);
    expect(reminder?.sentAt).toBeInstanceOf(Date);
  });
});

describe("failures", () => {
  it("retries a refused e-mail with backoff and shows it to admins only", async () => {
    const { listRecentJobs } = await import("@/lib/data/jobs/list-recent-jobs");
    const actor = (role: "USER" | "MODERATOR" | "ADMIN") => ({ id: randomUUID(), role, bannedAt: null, createdAt: new Date() });
    await expect(listRecentJobs({ actor: null })).rejects.toThrow("Sign in");
    await expect(listRecentJobs({ actor: actor("MODERATOR") })).rejects.toThrow("Not allowed");
    const { recoveryCase } = await createCase();
    const refusing = async () => {
      throw new Error("451 mailbox busy, try again later");
    };
    const runner = await startJobRunner({ ...runnerOptions, deliver: refusing });
    try {
      await expect
        .poll(async () => {
          const jobs = await listRecentJobs({ actor: actor("ADMIN") });
          return jobs.available ? jobs.failures.find((job) => job.error?.includes("451 mailbox busy")) : undefined;
        }, { timeout: 60_000, interval: 200 })
        .toMatchObject({ queue: "case-reminder-send", state: "retry" });
    } finally {
      await runner.stop();
    }
    expect((await reminderRows(recoveryCase.id))[0]?.sentAt).toBeNull();
    const jobs = await listRecentJobs({ actor: actor("ADMIN") });
    expect(jobs.available && jobs.counts.some((row) => row.queue === "case-reminder-send" && row.state === "retry")).toBe(true);
  });
});

describe("unsubscribe", () => {
  it("answers the mail client's one-click POST (RFC 8058) with the token, 404 for a wrong one", async () => {
    const { POST } = await import("@/app/api/cases/unsubscribe/route");
    const { recoveryCase } = await createCase();
    const post = (token: string) =>
      POST(new Request(`${origin}/api/cases/unsubscribe?token=${token}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));
    expect((await post("c".repeat(25))).status).toBe(404);
    expect((await db().recoveryCase.findUniqueOrThrow({ where: { id: recoveryCase.id } })).remindersEnabled).toBe(true);
    const response = await post(recoveryCase.reminderToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unsubscribed: true });
    expect((await db().recoveryCase.findUniqueOrThrow({ where: { id: recoveryCase.id } })).remindersEnabled).toBe(false);
  });

  it("turns reminders off with the case's token, and a wrong or malformed token changes nothing", async () => {
    const { recoveryCase } = await createCase();
    const other = await createCase();
    expect(await unsubscribeReminders({ input: { token: "c".repeat(25) } })).toEqual({ unsubscribed: false });
    expect(await unsubscribeReminders({ input: { token: "not a token" } })).toEqual({ unsubscribed: false });
    expect(await unsubscribeReminders({ input: {} })).toEqual({ unsubscribed: false });
    expect((await db().recoveryCase.findUniqueOrThrow({ where: { id: recoveryCase.id } })).remindersEnabled).toBe(true);
    expect(await unsubscribeReminders({ input: { token: recoveryCase.reminderToken } })).toEqual({ unsubscribed: true });
    expect((await db().recoveryCase.findUniqueOrThrow({ where: { id: recoveryCase.id } })).remindersEnabled).toBe(false);
    expect((await db().recoveryCase.findUniqueOrThrow({ where: { id: other.recoveryCase.id } })).remindersEnabled).toBe(true);
  });
});
