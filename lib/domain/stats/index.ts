export * from "./types";
export { deriveReportTimes, sortTimeline, HUMAN_REPLY_KINDS } from "./timeline";
export type { CaseEnding, DeriveReportTimesOptions, ReportTimes } from "./timeline";
export { condenseCurve, kaplanMeier, MAX_CURVE_POINTS, quantileFromCurve, shareResolvedBy, survivalAt, SHARE_DAYS } from "./kaplan-meier";
export type { KaplanMeierPoint } from "./kaplan-meier";
export { rankReports, toProportion, wilsonInterval, wilsonLowerBound } from "./wilson";
export type { RankableReport } from "./wilson";
export { procedureMayHaveChanged, reportWeight, weightedItemShares } from "./required-items";
export type {
  ItemChange,
  ItemNote,
  ItemReport,
  ItemShare,
  ProcedureChange,
  ProcedureChangeOptions,
} from "./required-items";
export { resolutionChartExtent, roundDaysForDisplay } from "./display";
export { compareExchanges, computeGuideStats, confidenceLabel, rankComparisonRows, toComparisonRow } from "./guide-stats";
export {
  COMPARISON_LANGUAGES,
  COMPARISON_PERIODS,
  COMPARISON_VIEWS,
  comparisonViewKey,
  computeComparisonViews,
  isInComparisonView,
} from "./comparison-views";
export type { ComparisonLanguage, ComparisonPeriod, ComparisonView, ComparisonViewKey, ComparisonViewRow } from "./comparison-views";
export type {
  ComparisonRow,
  ComparisonSortKey,
  ConfidenceLabel,
  ExchangeComparison,
  GuideFigures,
  GuideStats,
  GuideStatsOptions,
  ModeCount,
  RankedComparisonRow,
  ShareByDay,
  TimeToEventSummary,
} from "./guide-stats";
