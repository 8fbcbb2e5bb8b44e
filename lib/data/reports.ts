import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

// Only published reports that were not deleted are ever shown to readers.
export const publishedReportWhere = { status: "PUBLISHED", deletedAt: null } satisfies Prisma.ReportWhereInput;

export const reportDetailSelect = {
  id: true,
  createdAt: true,
  updatedAt: true,
  incidentMonth: true,
  lockoutCause: true,
  lockoutDetail: true,
  hadBackupCodes: true,
  verificationLevel: true,
  contactChannel: true,
  contactPath: true,
  inquiryLanguage: true,
  replyLanguages: true,
  textLanguage: true,
  outcome: true,
  summary: true,
  tips: true,
  author: { select: { displayName: true } },
  exchange: { select: { slug: true, nameEn: true, nameJa: true } },
  events: {
    select: { id: true, kind: true, occurredAt: true, precision: true, language: true, note: true },
    orderBy: [{ occurredAt: "asc" }, { position: "asc" }],
  },
  requiredItems: {
    select: { note: true, item: { select: { code: true, labelEn: true, labelJa: true, sortOrder: true } } },
    orderBy: { item: { sortOrder: "asc" } },
  },
} satisfies Prisma.ReportSelect;

type ReportRow = Prisma.ReportGetPayload<{ select: typeof reportDetailSelect }>;

export type ReportDetail = Omit<ReportRow, "author" | "requiredItems"> & {
  authorName: string | null;
  requiredItems: { code: string; labelEn: string; labelJa: string; note: string | null }[];
};

export function toReportDetail({ author, requiredItems, ...report }: ReportRow): ReportDetail {
  return {
    ...report,
    authorName: author.displayName,
    requiredItems: requiredItems.map(({ note, item }) => ({ code: item.code, labelEn: item.labelEn, labelJa: item.labelJa, note })),
  };
}

export async function findPublishedReport({ id }: { id: string }): Promise<ReportDetail | null> {
  const report = await db().report.findFirst({ where: { id, ...publishedReportWhere }, select: reportDetailSelect });
  return report ? toReportDetail(report) : null;
}
