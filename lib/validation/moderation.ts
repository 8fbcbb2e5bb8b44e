import { z } from "zod";
import { hasControlCharacters, RecordIdSchema } from "./text";

// What a moderator decides in the queue. The reason is optional and goes into the moderation log.

export const MODERATION_REASON_MAX = 500;

export const ModerationReasonSchema = z
  .string()
  .trim()
  .max(MODERATION_REASON_MAX, { error: "reasonTooLong" })
  .refine((value) => !hasControlCharacters(value), { error: "reasonInvalidCharacters" })
  .transform((value) => (value === "" ? null : value));

const Id = z.string().trim().pipe(RecordIdSchema);
const reason = z.preprocess((value) => value ?? "", ModerationReasonSchema);

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
