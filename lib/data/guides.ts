import "server-only";
import { db } from "../db";
import {
  compareExchanges,
  computeGuideStats,
  rankReports,
  type ComparisonSortKey,
  type ExchangeComparison,
  type GuideStats,
  type ReportFact,
} from "../domain/stats";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ComparisonLanguage, ComparisonPeriod } from "../validation/guide";
import { exchangeFactsSelect, type ExchangeDetail } from "./exchanges";
import {
  COMPARISON_COUNTER,
  fromJson,
  groupByExchange,
  isCurrent,
  loadFacts,
  readCounter,
  refreshAllGuides as refreshAllGuidesWith,
  refreshStaleGuides,
  type GuideCandidate,
  type StoredGuide,
} from "./guide-store";
import { publishedReportWhere, reportDetailSelect, toReportDetail, type ReportDetail } from "./reports";
import { tallyVotesForReports, type VoteTally } from "./votes";

// Live guides (docs/decisions/005-live-guides.md): each exchange's statistics are stored with the
// version of its counter, and recomputed from the report facts only when a write bumped the
// counter since (or the stored figures are over an hour old, see GUIDE_MAX_AGE_MS).

export type GuideExchange = Omit<ExchangeDetail, "reports">;
export type GuideReport = ReportDetail & { votes: VoteTally };

export type Guide = {
  exchange: GuideExchange;
  stats: GuideStats;
  /** The guide version the stats reflect; the page polls /api/guides/version and reloads when it moves. */
  version: number;
  /** The statistics' "now": open cases count as waiting until this moment. */
  computedAt: Date;
  /** Published reports, most trusted first (Wilson lower bound of helpful votes, see rankReports). */
  reports: GuideReport[];
};

/** The facts computeGuideStats reads, for the published reports of one exchange. */
export async function loadReportFacts({ exchangeId }: { exchangeId: string }): Promise<ReportFact[]> {
  return (await loadFacts(db(), { exchangeId })).map(({ exchangeId: _exchangeId, ...fact }) => fact);
}

const guideExchangeSelect = {
  id: true,
  ...exchangeFactsSelect,
  guide: { select: { version: true, stats: true, computedAt: true } },
} satisfies Prisma.ExchangeSelect;

function storedGuideOf(row: { version: number; stats: Prisma.JsonValue; computedAt: Date } | null): StoredGuide | null {
  const stats = row ? fromJson(row.stats) : null;
  return row && stats ? { version: row.version, stats, computedAt: row.computedAt } : null;
}

/**
 * An exchange's guide: its facts, statistics and ranked reports, with the viewer's own votes.
 * Reads the stored statistics when they are current (two small reads), otherwise recomputes them
 * from the facts and stores them for the next reader.
 */
export async function findGuide({ slug, viewerId = null, now = new Date() }: { slug: string; viewerId?: string | null; now?: Date }): Promise<Guide | null> {
  const row = await db().exchange.findUnique({ where: { slug }, select: guideExchangeSelect });
  if (!row) return null;
  const { id, guide: storedRow, ...exchange } = row;
  const version = await readCounter(db(), id);
  const stored = storedGuideOf(storedRow);
  const guide = stored && isCurrent(stored, version, now) ? stored : (await refreshStaleGuides(db(), [{ exchangeId: id, stored }], { now })).get(id);
  if (!guide) throw new Error(`guide of ${slug} was not computed`);

  const rows = await db().report.findMany({
    where: { exchangeId: id, ...publishedReportWhere },
    select: reportDetailSelect,
    orderBy: [{ incidentMonth: "desc" }, { createdAt: "desc" }],
  });
  const tallies = await tallyVotesForReports({ reportIds: rows.map((report) => report.id), viewerId });
  const reports = rows.map((report) => ({
    ...toReportDetail(report),
    votes: tallies.get(report.id) ?? { helpful: 0, notHelpful: 0, mine: null },
  }));
  return { exchange, stats: guide.stats, version: guide.version, computedAt: guide.computedAt, reports: rankReports(reports) };
}

export type ComparisonExchange = { slug: string; nameEn: string; nameJa: string };

export type ComparisonView = ExchangeComparison & {
  /** Names for the rows, which are keyed by exchange slug. */
  exchanges: Record<string, ComparisonExchange>;
  /** The comparison version read before the figures; poll /api/guides/version?scope=comparison. */
  version: number;
};

export type ComparisonOptions = {
  period: ComparisonPeriod;
  inquiryLanguage: ComparisonLanguage;
  sortBy: ComparisonSortKey;
  direction?: "asc" | "desc";
  now?: Date;
};

function languageWhere(language: "ja" | "en"): Prisma.ReportWhereInput {
  return { OR: [{ inquiryLanguage: { equals: language, mode: "insensitive" } }, { inquiryLanguage: { startsWith: `${language}-`, mode: "insensitive" } }] };
}

/** Reports of the period (by incident month: the current calendar month and the 11 or 35 before it) and inquiry language. */
function filterWhere({ period, inquiryLanguage, now }: { period: ComparisonPeriod; inquiryLanguage: ComparisonLanguage; now: Date }): Prisma.ReportWhereInput {
  const filters: Prisma.ReportWhereInput[] = [];
  if (period !== "all") {
    const months = period === "12m" ? 12 : 36;
    filters.push({ incidentMonth: { gte: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1)) } });
  }
  if (inquiryLanguage === "ja" || inquiryLanguage === "en") filters.push(languageWhere(inquiryLanguage));
  if (inquiryLanguage === "other") filters.push({ NOT: [languageWhere("ja"), languageWhere("en")] });
  return { AND: filters };
}

/**
 * Every exchange ranked on one figure. The default view (all periods, all languages) comes from
 * the stored aggregates, recomputing only the stale ones. A filtered view has no stored aggregate:
 * it reads the facts of every matching report and computes each exchange's statistics on the
 * request, a cost that grows with the number of reports (see docs/decisions/005).
 */
export async function listComparison({ period, inquiryLanguage, sortBy, direction, now = new Date() }: ComparisonOptions): Promise<ComparisonView> {
  const version = await readCounter(db(), COMPARISON_COUNTER);
  const rows = await db().exchange.findMany({
    select: { id: true, slug: true, nameEn: true, nameJa: true, ...(period === "all" && inquiryLanguage === "all" ? { guide: guideExchangeSelect.guide } : {}) },
    orderBy: { slug: "asc" },
  });
  const statsById = new Map<string, GuideStats>();

  if (period === "all" && inquiryLanguage === "all") {
    const counters = await db().guideCounter.findMany({ where: { key: { in: rows.map((row) => row.id) } }, select: { key: true, version: true } });
    const versionOf = new Map(counters.map((counter) => [counter.key, counter.version]));
    const stale: GuideCandidate[] = [];
    for (const row of rows) {
      const stored = storedGuideOf(row.guide ?? null);
      if (stored && isCurrent(stored, versionOf.get(row.id) ?? 0, now)) statsById.set(row.id, stored.stats);
      else stale.push({ exchangeId: row.id, stored });
    }
    for (const [id, guide] of await refreshStaleGuides(db(), stale, { now })) statsById.set(id, guide.stats);
  } else {
    const factsById = groupByExchange(await loadFacts(db(), filterWhere({ period, inquiryLanguage, now })));
    for (const row of rows) statsById.set(row.id, computeGuideStats(factsById.get(row.id) ?? [], { now }));
  }

  const statsBySlug: Record<string, GuideStats> = {};
  const exchanges: Record<string, ComparisonExchange> = {};
  for (const { id, slug, nameEn, nameJa } of rows) {
    const stats = statsById.get(id);
    if (stats) statsBySlug[slug] = stats;
    exchanges[slug] = { slug, nameEn, nameJa };
  }
  return { ...compareExchanges(statsBySlug, { sortBy, direction }), exchanges, version };
}

/** Recomputes every exchange's stored guide (after a bulk load or a change of the statistics). */
export function refreshAllGuides(prisma: PrismaClient = db(), options: { now?: Date } = {}): Promise<{ exchanges: number; seconds: number }> {
  return refreshAllGuidesWith(prisma, options);
}
