import { randomUUID } from "node:crypto";
import { createTransport } from "nodemailer";
import type pg from "pg";
import { mailDeliveryFor } from "../../auth/mail-delivery";
import type { ReminderMail } from "../../domain/reminders";

// Where reminder e-mails go: the same three ways as sign-in e-mails (lib/auth/mail-delivery.ts).
// Runs in the job runner, outside Next, so not server-only: the local mailbox row is written
// with the runner's own connection.

export type DeliverReminder = (to: string, mail: ReminderMail) => Promise<void>;

export function createReminderDelivery({
  smtpUrl,
  from,
  authUrl,
  pool,
}: {
  smtpUrl: string | undefined;
  from: string | undefined;
  authUrl: string | undefined;
  pool: pg.Pool;
}): DeliverReminder {
  const delivery = mailDeliveryFor({ SMTP_URL: smtpUrl, AUTH_URL: authUrl });
  if (delivery === "smtp" && smtpUrl) {
    const transport = createTransport(smtpUrl);
    const sender = from ?? "Recovery Atlas <no-reply@localhost>";
    return async (to, mail) => {
      const result = await transport.sendMail({ to, from: sender, subject: mail.subject, text: mail.text, headers: mail.headers });
      const refused = [...(result.rejected ?? []), ...(result.pending ?? [])].filter(Boolean);
      if (refused.length > 0) throw new Error(`The reminder e-mail was not accepted for ${refused.length} recipient(s)`);
    };
  }
  if (delivery === "dev-mailbox") {
    return async (to, mail) => {
      await pool.query(`INSERT INTO "DevMail" (id, "to", subject, text, url) VALUES ($1, $2, $3, $4, NULL)`, [randomUUID(), to, mail.subject, mail.text]);
    };
  }
  return async (to, mail) => {
    console.log(`Case reminder for ${to} (no SMTP_URL, not sent): ${mail.subject}`);
  };
}
