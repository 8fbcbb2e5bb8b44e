import "server-only";
import { db } from "../../db";
import { ReminderUnsubscribeSchema } from "../../validation/reminder-unsubscribe";

// One-click unsubscribe from a reminder e-mail: the token is the only credential (the reader may
// not be signed in, or be in a mail client that POSTs by itself, RFC 8058). Turning reminders off
// twice is fine; a wrong or malformed token changes nothing and says so.

export async function unsubscribeReminders({ input }: { input: unknown }): Promise<{ unsubscribed: boolean }> {
  const parsed = ReminderUnsubscribeSchema.safeParse(input);
  if (!parsed.success) return { unsubscribed: false };
  const { count } = await db().recoveryCase.updateMany({ where: { reminderToken: parsed.data.token }, data: { remindersEnabled: false } });
  return { unsubscribed: count > 0 };
}
