import { comparisonRowOf, primaryLanguage, reportTimes, timingFigures, toComparisonRow, type ComparisonRow, type GuideStats, type GuideStatsOptions } from "./guide-stats";
import type { ReportFact } from "./types";

// The comparison page filters by period and inquiry language. Its figures are stored per exchange
// for every combination (12 views) when the exchange's guide is refreshed, so ranking the
// exchanges reads one small row each instead of every matching report.

export const COMPARISON_PERIODS = ["all", "12m", "36m"] as const;
export type ComparisonPeriod = (typeof COMPARISON_PERIODS)[number];

export const COMPARISON_LANGUAGES = ["all", "ja", "en", "other"] as const;
export type ComparisonLanguage = (typeof COMPARISON_LANGUAGES)[number];

export type ComparisonView = { period: ComparisonPeriod; inquiryLanguage: ComparisonLanguage };
export type ComparisonViewKey = `${ComparisonPeriod}.${ComparisonLanguage}`;

/** An exchange's row in one view, without its key; `ranked`: enough reports to be ranked. */
export type ComparisonViewRow = Omit<ComparisonRow, "exchange"> & { ranked: boolean };

export const COMPARISON_VIEWS: readonly ComparisonView[] = COMPARISON_PERIODS.flatMap((period) =>
  COMPARISON_LANGUAGES.map((inquiryLanguage) => ({ period, inquiryLanguage })),
);

export function comparisonViewKey({ period, inquiryLanguage }: ComparisonView): ComparisonViewKey {
  return `${period}.${inquiryLanguage}`;
}

/**
 * Whether a report belongs to a view. Periods count incident months: "12m" is the calendar month
 * of `now` (UTC) and the 11 before it, "36m" the month and the 35 before it. Languages compare the
 * primary subtag of the inquiry language ("ja-JP" is "ja"); "other" is neither ja nor en.
 */
export function isInComparisonView(report: Pick<ReportFact, "incidentMonth" | "inquiryLanguage">, view: ComparisonView, now: Date): boolean {
  return isBucketInComparisonView(report.incidentMonth.getTime(), comparisonLanguageOf(report.inquiryLanguage), view, now);
}

/** The language group of an inquiry language in the comparison's filter. */
export function comparisonLanguageOf(inquiryLanguage: string): Exclude<ComparisonLanguage, "all"> {
  const language = primaryLanguage(inquiryLanguage);
  return language === "ja" || language === "en" ? language : "other";
}

/** isInComparisonView for reports of an incident month (its first instant) and a language group. */
export function isBucketInComparisonView(incidentMonthMs: number, language: Exclude<ComparisonLanguage, "all">, view: ComparisonView, now: Date): boolean {
  if (view.period !== "all") {
    const months = view.period === "12m" ? 12 : 36;
    if (incidentMonthMs < Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1)) return false;
  }
  return view.inquiryLanguage === "all" || view.inquiryLanguage === language;
}

/**
 * An exchange's comparison rows in every view, from the facts of its published reports: the rows
 * toComparisonRow(computeGuideStats(the view's reports)) gives (a unit test holds them equal),
 * computed from each report's times derived once, without the figures the comparison does not
 * show. `allReportsStats`: computeGuideStats of all the reports with the same options, when the
 * caller has it already, for the unfiltered view.
 */
export function computeComparisonViews(
  reports: readonly ReportFact[],
  options: GuideStatsOptions & { allReportsStats?: GuideStats },
): Record<ComparisonViewKey, ComparisonViewRow> {
  const { allReportsStats, ...statsOptions } = options;
  const minSample = statsOptions.minSample ?? 5;
  const times = reportTimes(reports, statsOptions);
  const views = {} as Record<ComparisonViewKey, ComparisonViewRow>;
  for (const view of COMPARISON_VIEWS) {
    const unfiltered = view.period === "all" && view.inquiryLanguage === "all";
    let row: ComparisonRow & { ranked: boolean };
    if (unfiltered && allReportsStats) {
      row = toComparisonRow("", allReportsStats);
    } else {
      const inView = unfiltered
        ? times
        : times.filter((_, index) => {
            const report = reports[index];
            return report !== undefined && isInComparisonView(report, view, statsOptions.now);
          });
      row = comparisonRowOf("", inView.length, inView.length < minSample || inView.length === 0 ? null : timingFigures(inView));
    }
    const { exchange: _exchange, ...rest } = row;
    views[comparisonViewKey(view)] = rest;
  }
  return views;
}
