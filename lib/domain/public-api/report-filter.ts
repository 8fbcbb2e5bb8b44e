import type { ComparisonLanguage, ComparisonPeriod } from "../stats/comparison-views";

// The report list's filters mean what the comparison's do (isInComparisonView in
// lib/domain/stats/comparison-views.ts): a period counts incident months up to and including the
// current UTC month, and "other" is any inquiry language but Japanese and English.

/** First incident month of a period, or null for "all". */
export function incidentMonthSince(period: ComparisonPeriod, now: Date): Date | null {
  if (period === "all") return null;
  const months = period === "12m" ? 12 : 36;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
}

export type LanguageFilter = { equals: string } | { notIn: string[] } | null;

export function inquiryLanguageFilter(language: ComparisonLanguage): LanguageFilter {
  if (language === "all") return null;
  return language === "other" ? { notIn: ["ja", "en"] } : { equals: language };
}
