import { z } from "zod";
import { ContactChannelSchema, ExchangeSlugSchema, LanguageCodeSchema, LockoutCauseSchema, OptionalText, TimelineEventInputSchema } from "./report-fields";
import { errorKey, LIMITS } from "./report-vocabulary";

// The private case tracker's inputs (docs/decisions/009-private-case-tracker.md), built from the
// report's field schemas so that a case's facts and events read exactly as a report's, and can
// become one. Error messages are the report form's catalogue keys.

export const CASE_LIMITS = { ticketReference: 100, notes: 4000 } as const;

export const CaseOpenSchema = z.object(
  {
    exchangeSlug: ExchangeSlugSchema,
    lockoutCause: LockoutCauseSchema,
    contactChannel: ContactChannelSchema,
    inquiryLanguage: LanguageCodeSchema,
    ticketReference: OptionalText(CASE_LIMITS.ticketReference),
    notes: OptionalText(CASE_LIMITS.notes),
  },
  { error: errorKey.invalidKey },
);

/** One event of a case, as a report's timeline holds it (no translation: the case is the owner's alone). */
export const CaseEventInputSchema = TimelineEventInputSchema.omit({ noteTranslation: true }).extend({ note: OptionalText(LIMITS.eventNote) });

/** The statuses an owner can set; OPEN reopens a case closed by mistake. */
export const CASE_STATUSES = ["OPEN", "RESOLVED", "REJECTED", "GAVE_UP"] as const;
export const CaseStatusSchema = z.object({ status: z.enum(CASE_STATUSES, { error: errorKey.invalidChoice }) });

/** A checkbox: present ("on") when ticked, absent otherwise. */
export const CaseRemindersSchema = z.object({ remindersEnabled: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()) });

export type CaseOpenInput = z.output<typeof CaseOpenSchema>;
export type CaseOpenDraft = z.input<typeof CaseOpenSchema>;
export type CaseEventInput = z.output<typeof CaseEventInputSchema>;
export type CaseStatusValue = (typeof CASE_STATUSES)[number];
