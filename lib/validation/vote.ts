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

/** What a vote button posts: a value, or WITHDRAW from the button already pressed. */
export const VOTE_WITHDRAW = "WITHDRAW";

/** The vote form as posted (with or without JavaScript); parsed, it is a VoteInput. */
export const VoteFormSchema = z.object({
  reportId: RecordIdSchema,
  value: z.enum([...VoteValueSchema.options, VOTE_WITHDRAW]).transform((value) => (value === VOTE_WITHDRAW ? null : value)),
});
