import { z } from "zod";
import { COMPARISON_LANGUAGES, COMPARISON_PERIODS } from "../domain/stats/comparison-views";
import { ExchangeSlugSchema } from "./report-fields";

/** GET /api/guides/version: `?slug=<exchange>` or `?scope=comparison`, exactly one of them. */
export const GuideVersionQuerySchema = z.union([
  z.strictObject({ slug: ExchangeSlugSchema }),
  z.strictObject({ scope: z.literal("comparison") }),
]);
export type GuideVersionQuery = z.infer<typeof GuideVersionQuerySchema>;

export const ComparisonPeriodSchema = z.enum(COMPARISON_PERIODS);
export type ComparisonPeriod = z.infer<typeof ComparisonPeriodSchema>;

export const ComparisonLanguageSchema = z.enum(COMPARISON_LANGUAGES);
export type ComparisonLanguage = z.infer<typeof ComparisonLanguageSchema>;

export const ComparisonSortKeySchema = z.enum(["medianFirstHumanReply", "medianResolution", "resolvedBy7Days", "resolutionRate", "reports"]);

/** The comparison page's query string; anything missing or unknown falls back to the default view. */
export const ComparisonQuerySchema = z.object({
  period: ComparisonPeriodSchema.catch("all"),
  inquiryLanguage: ComparisonLanguageSchema.catch("all"),
  sortBy: ComparisonSortKeySchema.catch("medianResolution"),
  direction: z.enum(["asc", "desc"]).optional().catch(undefined),
});
export type ComparisonQuery = z.infer<typeof ComparisonQuerySchema>;

/** The page number of an exchange's report list (`?page=2`); anything else is the first page. */
export const ReportListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
