import { z } from "zod";
import { LOCKOUT_CAUSES, type KitAnswers } from "../domain/prep-kit/draft-message";
import { MESSAGE_LANGUAGES } from "../domain/prep-kit/message-texts";

// The prep kit's answers as the browser keeps them in localStorage. Nothing here reaches the
// server; the schema only makes sure what is read back (perhaps from an older version of the
// kit, or edited by hand) has the shape the kit expects, and drops it otherwise.

const Answer = z.string().max(2_000).catch("");

export const KitAnswersSchema = z.object({
  email: Answer,
  name: Answer,
  nameKana: Answer,
  userId: Answer,
  lockoutWhen: Answer,
  lockoutCause: z.enum([...LOCKOUT_CAUSES, ""]).catch(""),
  lockoutDetail: Answer,
  lastLogin: Answer,
  otherDetails: Answer,
  ready: z.array(z.string().max(40)).max(40).catch([]),
  questions: z.record(z.string().max(60), z.string().max(2_000)).catch({}),
}) satisfies z.ZodType<KitAnswers>;

export const StoredPrepKitSchema = z.object({
  answers: KitAnswersSchema,
  language: z.enum(MESSAGE_LANGUAGES).nullable().catch(null),
});

export type StoredPrepKit = z.infer<typeof StoredPrepKitSchema>;
