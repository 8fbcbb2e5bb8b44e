import "server-only";
import { db } from "../../db";
import { encodeCursor, type ReportCursor } from "../../domain/public-api/cursor";
import { toApiReport } from "../../domain/public-api/mapping";
import { incidentMonthSince, inquiryLanguageFilter } from "../../domain/public-api/report-filter";
import type { ApiReport } from "../../domain/public-api/schemas";
import type { Prisma } from "../../generated/prisma/client";
import type { ReportListQuery } from "../../validation/public-api";
import { publicReportSelect, publicReportWhere, toPublicReportRow } from "./public-report-rows";

/**
 * One page of published reports, newest first, after `cursor` (keyset on createdAt, id: stable
 * while reports arrive). Reads one row more than the page to know whether another page follows.
 */
export async function listPublicReports({
  query,
  cursor,
  now = new Date(),
}: {
  query: Omit<ReportListQuery, "cursor">;
  cursor: ReportCursor | null;
  now?: Date;
}): Promise<{ data: ApiReport[]; nextCursor: string | null }> {
  const since = incidentMonthSince(query.period, now);
  const language = inquiryLanguageFilter(query.inquiryLanguage);
  const where: Prisma.ReportWhereInput = {
    ...publicReportWhere,
    ...(query.exchange ? { exchange: { slug: query.exchange } } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(since ? { incidentMonth: { gte: since } } : {}),
    ...(language ? { inquiryLanguage: language } : {}),
    ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
  };
  const rows = await db().report.findMany({ where, select: publicReportSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((row) => toApiReport(toPublicReportRow(row))),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
