import { z } from "zod";
import { isOnOfficialDomain, OFFICIAL_FACT_KINDS, SELF_SERVICE_AVAILABILITIES, SELF_SERVICE_NEEDS } from "../domain/official-procedure";
import { CONTACT_CHANNELS } from "../domain/stats/types";
import { hasControlCharacters, RecordIdSchema } from "./text";

// The one schema for an official fact, used by the moderators' form (Conform, in the browser)
// and by the server action and lib/data before anything is written. It is made per exchange,
// since a source must be on that exchange's official domains. Messages are catalogue keys.

export const OFFICIAL_FACT_LIMITS = { text: 1000, url: 2000, hours: 24 * 366, position: 99, requiredItems: 20 } as const;

export const officialErrorKey = {
  required: "official.errors.required",
  tooLong: "official.errors.tooLong",
  invalidCharacters: "official.errors.invalidCharacters",
  invalidChoice: "official.errors.invalidChoice",
  invalidUrl: "official.errors.invalidUrl",
  notOfficialDomain: "official.errors.notOfficialDomain",
  invalidDay: "official.errors.invalidDay",
  invalidNumber: "official.errors.invalidNumber",
  hoursOrder: "official.errors.hoursOrder",
  invalidItem: "official.errors.invalidItem",
} as const;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" naming a real calendar day. */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const Text = z
  .string({ error: officialErrorKey.required })
  .trim()
  .min(1, { error: officialErrorKey.required })
  .max(OFFICIAL_FACT_LIMITS.text, { error: officialErrorKey.tooLong })
  .refine((value) => !hasControlCharacters(value), { error: officialErrorKey.invalidCharacters });

const Day = z.string({ error: officialErrorKey.required }).trim().refine(isCalendarDay, { error: officialErrorKey.invalidDay });

const Hours = z
  .number({ error: officialErrorKey.invalidNumber })
  .int({ error: officialErrorKey.invalidNumber })
  .min(0, { error: officialErrorKey.invalidNumber })
  .max(OFFICIAL_FACT_LIMITS.hours, { error: officialErrorKey.invalidNumber });

const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: officialErrorKey.invalidChoice });

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

const OfficialFactFieldsSchema = z.object({
  /** Absent for a new fact. */
  factId: RecordIdSchema.optional(),
  kind: choice(OFFICIAL_FACT_KINDS),
  position: z.number({ error: officialErrorKey.invalidNumber }).int({ error: officialErrorKey.invalidNumber }).min(0).max(OFFICIAL_FACT_LIMITS.position).default(0),
  textEn: Text,
  textJa: Text,
  sourceUrl: z
    .string({ error: officialErrorKey.required })
    .trim()
    .min(1, { error: officialErrorKey.required })
    .max(OFFICIAL_FACT_LIMITS.url, { error: officialErrorKey.tooLong })
    .refine(isHttpUrl, { error: officialErrorKey.invalidUrl }),
  sourceDate: Day.optional(),
  checkedOn: Day,
  language: z.string().regex(/^[a-z]{2,3}$/, { error: officialErrorKey.invalidChoice }).optional(),
  selfService: choice(SELF_SERVICE_AVAILABILITIES).optional(),
  selfServiceNeeds: z.array(choice(SELF_SERVICE_NEEDS)).max(SELF_SERVICE_NEEDS.length).default([]),
  requiredItemCodes: z
    .array(z.string().regex(/^[A-Z][A-Z_]{0,39}$/, { error: officialErrorKey.invalidItem }))
    .max(OFFICIAL_FACT_LIMITS.requiredItems, { error: officialErrorKey.invalidItem })
    .default([]),
  minHours: Hours.optional(),
  maxHours: Hours.optional(),
  channel: choice(CONTACT_CHANNELS).optional(),
});

/** The schema of a fact about the exchange whose official domains are given. */
export function officialFactSchema(officialDomains: readonly string[]) {
  return OfficialFactFieldsSchema.superRefine((input, context) => {
    if (isHttpUrl(input.sourceUrl) && !isOnOfficialDomain(input.sourceUrl, officialDomains)) {
      context.addIssue({ code: "custom", path: ["sourceUrl"], message: officialErrorKey.notOfficialDomain });
    }
    if (input.minHours !== undefined && input.maxHours !== undefined && input.minHours > input.maxHours) {
      context.addIssue({ code: "custom", path: ["maxHours"], message: officialErrorKey.hoursOrder });
    }
  });
}

export type OfficialFactInput = z.infer<typeof OfficialFactFieldsSchema>;

/** Deleting a fact: which one, and nothing else. */
export const DeleteOfficialFactSchema = z.object({ factId: RecordIdSchema });

/** The record itself: whether a recovery page was found, and when the pages were last searched. */
export const OfficialProcedureInputSchema = z.object({
  recoveryPageFound: z.boolean({ error: officialErrorKey.invalidChoice }).default(false),
  checkedOn: Day,
});
export type OfficialProcedureInput = z.infer<typeof OfficialProcedureInputSchema>;
