import { z } from "zod";
import { REPRESENTATIVE_DECISIONS } from "../domain/representatives";
import { hasControlCharacters, RecordIdSchema } from "./text";

// The right-of-reply forms: one schema each, used by the form in the browser and by the server
// action and lib/data before anything is written. Messages are catalogue keys.

export const REPRESENTATIVE_LIMITS = { roleTitle: 80, response: 4000, reply: 2000 } as const;

export const representativeErrorKey = {
  required: "representatives.errors.required",
  tooLong: "representatives.errors.tooLong",
  invalidCharacters: "representatives.errors.invalidCharacters",
  invalidChoice: "representatives.errors.invalidChoice",
  contact: "representatives.errors.contact",
  notOfficialAddress: "representatives.errors.notOfficialAddress",
} as const;

const text = (max: number, { multiline = true } = {}) =>
  z
    .string({ error: representativeErrorKey.required })
    .trim()
    .min(1, { error: representativeErrorKey.required })
    .max(max, { error: representativeErrorKey.tooLong })
    .refine((value) => !hasControlCharacters(value, { multiline }), { error: representativeErrorKey.invalidCharacters });

/** An optional text: a blank field is no text (a form post leaves an empty field out). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: representativeErrorKey.tooLong })
    .refine((value) => !hasControlCharacters(value), { error: representativeErrorKey.invalidCharacters })
    .nullish()
    .transform((value) => value || null);

const SiteLanguage = z.enum(["en", "ja"], { error: representativeErrorKey.invalidChoice });
const Id = z.string().trim().pipe(RecordIdSchema);

export const RepresentativeRequestSchema = z.object({ roleTitle: text(REPRESENTATIVE_LIMITS.roleTitle, { multiline: false }) });
export type RepresentativeRequest = z.infer<typeof RepresentativeRequestSchema>;

/** A guide-level official response; with responseId, an edit of that response. */
export const ExchangeResponseInputSchema = z.object({
  responseId: Id.optional(),
  text: text(REPRESENTATIVE_LIMITS.response),
  textLanguage: SiteLanguage,
  textTranslation: optionalText(REPRESENTATIVE_LIMITS.response),
});
export type ExchangeResponseInput = z.input<typeof ExchangeResponseInputSchema>;

export const ReportReplyInputSchema = z.object({
  reportId: Id,
  text: text(REPRESENTATIVE_LIMITS.reply),
  textLanguage: SiteLanguage,
});
export type ReportReplyInput = z.input<typeof ReportReplyInputSchema>;

export const RepresentativeDecisionSchema = z.object({ representativeId: Id, decision: z.enum(REPRESENTATIVE_DECISIONS) });
export const ProposalDecisionSchema = z.object({ proposalId: Id, decision: z.enum(["accept", "reject"]) });
