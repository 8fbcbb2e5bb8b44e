import type { ExchangeComparison, GuideStats, TimeToEventSummary } from "../stats";
import type { ComparisonLanguage, ComparisonPeriod } from "../stats/comparison-views";
import type { ApiComparison, ApiGuide, ApiReport } from "./schemas";

// From the shapes lib/data loads to the API's: the same figures the pages show, under stable
// English names, dates as ISO 8601 strings. Nothing here adds a field a page does not show.

const isoMonth = (date: Date) => date.toISOString().slice(0, 7);

function timeToEvent({ n, events, censored, median, firstQuartile, thirdQuartile, sharesByDay }: TimeToEventSummary) {
  return { n, events, censored, medianDays: median, firstQuartileDays: firstQuartile, thirdQuartileDays: thirdQuartile, shareByDay: sharesByDay };
}

export function toApiGuide(exchange: string, stats: GuideStats, computedAt: Date): ApiGuide {
  const figures = stats.figures;
  return {
    exchange,
    n: stats.n,
    confidence: stats.confidence,
    incidentMonths: stats.incidentMonths && { from: isoMonth(stats.incidentMonths.from), to: isoMonth(stats.incidentMonths.to) },
    lastUpdated: computedAt.toISOString(),
    figures: figures && {
      firstHumanReply: timeToEvent(figures.firstHumanReply),
      resolution: timeToEvent(figures.resolution),
      outcomes: figures.outcomes,
      resolutionRate: figures.resolutionRate,
      replyInOtherLanguage: figures.replyInOtherLanguage,
      mostReportedChannel: figures.mostReportedChannel,
      // Item notes are left out: they are the reports' own words, available with each report.
      requiredItems: figures.requiredItems.map(({ code, count, n, rawShare, share }) => ({ code, count, n, rawShare, share })),
      procedureChange: {
        ...figures.procedureChange,
        items: figures.procedureChange.items.map(({ code, recentCount, recentShare, olderCount, olderShare, difference }) => ({ code, recentCount, recentShare, olderCount, olderShare, difference })),
      },
    },
  };
}

export function toApiComparison(comparison: ExchangeComparison, view: { period: ComparisonPeriod; inquiryLanguage: ComparisonLanguage }): ApiComparison {
  const rows = [...comparison.ranked, ...comparison.belowThreshold.map((row) => ({ ...row, rank: null }))];
  return {
    ...view,
    data: rows.map((row) => ({
      exchange: row.exchange,
      rank: row.rank,
      n: row.n,
      confidence: row.confidence,
      medianFirstHumanReplyDays: row.medianFirstHumanReplyDays,
      medianResolutionDays: row.medianResolutionDays,
      firstHumanReplyQuartileDays: row.firstHumanReplyQuartileDays,
      resolutionQuartileDays: row.resolutionQuartileDays,
      resolvedBy7Days: row.resolvedBy7Days,
      resolutionRate: row.resolutionRate,
    })),
  };
}

/** A published report's row as lib/data/api loads it: only columns a reader's page shows. */
export type PublicReportRow = {
  id: string;
  exchangeSlug: string;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
  incidentMonth: Date;
  lockoutCause: ApiReport["lockoutCause"];
  lockoutDetail: string | null;
  hadBackupCodes: boolean | null;
  verificationLevel: string | null;
  contactChannel: ApiReport["contactChannel"];
  contactPath: string;
  inquiryLanguage: string;
  replyLanguages: string[];
  textLanguage: string;
  outcome: ApiReport["outcome"];
  summary: string | null;
  tips: string | null;
  translationLanguage: string | null;
  lockoutDetailTranslation: string | null;
  verificationLevelTranslation: string | null;
  contactPathTranslation: string | null;
  summaryTranslation: string | null;
  tipsTranslation: string | null;
  helpfulVotes: number;
  voteCount: number;
  events: { kind: ApiReport["timeline"][number]["kind"]; occurredAt: Date; precision: "DAY" | "MINUTE"; language: string | null; note: string | null; noteTranslation: string | null }[];
  requiredItems: { code: string; note: string | null; noteTranslation: string | null }[];
};

export function toApiReport(row: PublicReportRow): ApiReport {
  return {
    id: row.id,
    exchange: row.exchangeSlug,
    author: row.authorName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    incidentMonth: isoMonth(row.incidentMonth),
    lockoutCause: row.lockoutCause,
    hadBackupCodes: row.hadBackupCodes,
    contactChannel: row.contactChannel,
    inquiryLanguage: row.inquiryLanguage,
    replyLanguages: row.replyLanguages,
    outcome: row.outcome,
    textLanguage: row.textLanguage,
    texts: { lockoutDetail: row.lockoutDetail, verificationLevel: row.verificationLevel, contactPath: row.contactPath, summary: row.summary, tips: row.tips },
    translation: row.translationLanguage
      ? {
          language: row.translationLanguage,
          lockoutDetail: row.lockoutDetailTranslation,
          verificationLevel: row.verificationLevelTranslation,
          contactPath: row.contactPathTranslation,
          summary: row.summaryTranslation,
          tips: row.tipsTranslation,
        }
      : null,
    timeline: row.events.map((event) => ({ ...event, occurredAt: event.occurredAt.toISOString() })),
    requiredItems: row.requiredItems,
    votes: { helpful: row.helpfulVotes, notHelpful: row.voteCount - row.helpfulVotes },
  };
}
