import { z } from "zod";
import { findOrderProblems, type EnteredEvent } from "../domain/report-timeline";
import { HUMAN_REPLY_KINDS } from "../domain/stats/timeline";
import { CONTACT_CHANNELS, ENDING_EVENT_KINDS, OUTCOMES, TIMELINE_EVENT_KINDS, type TimelineEventKind } from "../domain/stats/types";
import { hasControlCharacters } from "./text";
import { pathKey, type FieldError } from "./field-errors";

// The one schema for a report, used by the form for instant feedback and by the server actions
// and lib/data before anything is written. Messages are catalogue keys ("reportForm.errors.*"),
// translated where they are shown, so a field error reads in the user's language wherever the
// check ran. Keep the enums in step with prisma/schema.prisma.

export const LOCKOUT_CAUSES = ["DEVICE_RESET", "LOST_OR_BROKEN_PHONE", "APP_DELETED", "SIM_CHANGE", "OTHER"] as const;
export const BACKUP_CODE_ANSWERS = ["yes", "no", "unknown"] as const;
/** The languages the form offers; the schema accepts any primary language subtag. */
export const COMMON_LANGUAGES = ["ja", "en", "zh", "ko", "es", "fr", "de", "pt", "it", "ru", "vi", "th", "id", "tr", "ar", "hi"] as const;
export { ENDING_EVENT_KINDS };
export const OTHER_ITEM_CODE = "OTHER";

export const LIMITS = {
  contactPath: 1000,
  lockoutDetail: 2000,
  verificationLevel: 100,
  summary: 4000,
  tips: 4000,
  eventNote: 1000,
  itemNote: 500,
  events: 40,
  requiredItems: 40,
  replyLanguages: 10,
} as const;

export const errorKey = {
  required: "reportForm.errors.required",
  tooLong: "reportForm.errors.tooLong",
  invalidCharacters: "reportForm.errors.invalidCharacters",
  invalidChoice: "reportForm.errors.invalidChoice",
  invalidExchange: "reportForm.errors.invalidExchange",
  invalidMonth: "reportForm.errors.invalidMonth",
  futureMonth: "reportForm.errors.futureMonth",
  invalidDay: "reportForm.errors.invalidDay",
  futureDay: "reportForm.errors.futureDay",
  invalidTime: "reportForm.errors.invalidTime",
  invalidLanguage: "reportForm.errors.invalidLanguage",
  duplicateLanguage: "reportForm.errors.duplicateLanguage",
  tooManyLanguages: "reportForm.errors.tooManyLanguages",
  noEvents: "reportForm.errors.noEvents",
  tooManyEvents: "reportForm.errors.tooManyEvents",
  needsContact: "reportForm.errors.needsContact",
  eventBeforeIncident: "reportForm.errors.eventBeforeIncident",
  eventBeforeContact: "reportForm.errors.eventBeforeContact",
  eventBeforeContactTime: "reportForm.errors.eventBeforeContactTime",
  resolvedNeedsEvent: "reportForm.errors.resolvedNeedsEvent",
  rejectedNeedsEvent: "reportForm.errors.rejectedNeedsEvent",
  waitingHasEnding: "reportForm.errors.waitingHasEnding",
  gaveUpResolved: "reportForm.errors.gaveUpResolved",
  replyLanguagesRequired: "reportForm.errors.replyLanguagesRequired",
  invalidItem: "reportForm.errors.invalidItem",
  duplicateItem: "reportForm.errors.duplicateItem",
  tooManyItems: "reportForm.errors.tooManyItems",
  otherItemNeedsNote: "reportForm.errors.otherItemNeedsNote",
  invalidKey: "reportForm.errors.invalidKey",
  nothingToAdd: "reportForm.errors.nothingToAdd",
  translationSameLanguage: "reportForm.errors.translationSameLanguage",
  translationLanguageRequired: "reportForm.errors.translationLanguageRequired",
} as const;

// --- Small field schemas ---
// No check here may abort (`abort: true`): an aborted field would skip the rules across fields,
// and the author would meet those only after fixing everything else.

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Bitcoin's first exchange opened in 2010; an earlier month is a typo.
const FIRST_YEAR = 2010;
// The latest time zone (UTC+14) reaches a calendar day this long before UTC does, so "today" for
// some author is up to that far ahead of the server's UTC date.
const LATEST_ZONE_AHEAD_MS = 14 * 3_600_000;

function latestPossibleToday(): string {
  return new Date(Date.now() + LATEST_ZONE_AHEAD_MS).toISOString().slice(0, 10);
}

function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= FIRST_YEAR && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Line endings unified and surrounding space trimmed, as every stored text is. */
function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

const RequiredText = (max: number) =>
  z
    .string({ error: errorKey.required })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: errorKey.required })
        .max(max, { error: errorKey.tooLong })
        .refine((value) => !hasControlCharacters(value), { error: errorKey.invalidCharacters }),
    );

/** Empty means "not given" and becomes undefined, so parsing the output again gives the same output. */
const OptionalText = (max: number) =>
  z
    .string({ error: errorKey.invalidChoice })
    .optional()
    .transform((value) => (value === undefined ? undefined : cleanText(value)))
    .pipe(
      z
        .string()
        .max(max, { error: errorKey.tooLong })
        .refine((value) => !hasControlCharacters(value), { error: errorKey.invalidCharacters })
        .optional(),
    )
    .transform((value) => (value === "" ? undefined : value));

const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined || issue.input === "" ? errorKey.required : errorKey.invalidChoice) });

export const ExchangeSlugSchema = z
  .string({ error: errorKey.required })
  .min(1, { error: errorKey.required })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: errorKey.invalidExchange });

export const IncidentMonthSchema = z
  .string({ error: errorKey.required })
  .min(1, { error: errorKey.required })
  .refine((value) => value === "" || (MONTH_PATTERN.test(value) && Number(value.slice(0, 4)) >= FIRST_YEAR), { error: errorKey.invalidMonth })
  .refine((value) => !MONTH_PATTERN.test(value) || value <= latestPossibleToday().slice(0, 7), { error: errorKey.futureMonth });

export const IsoDaySchema = z
  .string({ error: errorKey.required })
  .min(1, { error: errorKey.required })
  .refine((value) => value === "" || isCalendarDay(value), { error: errorKey.invalidDay })
  .refine((value) => !isCalendarDay(value) || value <= latestPossibleToday(), { error: errorKey.futureDay });

/** "HH:MM" on the author's clock; empty when only the day is known. */
export const TimeOfDaySchema = z
  .string({ error: errorKey.invalidTime })
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))
  .pipe(z.string().regex(TIME_PATTERN, { error: errorKey.invalidTime }).optional());

export const LockoutCauseSchema = enumOf(LOCKOUT_CAUSES);
export const ContactChannelSchema = enumOf(CONTACT_CHANNELS);
export const OutcomeSchema = enumOf(OUTCOMES);
export const TimelineEventKindSchema = enumOf(TIMELINE_EVENT_KINDS);
export const BackupCodesSchema = enumOf(BACKUP_CODE_ANSWERS);

/** A BCP 47 primary language subtag ("ja", "en", "yue"). */
export const LanguageCodeSchema = z
  .string({ error: errorKey.required })
  .min(1, { error: errorKey.required })
  .regex(/^[a-z]{2,3}$/, { error: errorKey.invalidLanguage });

const OptionalLanguageSchema = z
  .string({ error: errorKey.invalidLanguage })
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : value))
  .pipe(LanguageCodeSchema.optional());

export const ReplyLanguagesSchema = z
  .array(LanguageCodeSchema, { error: errorKey.invalidChoice })
  .max(LIMITS.replyLanguages, { error: errorKey.tooManyLanguages })
  .refine((codes) => new Set(codes).size === codes.length, { error: errorKey.duplicateLanguage });

export const TimelineEventInputSchema = z.object(
  {
    kind: TimelineEventKindSchema,
    day: IsoDaySchema,
    time: TimeOfDaySchema,
    note: OptionalText(LIMITS.eventNote),
    language: OptionalLanguageSchema,
    // In the report's translationLanguage (see TranslationFields).
    noteTranslation: OptionalText(LIMITS.eventNote),
  },
  { error: errorKey.invalidChoice },
);

export const TimelineEventsSchema = z
  .array(TimelineEventInputSchema, { error: errorKey.noEvents })
  .min(1, { error: errorKey.noEvents })
  .max(LIMITS.events, { error: errorKey.tooManyEvents });

export const RequiredItemInputSchema = z.object(
  {
    code: z.string({ error: errorKey.invalidItem }).regex(/^[A-Z][A-Z0-9_]{0,63}$/, { error: errorKey.invalidItem }),
    note: OptionalText(LIMITS.itemNote),
    noteTranslation: OptionalText(LIMITS.itemNote),
  },
  { error: errorKey.invalidItem },
);

export const RequiredItemsInputSchema = z
  .array(RequiredItemInputSchema, { error: errorKey.invalidItem })
  .max(LIMITS.requiredItems, { error: errorKey.tooManyItems });

export const IdempotencyKeySchema = z.uuid({ error: errorKey.invalidKey });

// --- Rules across fields ---

export type ConsistencyIssue = { path: (string | number)[]; message: string };

/**
 * What the cross-field rules read. Loosely typed on purpose: the schema runs them even when other
 * fields failed, so the author sees every problem at once, and they skip what is not yet valid.
 */
export type ConsistencyFacts = {
  incidentMonth?: unknown;
  outcome?: unknown;
  replyLanguages?: unknown;
  events?: unknown;
  requiredItems?: unknown;
};

type LooseEvent = { kind?: unknown; day?: unknown; time?: unknown; language?: unknown };

const EVENT_KINDS: ReadonlySet<unknown> = new Set(TIMELINE_EVENT_KINDS);

/** The event as findOrderProblems reads it, or null while its kind or day is not valid yet. */
function enteredEvent(event: LooseEvent): EnteredEvent | null {
  if (!EVENT_KINDS.has(event.kind) || typeof event.kind !== "string" || typeof event.day !== "string" || !isCalendarDay(event.day)) return null;
  const time = typeof event.time === "string" && TIME_PATTERN.test(event.time.trim()) ? event.time.trim() : undefined;
  return { kind: event.kind, day: event.day, time };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

export function findConsistencyIssues(facts: ConsistencyFacts): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const events = asArray(facts.events).map((event) => asRecord(event) as LooseEvent);
  const kinds = new Set(events.map((event) => event.kind));

  if (events.length > 0 && !kinds.has("CONTACTED")) issues.push({ path: ["events"], message: errorKey.needsContact });

  if (typeof facts.incidentMonth === "string" && MONTH_PATTERN.test(facts.incidentMonth)) {
    const firstDay = `${facts.incidentMonth}-01`;
    events.forEach((event, index) => {
      if (typeof event.day === "string" && isCalendarDay(event.day) && event.day < firstDay) {
        issues.push({ path: ["events", index, "day"], message: errorKey.eventBeforeIncident });
      }
    });
  }

  // Order is checked among the events that are complete; the others have their own errors. The
  // indexes of the complete ones are mapped back, so the error lands on the offending event.
  const complete = events.flatMap((event, index) => {
    const entered = enteredEvent(event);
    return entered ? [{ entered, index }] : [];
  });
  for (const problem of findOrderProblems(complete.map(({ entered }) => entered))) {
    const index = complete[problem.index]?.index ?? problem.index;
    // One message per field: a day before the lockout month already says what to fix.
    if (issues.some((issue) => issue.path[1] === index && issue.path[2] === problem.field)) continue;
    const message = problem.problem === "before" ? errorKey.eventBeforeContact : errorKey.eventBeforeContactTime;
    issues.push({ path: ["events", index, problem.field], message });
  }

  const hasResolution = kinds.has("RESOLVED") || kinds.has("RESOLVED_SILENTLY");
  const hasEnding = [...ENDING_EVENT_KINDS].some((kind) => kinds.has(kind));
  if (events.length > 0) {
    if (facts.outcome === "RESOLVED" && !hasResolution) issues.push({ path: ["outcome"], message: errorKey.resolvedNeedsEvent });
    if (facts.outcome === "REJECTED" && !kinds.has("REJECTED")) issues.push({ path: ["outcome"], message: errorKey.rejectedNeedsEvent });
    if (facts.outcome === "STILL_WAITING" && hasEnding) issues.push({ path: ["outcome"], message: errorKey.waitingHasEnding });
    if (facts.outcome === "GAVE_UP" && hasResolution) issues.push({ path: ["outcome"], message: errorKey.gaveUpResolved });
  }

  const hasReply = events.some((event) => HUMAN_REPLY_KINDS.has(event.kind as TimelineEventKind));
  if (hasReply && asArray(facts.replyLanguages).length === 0) {
    issues.push({ path: ["replyLanguages"], message: errorKey.replyLanguagesRequired });
  }

  const seenCodes = new Set<unknown>();
  asArray(facts.requiredItems).forEach((raw, index) => {
    const item = asRecord(raw);
    if (seenCodes.has(item.code)) issues.push({ path: ["requiredItems", index, "code"], message: errorKey.duplicateItem });
    seenCodes.add(item.code);
    const note = typeof item.note === "string" ? item.note.trim() : "";
    if (item.code === OTHER_ITEM_CODE && note === "") {
      issues.push({ path: ["requiredItems", index, "note"], message: errorKey.otherItemNeedsNote });
    }
  });
  return issues;
}

// --- The author's own translation ---

/**
 * The author may add their own translation of the free text into one other language: each
 * *Translation field (and noteTranslation of events and required items) is the text of the field
 * it names, in translationLanguage. All optional; lib/data stores no translation language when no
 * text was translated.
 */
export const TranslationFields = {
  translationLanguage: OptionalLanguageSchema,
  lockoutDetailTranslation: OptionalText(LIMITS.lockoutDetail),
  verificationLevelTranslation: OptionalText(LIMITS.verificationLevel),
  contactPathTranslation: OptionalText(LIMITS.contactPath),
  summaryTranslation: OptionalText(LIMITS.summary),
  tipsTranslation: OptionalText(LIMITS.tips),
};

export const TRANSLATED_TEXT_FIELDS = ["lockoutDetailTranslation", "verificationLevelTranslation", "contactPathTranslation", "summaryTranslation", "tipsTranslation"] as const;

/** True when any text of the report has a translation. */
export function hasTranslatedText(report: {
  [field in (typeof TRANSLATED_TEXT_FIELDS)[number]]?: unknown;
} & { events?: unknown; requiredItems?: unknown }): boolean {
  const given = (value: unknown) => typeof value === "string" && value.trim() !== "";
  return (
    TRANSLATED_TEXT_FIELDS.some((field) => given(report[field])) ||
    [...asArray(report.events), ...asArray(report.requiredItems)].some((row) => given(asRecord(row).noteTranslation))
  );
}

/** A translation needs its language, and that language differs from the original's. */
export function findTranslationIssues(report: { textLanguage?: unknown; translationLanguage?: unknown } & Parameters<typeof hasTranslatedText>[0]): ConsistencyIssue[] {
  const language = typeof report.translationLanguage === "string" && report.translationLanguage !== "" ? report.translationLanguage : undefined;
  if (language !== undefined && language === report.textLanguage) return [{ path: ["translationLanguage"], message: errorKey.translationSameLanguage }];
  if (language === undefined && hasTranslatedText(report)) return [{ path: ["translationLanguage"], message: errorKey.translationLanguageRequired }];
  return [];
}

// --- The whole report ---

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
export type TimelineEventInput = z.output<typeof TimelineEventInputSchema>;
export type RequiredItemInput = z.output<typeof RequiredItemInputSchema>;
export type LockoutCause = (typeof LOCKOUT_CAUSES)[number];
export type BackupCodesAnswer = (typeof BACKUP_CODE_ANSWERS)[number];

// --- Errors for display ---

// Defined with every form's errors; re-exported while the report form's importers move.
export { pathKey, toFieldErrorKeys, translateFieldErrors, type FieldError as FieldErrorKey } from "./field-errors";

/** The same for the rules across fields when lib/data applies them on its own (a timeline update). */
export function consistencyErrorKeys(issues: readonly ConsistencyIssue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) errors[pathKey(issue.path)] ??= { key: issue.message };
  return errors;
}
