import "server-only";
import { db } from "../../db";
import type { FeedReport } from "../../domain/feeds/feed-entries";
import { isExchangeSlug } from "../../validation/text";
import { exchangeNameSelect } from "../exchanges/exchange-select";
import { publishedReportWhere } from "../reports/report-detail";

/** Entries per feed: feed readers poll, so a feed lists what is new, not the archive. */
export const FEED_ENTRY_LIMIT = 50;

export type FeedReports = {
  /** The exchange of a per-exchange feed; null for the site-wide one. */
  exchange: { slug: string; nameEn: string; nameJa: string; createdAt: Date } | null;
  reports: FeedReport[];
};

/**
 * The newest published reports, site-wide or of one exchange (null for an unknown one). Only the
 * columns an entry names are read: no free text, no author, nothing of held or deleted reports.
 */
export async function listFeedReports({ slug }: { slug?: string } = {}): Promise<FeedReports | null> {
  let exchange: (NonNullable<FeedReports["exchange"]> & { id: string }) | null = null;
  if (slug !== undefined) {
    if (!isExchangeSlug(slug)) return null;
    exchange = await db().exchange.findUnique({ where: { slug }, select: { id: true, ...exchangeNameSelect, createdAt: true } });
    if (!exchange) return null;
  }
  const reports = await db().report.findMany({
    where: { ...publishedReportWhere, ...(exchange ? { exchangeId: exchange.id } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEED_ENTRY_LIMIT,
    select: { id: true, createdAt: true, outcome: true, lockoutCause: true, contactChannel: true, incidentMonth: true, exchange: { select: exchangeNameSelect } },
  });
  if (!exchange) return { exchange: null, reports };
  const { id: _id, ...names } = exchange;
  return { exchange: names, reports };
}
