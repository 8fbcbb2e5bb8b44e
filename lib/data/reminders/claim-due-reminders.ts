import type pg from "pg";
import type PgBoss from "pg-boss";
import { REMINDER_SEND_QUEUE, REMINDER_SEND_RETRY } from "../jobs/job-queues";

// The scan: one CaseReminder row per due follow-up, unique on (caseId, dueAt), inserted with ON
// CONFLICT DO NOTHING so that of two workers scanning at once only one claims each follow-up. The
// send jobs are created in the same transaction: a claimed reminder always has its job, and a
// scan that fails leaves neither. The WHERE clause is lib/domain/reminders.ts's isReminderDue.

const CLAIM_DUE_REMINDERS = `
  INSERT INTO "CaseReminder" (id, "caseId", "dueAt")
  SELECT gen_random_uuid()::text, c.id, c."followUpDueAt"
  FROM "RecoveryCase" c
  JOIN "User" u ON u.id = c."ownerId"
  WHERE c."remindersEnabled" AND c.status = 'OPEN' AND c."followUpDueAt" <= $1
    AND u.email IS NOT NULL AND btrim(u.email) <> ''
  ORDER BY c."followUpDueAt"
  LIMIT $2
  ON CONFLICT ("caseId", "dueAt") DO NOTHING
  RETURNING id`;

// A backlog (after an outage) is claimed in slices; the next scan takes the rest.
const MAX_CLAIMS_PER_SCAN = 500;

/** Claims the reminders due at `now` and queues their sending; returns the claimed reminders' ids. */
export async function claimDueReminders({ pool, boss, now = new Date() }: { pool: pg.Pool; boss: PgBoss; now?: Date }): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string }>(CLAIM_DUE_REMINDERS, [now, MAX_CLAIMS_PER_SCAN]);
    if (rows.length > 0) {
      await boss.insert(
        rows.map((row) => ({ name: REMINDER_SEND_QUEUE, data: { reminderId: row.id }, ...REMINDER_SEND_RETRY })),
        { db: { executeSql: (text, values) => client.query(text, values) } },
      );
    }
    await client.query("COMMIT");
    return rows.map((row) => row.id);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
