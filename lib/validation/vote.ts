import { z } from "zod";

export const VoteValueSchema = z.enum(["HELPFUL", "NOT_HELPFUL"]);
export type VoteValue = z.infer<typeof VoteValueSchema>;

/** A vote, or null to withdraw it. */
export const VoteInputSchema = z.object({
  reportId: z.string().min(1).max(64),
  value: VoteValueSchema.nullable(),
});
export type VoteInput = z.infer<typeof VoteInputSchema>;
