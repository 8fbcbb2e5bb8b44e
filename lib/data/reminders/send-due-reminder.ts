import type pg from "pg";
import { buildReminderMail, isReminderDue, reminderLinks, reminderLocaleFor } from "../../domain/reminders";
import type { DeliverReminder } from "../jobs/reminder-delivery";

// Sends one claimed reminder. The row is marked sent BEFORE the e-mail goes out (UPDATE … WHERE
// sentAt IS NULL, which only one worker wins), and unmarked when the SMTP server refuses it, so
// the job fails and pg-boss retries it with backoff. A second delivery of the same job, or two
// workers holding it, can therefore never send twice. The price: a process killed between the
// mark and the SMTP answer leaves a reminder marked sent that may not have arrived (at most once;
// docs/decisions/010-job-queue.md).

export type ReminderSendOutcome = "sent" | "already-sent" | "no-longer-due" | "missing";

const CLAIM_FOR_SENDING = `
  UPDATE "CaseReminder" r SET "sentAt" = now()
  FROM "RecoveryCase" c JOIN "User" u ON u.id = c."ownerId" JOIN "Exchange" e ON e.id = c."exchangeId"
  WHERE r.id = $1 AND r."sentAt" IS NULL AND c.id = r."caseId"
  RETURNING r."dueAt", c.id AS "caseId", c.status, c."remindersEnabled", c."followUpDueAt", c."reminderToken",
    c."inquiryLanguage", u.email, e."nameEn", e."nameJa"`;

type ClaimedRow = {
  dueAt: Date;
  caseId: string;
  status: string;
  remindersEnabled: boolean;
  followUpDueAt: Date | null;
  reminderToken: string;
  inquiryLanguage: string | null;
  email: string | null;
  nameEn: string;
  nameJa: string;
};

export async function sendDueReminder({
  pool,
  reminderId,
  origin,
  deliver,
  now = new Date(),
}: {
  pool: pg.Pool;
  reminderId: string;
  origin: string;
  deliver: DeliverReminder;
  now?: Date;
}): Promise<ReminderSendOutcome> {
  const { rows } = await pool.query<ClaimedRow>(CLAIM_FOR_SENDING, [reminderId]);
  const claimed = rows[0];
  if (!claimed) {
    const exists = await pool.query(`SELECT 1 FROM "CaseReminder" WHERE id = $1`, [reminderId]);
    return exists.rowCount ? "already-sent" : "missing";
  }
  const release = () => pool.query(`UPDATE "CaseReminder" SET "sentAt" = NULL WHERE id = $1`, [reminderId]);
  // Turned off, closed or moved on since the scan: no e-mail, and the row stays unsent as a record
  // that this follow-up was handled; a later follow-up has another due date and so another row.
  const stillDue = isReminderDue({ ...claimed, ownerEmail: claimed.email }, now) && claimed.followUpDueAt?.getTime() === claimed.dueAt.getTime();
  if (!stillDue || !claimed.email) {
    await release();
    return "no-longer-due";
  }
  const locale = reminderLocaleFor(claimed.inquiryLanguage);
  const mail = buildReminderMail({
    locale,
    exchangeNames: { ja: claimed.nameJa, en: claimed.nameEn },
    dueAt: claimed.dueAt,
    links: (language) => reminderLinks({ origin, locale: language, caseId: claimed.caseId, token: claimed.reminderToken }),
  });
  try {
    await deliver(claimed.email, mail);
  } catch (error) {
    await release();
    throw error;
  }
  return "sent";
}
