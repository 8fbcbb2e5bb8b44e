import { z } from "zod";
import { hasControlCharacters, RecordIdSchema } from "./text";

// What a moderator decides in the queue. The reason is optional and goes into the moderation log.

export const MODERATION_REASON_MAX = 500;

// Missing or blank is "no reason": a form post leaves an empty field out (Conform reads "" as missing).
export const ModerationReasonSchema = z
  .string()
  .trim()
  .max(MODERATION_REASON_MAX, { error: "reasonTooLong" })
  .refine((value) => !hasControlCharacters(value), { error: "reasonInvalidCharacters" })
  .nullish()
  .transform((value) => value || null);

const Id = z.string().trim().pipe(RecordIdSchema);
const reason = ModerationReasonSchema;

export const ModerationDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish"), reportId: Id, reason }),
  z.object({ intent: z.literal("hide"), reportId: Id, reason }),
  z.object({ intent: z.literal("restore"), reportId: Id, reason }),
  z.object({ intent: z.literal("uphold"), flagId: Id, reason }),
  z.object({ intent: z.literal("dismiss"), flagId: Id, reason }),
  z.object({ intent: z.literal("ban"), userId: Id, reason }),
  z.object({ intent: z.literal("unban"), userId: Id, reason }),
]);

export type ModerationDecision = z.infer<typeof ModerationDecisionSchema>;
