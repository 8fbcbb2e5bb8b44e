import { exchangeFactsSelect, type ExchangeDetail } from "../../lib/data/exchanges/exchange-select";
import { publishedReportWhere, reportDetailSelect, toReportDetail } from "../../lib/data/reports/report-detail";
import { db } from "../../lib/db";

/**
 * The exchange with every report a reader may see, read straight from the database. Tests use it
 * to check what publishing, hiding and deleting do, without the stored guide in between.
 */
export async function findExchange({ slug }: { slug: string }): Promise<ExchangeDetail | null> {
  const exchange = await db().exchange.findUnique({
    where: { slug },
    select: {
      ...exchangeFactsSelect,
      reports: { where: publishedReportWhere, select: reportDetailSelect, orderBy: [{ incidentMonth: "desc" }, { createdAt: "desc" }] },
    },
  });
  if (!exchange) return null;
  return { ...exchange, reports: exchange.reports.map(toReportDetail) };
}
