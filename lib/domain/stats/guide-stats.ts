import { condenseCurve, kaplanMeier, quantileFromCurve, SHARE_DAYS, shareResolvedBy, type KaplanMeierPoint } from "./kaplan-meier";
import {
  procedureMayHaveChanged,
  weightedItemShares,
  type ItemShare,
  type ProcedureChange,
} from "./required-items";
import { rankContactPaths, type ContactPathGroup } from "./contact-paths";
import { deriveReportTimes, HUMAN_REPLY_KINDS, type ReportTimes } from "./timeline";
import { CONTACT_CHANNELS, type ContactChannel, type Proportion, type ReportFact } from "./types";
import { toProportion } from "./wilson";

export type ConfidenceLabel = "insufficient" | "low" | "medium" | "high";

// Thresholds agreed for the guides: the label tells a reader how far to trust the figures.
export function confidenceLabel(n: number): ConfidenceLabel {
  if (n < 5) return "insufficient";
  if (n < 15) return "low";
  if (n < 50) return "medium";
  return "high";
}

export interface ShareByDay {
  day: number;
  // null: not estimable, no case was followed that long.
  share: number | null;
}

export interface TimeToEventSummary {
  n: number;
  events: number;
  censored: number;
  // null = "not reached": too few cases got there to say.
  median: number | null;
  // Days by which a quarter / three quarters of cases got there.
  firstQuartile: number | null;
  thirdQuartile: number | null;
  sharesByDay: ShareByDay[];
  curve: KaplanMeierPoint[];
}

export interface ModeCount<T> {
  value: T;
  count: number;
  share: number;
}

export interface ContactPathMode extends ModeCount<string> {
  // Other paths reported exactly as often, best first by the same tie-break; empty without a tie.
  tiedWith: string[];
}

export interface GuideFigures {
  firstHumanReply: TimeToEventSummary;
  resolution: TimeToEventSummary;
  outcomes: { resolved: number; rejected: number; gaveUp: number; open: number };
  // Resolved among closed cases (resolved, rejected, given up); open cases have no outcome yet.
  // null while no case is closed.
  resolutionRate: Proportion | null;
  mostReportedChannel: ModeCount<ContactChannel> | null;
  mostCommonContactPath: ContactPathMode | null;
  // Among reports that recorded a reply language.
  replyInOtherLanguage: Proportion | null;
  requiredItems: ItemShare[];
  procedureChange: ProcedureChange;
}

export interface GuideStats {
  n: number;
  // Earliest and latest incident month covered; null without reports.
  incidentMonths: { from: Date; to: Date } | null;
  confidence: ConfidenceLabel;
  // null below the minimum sample: a median of three reports would look like a fact.
  figures: GuideFigures | null;
}

export interface GuideStatsOptions {
  now: Date;
  minSample?: number;
  halfLifeDays?: number;
  recentDays?: number;
  utcOffsetMinutes?: number;
}

/** The figures of one waiting time from its full Kaplan-Meier curve. */
export function summariseCurve(curve: readonly KaplanMeierPoint[]): TimeToEventSummary {
  let n = 0;
  let events = 0;
  for (const point of curve) {
    n += point.events + point.censored;
    events += point.events;
  }
  return {
    n,
    events,
    censored: n - events,
    median: quantileFromCurve(curve, 0.5) ?? null,
    firstQuartile: quantileFromCurve(curve, 0.25) ?? null,
    thirdQuartile: quantileFromCurve(curve, 0.75) ?? null,
    sharesByDay: SHARE_DAYS.map((day) => ({ day, share: shareResolvedBy(curve, day) ?? null })),
    curve: condenseCurve(curve),
  };
}

/** The primary subtag of a BCP 47 language tag, lower-cased: "ja-JP" → "ja". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

function mostReportedChannel(reports: readonly ReportFact[]): ModeCount<ContactChannel> | null {
  let best: ModeCount<ContactChannel> | null = null;
  // Iterating the fixed enum order makes the first-listed channel win a tie.
  for (const channel of CONTACT_CHANNELS) {
    const count = reports.filter((report) => report.contactChannel === channel).length;
    if (count > 0 && (best === null || count > best.count)) {
      best = { value: channel, count, share: count / reports.length };
    }
  }
  return best;
}

/**
 * The most reported path of ranked groups (rankContactPathTallies) among `n` reports; a tie goes to
 * the path reported first (see contact-paths.ts), and `tiedWith` names the others with as many
 * reports, so the guide can say they are tied.
 */
export function contactPathMode(groups: readonly ContactPathGroup[], n: number): ContactPathMode | null {
  const [best, ...rest] = groups;
  if (best === undefined) return null;
  const tiedWith = rest.filter((group) => group.count === best.count).map((group) => group.value);
  return { value: best.value, count: best.count, share: best.count / n, tiedWith };
}

// Reply languages come from the report and from the language of reply events (Kraken answered
// a Japanese inquiry in English, then in Japanese).
/** A report's reply languages (primary subtags), from the report and its reply events. */
export function replyLanguages(report: Pick<ReportFact, "replyLanguages" | "timeline">): Set<string> {
  const fromEvents = report.timeline
    .filter((event) => HUMAN_REPLY_KINDS.has(event.kind) && event.language)
    .map((event) => event.language ?? "");
  return new Set([...report.replyLanguages, ...fromEvents].map(primaryLanguage).filter((tag) => tag !== ""));
}

function replyInOtherLanguage(reports: readonly ReportFact[]): Proportion | null {
  let n = 0;
  let count = 0;
  for (const report of reports) {
    const languages = replyLanguages(report);
    if (languages.size === 0) continue;
    n += 1;
    const inquiry = primaryLanguage(report.inquiryLanguage);
    if ([...languages].some((language) => language !== inquiry)) count += 1;
  }
  return n === 0 ? null : toProportion(count, n);
}

function incidentMonthRange(reports: readonly ReportFact[]): { from: Date; to: Date } | null {
  if (reports.length === 0) return null;
  // A loop, not Math.min(...times): spreading a large exchange's reports overflows the stack.
  let from = Infinity;
  let to = -Infinity;
  for (const report of reports) {
    const time = report.incidentMonth.getTime();
    if (time < from) from = time;
    if (time > to) to = time;
  }
  return { from: new Date(from), to: new Date(to) };
}

/**
 * Everything a guide shows about one exchange, from its published reports.
 * Waiting times use the Kaplan & Meier (1958) estimate so open cases count as "at least this
 * long" instead of being dropped (dropping them would make every exchange look fast).
 */
/** Each report's derived times (deriveReportTimes), in the order of `reports`. */
export function reportTimes(reports: readonly ReportFact[], options: Pick<GuideStatsOptions, "now" | "utcOffsetMinutes">): ReportTimes[] {
  return reports.map((report) => deriveReportTimes(report.timeline, { now: options.now, outcome: report.outcome, utcOffsetMinutes: options.utcOffsetMinutes }));
}

export type TimingFigures = Pick<GuideFigures, "firstHumanReply" | "resolution" | "outcomes" | "resolutionRate">;

/** The figures that come from the reports' times alone: what the comparison ranks on. */
export function timingFigures(times: readonly ReportTimes[]): TimingFigures {
  const outcomes = { resolved: 0, rejected: 0, gaveUp: 0, open: 0 };
  for (const { ending } of times) {
    if (ending === "RESOLVED" || ending === "RESOLVED_SILENTLY") outcomes.resolved += 1;
    else if (ending === "REJECTED") outcomes.rejected += 1;
    else if (ending === "GAVE_UP") outcomes.gaveUp += 1;
    else outcomes.open += 1;
  }
  return {
    firstHumanReply: summariseCurve(kaplanMeier(times.flatMap((time) => (time.firstHumanReply ? [time.firstHumanReply] : [])))),
    resolution: summariseCurve(kaplanMeier(times.flatMap((time) => (time.resolution ? [time.resolution] : [])))),
    ...outcomeFigures(outcomes),
  };
}

/** The outcomes and the resolution rate among closed cases (null while none is closed). */
export function outcomeFigures(outcomes: GuideFigures["outcomes"]): Pick<GuideFigures, "outcomes" | "resolutionRate"> {
  const closed = outcomes.resolved + outcomes.rejected + outcomes.gaveUp;
  return { outcomes, resolutionRate: closed === 0 ? null : toProportion(outcomes.resolved, closed) };
}

export function computeGuideStats(reports: readonly ReportFact[], options: GuideStatsOptions): GuideStats {
  const minSample = options.minSample ?? 5;
  const n = reports.length;
  const base = { n, incidentMonths: incidentMonthRange(reports), confidence: confidenceLabel(n) };
  if (n < minSample || n === 0) return { ...base, figures: null };

  return {
    ...base,
    figures: {
      ...timingFigures(reportTimes(reports, options)),
      mostReportedChannel: mostReportedChannel(reports),
      mostCommonContactPath: contactPathMode(rankContactPaths(reports), reports.length),
      replyInOtherLanguage: replyInOtherLanguage(reports),
      requiredItems: weightedItemShares(reports, { now: options.now, halfLifeDays: options.halfLifeDays }),
      procedureChange: procedureMayHaveChanged(reports, { now: options.now, recentDays: options.recentDays }),
    },
  };
}

export type ComparisonSortKey =
  | "medianFirstHumanReply"
  | "medianResolution"
  | "resolvedBy7Days"
  | "resolutionRate"
  | "reports";

export interface ComparisonRow {
  exchange: string;
  n: number;
  confidence: ConfidenceLabel;
  medianFirstHumanReplyDays: number | null;
  medianResolutionDays: number | null;
  // Days by which a quarter / three quarters of cases got there (null: not reached), for the
  // spread around each median.
  firstHumanReplyQuartileDays: { first: number | null; third: number | null };
  resolutionQuartileDays: { first: number | null; third: number | null };
  resolvedBy7Days: number | null;
  resolutionRate: Proportion | null;
}

export interface RankedComparisonRow extends ComparisonRow {
  rank: number;
}

export interface ExchangeComparison {
  ranked: RankedComparisonRow[];
  // Below the minimum sample: listed apart, most reports first, never ranked.
  belowThreshold: ComparisonRow[];
}

// Quick is good for times, high is good for shares: the direction a reader expects by default.
const DEFAULT_DIRECTION: Record<ComparisonSortKey, "asc" | "desc"> = {
  medianFirstHumanReply: "asc",
  medianResolution: "asc",
  resolvedBy7Days: "desc",
  resolutionRate: "desc",
  reports: "desc",
};

function sortValue(row: ComparisonRow, key: ComparisonSortKey): number | null {
  switch (key) {
    case "medianFirstHumanReply":
      return row.medianFirstHumanReplyDays;
    case "medianResolution":
      return row.medianResolutionDays;
    case "resolvedBy7Days":
      return row.resolvedBy7Days;
    case "resolutionRate":
      // Ranked by the Wilson (1927) lower bound, so 2 of 2 does not outrank 45 of 50.
      return row.resolutionRate?.lower ?? null;
    case "reports":
      return row.n;
  }
}

/** One exchange's comparison row, from its statistics. `ranked`: above the minimum sample. */
export function toComparisonRow(exchange: string, stats: GuideStats): ComparisonRow & { ranked: boolean } {
  return comparisonRowOf(exchange, stats.n, stats.figures);
}

/** toComparisonRow from the count and the timing figures only (null below the minimum sample). */
export function comparisonRowOf(exchange: string, n: number, figures: TimingFigures | null): ComparisonRow & { ranked: boolean } {
  return {
    exchange,
    n,
    confidence: confidenceLabel(n),
    medianFirstHumanReplyDays: figures?.firstHumanReply.median ?? null,
    medianResolutionDays: figures?.resolution.median ?? null,
    firstHumanReplyQuartileDays: { first: figures?.firstHumanReply.firstQuartile ?? null, third: figures?.firstHumanReply.thirdQuartile ?? null },
    resolutionQuartileDays: { first: figures?.resolution.firstQuartile ?? null, third: figures?.resolution.thirdQuartile ?? null },
    resolvedBy7Days: figures?.resolution.sharesByDay.find((entry) => entry.day === 7)?.share ?? null,
    resolutionRate: figures?.resolutionRate ?? null,
    ranked: figures !== null,
  };
}

function byExchange(a: ComparisonRow, b: ComparisonRow): number {
  return a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0;
}

/**
 * Ranks exchanges on one figure. Exchanges whose stats have no figures (below the minimum
 * sample) are listed apart. A missing figure ("not reached", nothing closed yet) sorts last in
 * either direction so it never looks best; ties go to the exchange with more reports, then to
 * the key, so the order is stable.
 */
export function compareExchanges(
  statsByExchange: Readonly<Record<string, GuideStats>>,
  options: { sortBy: ComparisonSortKey; direction?: "asc" | "desc" },
): ExchangeComparison {
  return rankComparisonRows(
    Object.entries(statsByExchange).map(([exchange, stats]) => toComparisonRow(exchange, stats)),
    options,
  );
}

/** compareExchanges over rows already made by toComparisonRow (stored ones, see comparison-views.ts). */
export function rankComparisonRows(
  rows: readonly (ComparisonRow & { ranked: boolean })[],
  options: { sortBy: ComparisonSortKey; direction?: "asc" | "desc" },
): ExchangeComparison {
  const direction = options.direction ?? DEFAULT_DIRECTION[options.sortBy];
  const sign = direction === "asc" ? 1 : -1;
  const withoutFlag = ({ ranked: _ranked, ...row }: ComparisonRow & { ranked: boolean }): ComparisonRow => row;

  const ranked = rows
    .filter((row) => row.ranked)
    .map((row) => ({ row: withoutFlag(row), value: sortValue(row, options.sortBy) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else if (a.value !== b.value) {
        return sign * (a.value - b.value);
      }
      return b.row.n - a.row.n || byExchange(a.row, b.row);
    })
    .map(({ row }, index) => ({ ...row, rank: index + 1 }));

  const belowThreshold = rows
    .filter((row) => !row.ranked)
    .map(withoutFlag)
    .sort((a, b) => b.n - a.n || byExchange(a, b));

  return { ranked, belowThreshold };
}
