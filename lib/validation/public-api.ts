import { z } from "zod";
import { COMPARISON_LANGUAGES, COMPARISON_PERIODS } from "../domain/stats/comparison-views";
import { OUTCOMES } from "../domain/stats/types";
import { ExchangeSlugSchema } from "./report-fields";

// The query strings /api/v1 accepts. Unlike the pages, which fall back to a default view, an API
// answers a wrong parameter with 400, so a client's typo does not silently widen its data.

export const PUBLIC_API_PAGE_SIZE = { default: 50, max: 200 } as const;

export const ReportListQuerySchema = z.strictObject({
  exchange: ExchangeSlugSchema.optional().describe("An exchange's slug"),
  period: z.enum(COMPARISON_PERIODS).default("all").describe("Incident month within the last 12 or 36 months"),
  outcome: z.enum(OUTCOMES).optional(),
  inquiryLanguage: z.enum(COMPARISON_LANGUAGES).default("all").describe("Primary language of the inquiry; other: neither ja nor en"),
  cursor: z.string().max(200).optional().describe("nextCursor of the previous page"),
  limit: z.coerce.number().int().min(1).max(PUBLIC_API_PAGE_SIZE.max).default(PUBLIC_API_PAGE_SIZE.default),
});
export type ReportListQuery = z.infer<typeof ReportListQuerySchema>;

export const ComparisonApiQuerySchema = z.strictObject({
  period: z.enum(COMPARISON_PERIODS).default("all"),
  inquiryLanguage: z.enum(COMPARISON_LANGUAGES).default("all"),
});

export const EmptyQuerySchema = z.strictObject({});
