import "server-only";
import { db } from "../db";
import {
  comparisonViewKey,
  rankComparisonRows,
  type ComparisonLanguage,
  type ComparisonPeriod,
  type ComparisonSortKey,
  type ExchangeComparison,
  type GuideStats,
  type ReportFact,
} from "../domain/stats";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { exchangeFactsSelect, type ExchangeDetail } from "./exchanges";
import {
  comparisonFromJson,
  isCurrent,
  loadFacts,
  readCounter,
  refreshAllGuides as refreshAllGuidesWith,
  refreshGuidesOf,
  refreshPlace,
  refreshStaleGuides,
  storedGuideOf,
  storedGuideSelect,
  storedReportCounts,
  type ComparisonViews,
  type RefreshThresholds,
  type StoredGuide,
} from "./guide-store";
import { deferGuideRefreshes, type DeferRefresh } from "./guide-refresher";
import { getComparisonVersion } from "./guide-versions";
import { publishedReportWhere, reportDetailSelect, toReportDetail, type ReportDetail } from "./reports";
import { viewerVotes, type VoteTally } from "./votes";
import { isExchangeSlug } from "../validation/text";

// Live guides (docs/decisions/005-live-guides.md): each exchange's statistics are stored with the
// version of its counter, and recomputed from the report facts only when a write bumped the
// counter since (or the stored figures are over an hour old, see GUIDE_MAX_AGE_MS).

export type GuideExchange = Omit<ExchangeDetail, "reports">;
export type GuideReport = ReportDetail & { votes: VoteTally };
export type RequiredItemLabel = { code: string; labelEn: string; labelJa: string };

/** Best-ranked reports shown in full on the guide page; the rest are a page away. */
export const GUIDE_TOP_REPORTS = 10;
/** Reports per page of an exchange's full report list. */
export const REPORTS_PER_PAGE = 20;

export type { DeferRefresh };

export type Guide = {
  exchange: GuideExchange;
  stats: GuideStats;
  /**
   * The exchange's guide version when the page was read: the reports listed are at least this
   * new. The page polls /api/guides/version and re-renders when it moves.
   */
  version: number;
  /** The version the stats reflect: behind `version` while a recomputation is pending. */
  statsVersion: number;
  /** The statistics' "now": open cases count as waiting until this moment. */
  computedAt: Date;
  /** The best-ranked published reports (at most GUIDE_TOP_REPORTS): Wilson lower bound of helpful votes, see rankReports. */
  topReports: GuideReport[];
  /** The required-item vocabulary, for the checklist's labels. */
  itemLabels: RequiredItemLabel[];
};

/** The facts computeGuideStats reads, for the published reports of one exchange. */
export async function loadReportFacts({ exchangeId }: { exchangeId: string }): Promise<ReportFact[]> {
  return (await loadFacts(db(), [exchangeId])).map(({ exchangeId: _exchangeId, ...fact }) => fact);
}

const guideExchangeSelect = {
  id: true,
  ...exchangeFactsSelect,
  guide: { select: storedGuideSelect },
} satisfies Prisma.ExchangeSelect;

// The order of rankReports (lib/domain/stats/wilson.ts), read from the columns castVote keeps and
// the index made for it: score, then more votes, then newer, then id.
const rankedOrder = [{ rankScore: "desc" }, { voteCount: "desc" }, { createdAt: "desc" }, { id: "asc" }] satisfies Prisma.ReportOrderByWithRelationInput[];

/** Published reports of an exchange in rank order, with their stored vote counts and the viewer's own votes. */
async function rankedReports({ exchangeId, skip, take, viewerId }: { exchangeId: string; skip: number; take: number; viewerId: string | null }): Promise<GuideReport[]> {
  const rows = await db().report.findMany({
    where: { exchangeId, ...publishedReportWhere },
    select: { ...reportDetailSelect, helpfulVotes: true, voteCount: true },
    orderBy: rankedOrder,
    skip,
    take,
  });
  const mine = viewerId && rows.length > 0 ? await viewerVotes({ viewerId, reportIds: rows.map((row) => row.id) }) : new Map<string, VoteTally["mine"]>();
  return rows.map(({ helpfulVotes, voteCount, ...row }) => ({
    ...toReportDetail(row),
    votes: { helpful: helpfulVotes, notHelpful: voteCount - helpfulVotes, mine: mine.get(row.id) ?? null },
  }));
}

/**
 * An exchange's guide: its facts, statistics and best-ranked reports, with the viewer's own votes.
 * Reads the stored statistics when they are current, otherwise recomputes them from the facts and
 * stores them for the next reader. The reports come from the rank index, a page at a time, so the
 * cost does not grow with the number of reports.
 */
export async function findGuide({
  slug,
  viewerId = null,
  now = new Date(),
  deferRefresh,
  ...thresholds
}: {
  slug: string;
  viewerId?: string | null;
  now?: Date;
  deferRefresh?: DeferRefresh;
} & RefreshThresholds): Promise<Guide | null> {
  if (!isExchangeSlug(slug)) return null;
  const row = await db().exchange.findUnique({ where: { slug }, select: guideExchangeSelect });
  if (!row) return null;
  const { id, guide: storedRow, ...exchange } = row;
  const version = await readCounter(db(), id);
  const stored = storedGuideOf(storedRow);
  let guide: StoredGuide | undefined = stored ?? undefined;
  if (!stored || !isCurrent(stored, version, now)) {
    if (stored && deferRefresh && refreshPlace(stored.stats.n, thresholds) !== "inline") {
      deferGuideRefreshes(deferRefresh, [{ id, reports: stored.stats.n }], { now, ...thresholds });
    } else guide = (await refreshStaleGuides(db(), [{ exchangeId: id, stored }], { now })).get(id);
  }
  if (!guide) throw new Error(`guide of ${slug} was not computed`);

  const [topReports, itemLabels] = [
    await rankedReports({ exchangeId: id, skip: 0, take: GUIDE_TOP_REPORTS, viewerId }),
    await db().requiredItem.findMany({ select: { code: true, labelEn: true, labelJa: true }, orderBy: { sortOrder: "asc" } }),
  ];
  return { exchange, stats: guide.stats, version: Math.max(version, guide.version), statsVersion: guide.version, computedAt: guide.computedAt, topReports, itemLabels };
}

export type ReportPage = {
  exchange: Pick<GuideExchange, "slug" | "nameEn" | "nameJa">;
  reports: GuideReport[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  version: number;
};

/** One page of an exchange's published reports in rank order; null for an unknown exchange. */
export async function listExchangeReports({ slug, page, viewerId = null }: { slug: string; page: number; viewerId?: string | null }): Promise<ReportPage | null> {
  if (!isExchangeSlug(slug)) return null;
  const exchange = await db().exchange.findUnique({ where: { slug }, select: { id: true, slug: true, nameEn: true, nameJa: true } });
  if (!exchange) return null;
  const { id, ...names } = exchange;
  const version = await readCounter(db(), id);
  // The stored guide's count while it is current: counting 226,524 reports took 0.2-1.1 s.
  const total = (await storedReportCounts(db(), [id])).get(id) ?? (await db().report.count({ where: { exchangeId: id, ...publishedReportWhere } }));
  const pageCount = Math.max(1, Math.ceil(total / REPORTS_PER_PAGE));
  const reports = page > pageCount ? [] : await rankedReports({ exchangeId: id, skip: (page - 1) * REPORTS_PER_PAGE, take: REPORTS_PER_PAGE, viewerId });
  return { exchange: names, reports, page, pageCount, total, version };
}

export type ComparisonExchange = { slug: string; nameEn: string; nameJa: string };

export type ComparisonView = ExchangeComparison & {
  /** Names for the rows, which are keyed by exchange slug. */
  exchanges: Record<string, ComparisonExchange>;
  /** The comparison version read before the figures; poll /api/guides/version?scope=comparison. */
  version: number;
  /** The sum of the stored aggregates' versions, read first: it moves when a recomputation lands. */
  statsVersion: number;
};

export type ComparisonOptions = {
  period: ComparisonPeriod;
  inquiryLanguage: ComparisonLanguage;
  sortBy: ComparisonSortKey;
  direction?: "asc" | "desc";
  now?: Date;
  deferRefresh?: DeferRefresh;
} & RefreshThresholds;

/**
 * Every exchange ranked on one figure, in one view (period and inquiry language). Each exchange's
 * rows for every view are stored with its guide (computeComparisonViews), so this reads one small
 * JSON value per exchange and recomputes only the stale ones.
 */
export async function listComparison({ period, inquiryLanguage, sortBy, direction, now = new Date(), deferRefresh, ...thresholds }: ComparisonOptions): Promise<ComparisonView> {
  // Read first: a recomputation that lands while this runs moves them, and the page refreshes.
  const { version, statsVersion } = await getComparisonVersion();
  const viewKey = comparisonViewKey({ period, inquiryLanguage });
  const rows = await db().exchange.findMany({
    select: { id: true, slug: true, nameEn: true, nameJa: true, guide: { select: { version: true, comparison: true, computedAt: true } } },
    orderBy: { slug: "asc" },
  });
  const counters = await db().guideCounter.findMany({ where: { key: { in: rows.map((row) => row.id) } }, select: { key: true, version: true } });
  const versionOf = new Map(counters.map((counter) => [counter.key, counter.version]));

  const viewsById = new Map<string, ComparisonViews>();
  const stale: string[] = [];
  const deferred: { id: string; reports: number }[] = [];
  for (const row of rows) {
    const views = row.guide ? comparisonFromJson(row.guide.comparison) : null;
    if (row.guide && views) viewsById.set(row.id, views);
    if (row.guide && views && isCurrent(row.guide, versionOf.get(row.id) ?? 0, now)) continue;
    const reports = views?.["all.all"].n ?? 0;
    if (views && deferRefresh && refreshPlace(reports, thresholds) !== "inline") deferred.push({ id: row.id, reports });
    else stale.push(row.id);
  }
  if (deferRefresh && deferred.length > 0) deferGuideRefreshes(deferRefresh, deferred, { now, ...thresholds });
  if (stale.length > 0) {
    for (const [id, guide] of await refreshGuidesOf(db(), stale, { now })) viewsById.set(id, guide.comparison);
  }

  const comparisonRows = [];
  const exchanges: Record<string, ComparisonExchange> = {};
  for (const { id, slug, nameEn, nameJa } of rows) {
    const row = viewsById.get(id)?.[viewKey];
    if (row) comparisonRows.push({ exchange: slug, ...row });
    exchanges[slug] = { slug, nameEn, nameJa };
  }
  return { ...rankComparisonRows(comparisonRows, { sortBy, direction }), exchanges, version, statsVersion };
}

/** Recomputes every exchange's stored guide (after a bulk load or a change of the statistics). */
export function refreshAllGuides(prisma: PrismaClient = db(), options: { now?: Date } = {}): Promise<{ exchanges: number; seconds: number }> {
  return refreshAllGuidesWith(prisma, options);
}
