import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { searchExchanges } from "../domain/exchange-search";
import { publishedReportWhere, reportDetailSelect, toReportDetail, type ReportDetail } from "./reports";

export type ExchangeSummary = {
  slug: string;
  nameEn: string;
  nameJa: string;
  aliases: string[];
  country: string | null;
  status: "OPERATING" | "CLOSED" | "UNKNOWN";
  reportCount: number;
};

export type ExchangeDetail = Omit<ExchangeSummary, "reportCount"> & {
  website: string | null;
  officialDomains: string[];
  supportUrl: string | null;
  notesEn: string | null;
  notesJa: string | null;
  reports: ReportDetail[];
};

/** The catalogue with counts of published reports, exchanges with most reports first. */
export async function listExchanges({ query = "" }: { query?: string } = {}): Promise<ExchangeSummary[]> {
  const [exchanges, counts] = await Promise.all([
    db().exchange.findMany({
      select: { id: true, slug: true, nameEn: true, nameJa: true, aliases: true, country: true, status: true },
      orderBy: { nameEn: "asc" },
    }),
    db().report.groupBy({ by: ["exchangeId"], where: publishedReportWhere, _count: { _all: true } }),
  ]);
  const countByExchange = new Map(counts.map((row) => [row.exchangeId, row._count._all]));
  const summaries = exchanges
    .map(({ id, ...exchange }) => ({ ...exchange, reportCount: countByExchange.get(id) ?? 0 }))
    .sort((a, b) => b.reportCount - a.reportCount || a.nameEn.localeCompare(b.nameEn, "en"));
  return searchExchanges(summaries, query);
}

/** The exchange's own facts, as every page that shows an exchange needs them. */
export const exchangeFactsSelect = {
  slug: true,
  nameEn: true,
  nameJa: true,
  aliases: true,
  country: true,
  status: true,
  website: true,
  officialDomains: true,
  supportUrl: true,
  notesEn: true,
  notesJa: true,
} satisfies Prisma.ExchangeSelect;

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
