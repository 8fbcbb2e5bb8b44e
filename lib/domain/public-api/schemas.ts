import { z } from "zod";
import { LOCKOUT_CAUSES } from "../../validation/report-vocabulary";
import { CONTACT_CHANNELS, OUTCOMES, TIMELINE_EVENT_KINDS } from "../stats/types";

// The answers of /api/v1, as zod schemas: the route handlers build their bodies through these
// types, and lib/domain/public-api/openapi.ts turns the same schemas into the OpenAPI document
// (z.toJSONSchema), so the document cannot drift from the code. Field names are English and
// stable; every date is an ISO 8601 string.

const IsoDateTime = z.iso.datetime().describe("ISO 8601 date and time, UTC");
const IsoMonth = z.string().regex(/^\d{4}-\d{2}$/).describe("ISO 8601 year and month");
const Nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    retryAfterSeconds: z.int().optional(),
  })
  .describe("An error, as RFC 9457 problem details (application/problem+json)");

export const ExchangeSchema = z.object({
  slug: z.string(),
  nameEn: z.string(),
  nameJa: z.string(),
  aliases: z.array(z.string()),
  country: Nullable(z.string()),
  status: z.enum(["OPERATING", "CLOSED", "UNKNOWN"]),
  reportCount: z.int().describe("Published reports"),
  officialLinks: z.object({
    website: Nullable(z.string()),
    supportUrl: Nullable(z.string()),
    officialDomains: z.array(z.string()),
  }),
});
export type ApiExchange = z.infer<typeof ExchangeSchema>;

export const ExchangeListSchema = z.object({ data: z.array(ExchangeSchema) });

const ProportionSchema = z.object({ count: z.int(), n: z.int(), share: z.number(), lower: z.number(), upper: z.number() }).describe("A share with its Wilson 95% interval");

const TimeToEventSchema = z
  .object({
    n: z.int(),
    events: z.int(),
    censored: z.int().describe("Open cases, counted as lasting at least until the figures were computed"),
    medianDays: Nullable(z.number()).describe("Kaplan-Meier median; null when not reached"),
    firstQuartileDays: Nullable(z.number()),
    thirdQuartileDays: Nullable(z.number()),
    shareByDay: z.array(z.object({ day: z.int(), share: Nullable(z.number()) })),
  })
  .describe("A time-to-event summary (Kaplan-Meier)");

export const GuideSchema = z.object({
  exchange: z.string().describe("The exchange's slug"),
  n: z.int().describe("Published reports"),
  confidence: z.enum(["insufficient", "low", "medium", "high"]),
  incidentMonths: Nullable(z.object({ from: IsoMonth, to: IsoMonth })),
  lastUpdated: IsoDateTime.describe("When the figures were computed"),
  figures: Nullable(
    z.object({
      firstHumanReply: TimeToEventSchema,
      resolution: TimeToEventSchema,
      outcomes: z.object({ resolved: z.int(), rejected: z.int(), gaveUp: z.int(), open: z.int() }),
      resolutionRate: Nullable(ProportionSchema),
      replyInOtherLanguage: Nullable(ProportionSchema).describe("Reports whose support replied in a language other than the inquiry's"),
      mostReportedChannel: Nullable(z.object({ value: z.enum(CONTACT_CHANNELS), count: z.int(), share: z.number() })),
      requiredItems: z.array(z.object({ code: z.string(), count: z.int(), n: z.int(), rawShare: z.number(), share: z.number() })),
      procedureChange: z.object({
        changed: z.boolean(),
        comparable: z.boolean(),
        recentN: z.int(),
        olderN: z.int(),
        items: z.array(z.object({ code: z.string(), recentCount: z.int(), recentShare: z.number(), olderCount: z.int(), olderShare: z.number(), difference: z.number() })),
      }),
    }),
  ).describe("null below the minimum sample of five reports"),
});
export type ApiGuide = z.infer<typeof GuideSchema>;

const ComparisonRowSchema = z.object({
  exchange: z.string(),
  rank: Nullable(z.int()).describe("null: below the minimum sample, not ranked"),
  n: z.int(),
  confidence: z.enum(["insufficient", "low", "medium", "high"]),
  medianFirstHumanReplyDays: Nullable(z.number()),
  medianResolutionDays: Nullable(z.number()),
  firstHumanReplyQuartileDays: z.object({ first: Nullable(z.number()), third: Nullable(z.number()) }),
  resolutionQuartileDays: z.object({ first: Nullable(z.number()), third: Nullable(z.number()) }),
  resolvedBy7Days: Nullable(z.number()),
  resolutionRate: Nullable(ProportionSchema),
});

export const ComparisonSchema = z.object({
  period: z.enum(["all", "12m", "36m"]),
  inquiryLanguage: z.enum(["all", "ja", "en", "other"]),
  data: z.array(ComparisonRowSchema),
});
export type ApiComparison = z.infer<typeof ComparisonSchema>;

const TextsSchema = z.object({
  lockoutDetail: Nullable(z.string()),
  verificationLevel: Nullable(z.string()),
  contactPath: Nullable(z.string()),
  summary: Nullable(z.string()),
  tips: Nullable(z.string()),
});

export const ReportSchema = z.object({
  id: z.string(),
  exchange: z.string().describe("The exchange's slug"),
  author: Nullable(z.string()).describe("The author's public pseudonym"),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  incidentMonth: IsoMonth,
  lockoutCause: z.enum(LOCKOUT_CAUSES),
  hadBackupCodes: Nullable(z.boolean()),
  contactChannel: z.enum(CONTACT_CHANNELS),
  inquiryLanguage: z.string(),
  replyLanguages: z.array(z.string()),
  outcome: z.enum(OUTCOMES),
  textLanguage: z.string(),
  texts: TextsSchema.describe("The author's text, with personal data replaced by placeholders"),
  translation: Nullable(TextsSchema.extend({ language: z.string() })).describe("The author's own translation; never machine translated"),
  timeline: z.array(
    z.object({
      kind: z.enum(TIMELINE_EVENT_KINDS),
      occurredAt: IsoDateTime,
      precision: z.enum(["DAY", "MINUTE"]).describe("DAY: only the date part is meaningful"),
      language: Nullable(z.string()),
      note: Nullable(z.string()),
      noteTranslation: Nullable(z.string()),
    }),
  ),
  requiredItems: z.array(z.object({ code: z.string(), note: Nullable(z.string()), noteTranslation: Nullable(z.string()) })),
  votes: z.object({ helpful: z.int(), notHelpful: z.int() }),
});
export type ApiReport = z.infer<typeof ReportSchema>;

export const ReportPageSchema = z.object({
  data: z.array(ReportSchema),
  nextCursor: Nullable(z.string()).describe("Pass as ?cursor= for the next page; null on the last page"),
});
