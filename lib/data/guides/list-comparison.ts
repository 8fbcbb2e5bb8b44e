import "server-only";
import { db } from "../../db";
import { comparisonViewKey, rankComparisonRows, type ComparisonLanguage, type ComparisonPeriod, type ComparisonSortKey, type ExchangeComparison } from "../../domain/stats";
import { isCurrent, refreshPlace, type RefreshThresholds } from "../../domain/stats/guide-freshness";
import { comparisonFromJson, type ComparisonViews } from "../../domain/stats/stored-guide";
import { deferGuideRefreshes, type DeferRefresh } from "./defer-guide-refreshes";
import { getComparisonVersion } from "./live-version";
import { refreshGuidesOf } from "./refresh-stale-guides";
import { exchangeNameSelect } from "../exchanges/exchange-select";

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
    select: { id: true, ...exchangeNameSelect, guide: { select: { version: true, comparison: true, computedAt: true } } },
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
