import { z } from "zod";
import { CONTACT_CHANNELS, OUTCOMES, TIMELINE_EVENT_KINDS } from "../domain/stats/types";
import { hasControlCharacters } from "./text";
import { BACKUP_CODE_ANSWERS, errorKey, LIMITS, LOCKOUT_CAUSES } from "./report-vocabulary";

// The report's small field schemas, from which the whole report (report.ts) and the timeline
// update (report-update.ts) are built.
// No check here may abort (`abort: true`): an aborted field would skip the rules across fields,
// and the author would meet those only after fixing everything else.

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Bitcoin's first exchange opened in 2010; an earlier month is a typo.
const FIRST_YEAR = 2010;
// The latest time zone (UTC+14) reaches a calendar day this long before UTC does, so "today" for
// some author is up to that far ahead of the server's UTC date.
const LATEST_ZONE_AHEAD_MS = 14 * 3_600_000;

function latestPossibleToday(): string {
  return new Date(Date.now() + LATEST_ZONE_AHEAD_MS).toISOString().slice(0, 10);
}

export function isCalendarDay(value: string): boolean {
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

export const RequiredText = (max: number) =>
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
export const OptionalText = (max: number) =>
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

export const OptionalLanguageSchema = z
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

export type TimelineEventInput = z.output<typeof TimelineEventInputSchema>;
export type RequiredItemInput = z.output<typeof RequiredItemInputSchema>;
