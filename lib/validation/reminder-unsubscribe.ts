import { z } from "zod";

// The secret of a reminder e-mail's unsubscribe link (RecoveryCase.reminderToken, a cuid). Read
// from a query string or a form, so anything else is refused before it reaches the database.
export const ReminderTokenSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{20,40}$/, "invalid");

export const ReminderUnsubscribeSchema = z.object({ token: ReminderTokenSchema });
export type ReminderUnsubscribe = z.infer<typeof ReminderUnsubscribeSchema>;
