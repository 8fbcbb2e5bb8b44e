import "server-only";
import { db } from "../../db";
import type { GuideStats } from "../../domain/stats";
import { isCurrent, refreshPlace, type RefreshThresholds } from "../../domain/stats/guide-freshness";
import { storedGuideOf, type StoredGuide } from "../../domain/stats/stored-guide";
import type { Prisma } from "../../generated/prisma/client";
import { pageVersionOf } from "../../page-cache/page-version";
import { isExchangeSlug } from "../../validation/text";
import { exchangeFactsSelect, type ExchangeDetail } from "../exchanges/exchange-select";
import { deferGuideRefreshes, type DeferRefresh } from "./defer-guide-refreshes";
import { readCounter } from "./guide-counters";
import { rankedReports, type GuideReport } from "./ranked-reports";
import { refreshStaleGuides } from "./refresh-stale-guides";
import { storedGuideSelect } from "./stored-guides";

// Live guides (docs/decisions/005-live-guides.md): each exchange's statistics are stored with the
// version of its counter, and recomputed from the report facts only when a write bumped the
// counter since (or the stored figures are over an hour old, see GUIDE_MAX_AGE_MS).

export type GuideExchange = Omit<ExchangeDetail, "reports">;
export type RequiredItemLabel = { code: string; labelEn: string; labelJa: string };

/** Best-ranked reports shown in full on the guide page; the rest are a page away. */
export const GUIDE_TOP_REPORTS = 10;

export type Guide = {
  exchange: GuideExchange;
  stats: GuideStats;
  /**
   * The exchange's guide version when the page was read: the reports listed are at least this
   * new. The page polls /api/guides/version and re-renders when it moves.
   */
  version: number;
  /** What the page shows, for the page cache (lib/page-cache/page-version.ts). */
  pageVersion: string;
  /** The version the stats reflect: behind `version` while a recomputation is pending. */
  statsVersion: number;
  /** The statistics' "now": open cases count as waiting until this moment. */
  computedAt: Date;
  /** The best-ranked published reports (at most GUIDE_TOP_REPORTS): Wilson lower bound of helpful votes, see rankReports. */
  topReports: GuideReport[];
  /** The required-item vocabulary, for the checklist's labels. */
  itemLabels: RequiredItemLabel[];
};

const guideExchangeSelect = {
  id: true,
  updatedAt: true,
  ...exchangeFactsSelect,
  guide: { select: storedGuideSelect },
} satisfies Prisma.ExchangeSelect;

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
  const { id, updatedAt, guide: storedRow, ...exchange } = row;
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
  // The counter as read before the statistics and reports: a write since shows as a newer version.
  const pageVersion = pageVersionOf({ counter: version, statsVersion: guide.version, computedAt: guide.computedAt, updatedAt });
  return { exchange, stats: guide.stats, version: Math.max(version, guide.version), statsVersion: guide.version, pageVersion, computedAt: guide.computedAt, topReports, itemLabels };
}
