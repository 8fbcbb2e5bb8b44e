import { z } from "zod";
import { RecordIdSchema } from "./text";

export const VoteValueSchema = z.enum(["HELPFUL", "NOT_HELPFUL"]);
export type VoteValue = z.infer<typeof VoteValueSchema>;

/** A vote, or null to withdraw it. */
export const VoteInputSchema = z.object({
  reportId: RecordIdSchema,
  value: VoteValueSchema.nullable(),
});
export type VoteInput = z.infer<typeof VoteInputSchema>;
