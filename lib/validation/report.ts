import { z } from "zod";
import {
  BackupCodesSchema,
  ContactChannelSchema,
  ExchangeSlugSchema,
  IdempotencyKeySchema,
  IncidentMonthSchema,
  LanguageCodeSchema,
  LockoutCauseSchema,
  OptionalText,
  OutcomeSchema,
  ReplyLanguagesSchema,
  RequiredItemsInputSchema,
  RequiredText,
  TimelineEventsSchema,
} from "./report-fields";
import { findConsistencyIssues } from "./report-consistency";
import { findTranslationIssues, TranslationFields } from "./report-translation";
import { errorKey, LIMITS } from "./report-vocabulary";

// The one schema for a report, used by the form for instant feedback and by the server actions
// and lib/data before anything is written. Built from the field schemas (report-fields.ts), the
// rules across fields (report-consistency.ts) and the translation's rules (report-translation.ts).

export const ReportInputSchema = z
  .object(
    {
      exchangeSlug: ExchangeSlugSchema,
      incidentMonth: IncidentMonthSchema,
      lockoutCause: LockoutCauseSchema,
      lockoutDetail: OptionalText(LIMITS.lockoutDetail),
      hadBackupCodes: BackupCodesSchema,
      verificationLevel: OptionalText(LIMITS.verificationLevel),
      contactChannel: ContactChannelSchema,
      contactPath: RequiredText(LIMITS.contactPath),
      inquiryLanguage: LanguageCodeSchema,
      replyLanguages: ReplyLanguagesSchema,
      textLanguage: LanguageCodeSchema,
      outcome: OutcomeSchema,
      summary: OptionalText(LIMITS.summary),
      tips: OptionalText(LIMITS.tips),
      events: TimelineEventsSchema,
      requiredItems: RequiredItemsInputSchema,
      idempotencyKey: IdempotencyKeySchema,
      ...TranslationFields,
    },
    // Not an object at all: a forged request or a page from an older version of the form.
    { error: errorKey.invalidKey },
  )
  .superRefine(
    (report: unknown, ctx) => {
      // Runs even when the input is not an object (see below), so it reads the input loosely.
      if (typeof report !== "object" || report === null) return;
      for (const issue of findConsistencyIssues(report)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    },
    // Runs even when other fields failed: one round trip shows the author every problem.
    { when: () => true },
  )
  .superRefine(
    (report: unknown, ctx) => {
      if (typeof report !== "object" || report === null) return;
      for (const issue of findTranslationIssues(report)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    },
    { when: () => true },
  );

export type ReportInput = z.output<typeof ReportInputSchema>;
/** What the form sends; the schema trims, drops empty optional texts and checks the rest. */
export type ReportInputDraft = z.input<typeof ReportInputSchema>;
