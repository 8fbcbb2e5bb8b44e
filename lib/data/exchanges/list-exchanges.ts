import "server-only";
import { db } from "../../db";
import { searchExchanges } from "../../domain/exchange-search";
import { deferGuideRefreshes, type DeferRefresh } from "../guides/defer-guide-refreshes";
import { storedReportCounts } from "../guides/stored-guides";
import { publishedReportWhere } from "../reports/report-detail";
import { exchangeNameSelect, type ExchangeSummary } from "./exchange-select";


/**
 * The catalogue with counts of published reports, exchanges with most reports first. Counts come
 * from the stored guides where they are current and are counted only for the others (the home
 * page counted all reports on every request: 0.5 s at 1,000,000 reports).
 */
export async function listExchanges({ query = "", deferRefresh }: { query?: string; deferRefresh?: DeferRefresh } = {}): Promise<ExchangeSummary[]> {
  const [exchanges, stored] = await Promise.all([
    db().exchange.findMany({
      select: { id: true, ...exchangeNameSelect, aliases: true, country: true, status: true },
      orderBy: { nameEn: "asc" },
    }),
    storedReportCounts(db()),
  ]);
  const uncounted = exchanges.map(({ id }) => id).filter((id) => !stored.has(id));
  const counts =
    uncounted.length === 0
      ? []
      : await db().report.groupBy({ by: ["exchangeId"], where: { ...publishedReportWhere, exchangeId: { in: uncounted } }, _count: { _all: true } });
  const countByExchange = new Map([...stored, ...counts.map((row) => [row.exchangeId, row._count._all] as const)]);
  // Brings the counted exchanges' guides up to date after the response, so the next visitor reads
  // their counts; large ones on the job queue, as a guide read would.
  if (deferRefresh && uncounted.length > 0) deferGuideRefreshes(deferRefresh, uncounted.map((id) => ({ id, reports: countByExchange.get(id) ?? 0 })));
  const summaries = exchanges
    .map(({ id, ...exchange }) => ({ ...exchange, reportCount: countByExchange.get(id) ?? 0 }))
    .sort((a, b) => b.reportCount - a.reportCount || a.nameEn.localeCompare(b.nameEn, "en"));
  return searchExchanges(summaries, query);
}
