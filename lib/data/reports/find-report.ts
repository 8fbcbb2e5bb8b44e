import "server-only";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { isRecordId } from "../../validation/text";
import { publishedReportWhere, reportDetailSelect, toReportDetail, type ReportDetail } from "./report-detail";

/**
 * A report as `viewerId` may see it: published reports for everyone, and the author's own report
 * also while it is held for review or hidden, so the author can see why.
 */
export async function findReportForViewer({ id, viewerId }: { id: string; viewerId: string | null }): Promise<ReportDetail | null> {
  if (!isRecordId(id)) return null;
  const visible: Prisma.ReportWhereInput = viewerId ? { OR: [{ status: "PUBLISHED" }, { authorId: viewerId }] } : { status: "PUBLISHED" };
  const report = await db().report.findFirst({ where: { id, deletedAt: null, ...visible }, select: reportDetailSelect });
  return report ? toReportDetail(report) : null;
}

export async function findPublishedReport({ id }: { id: string }): Promise<ReportDetail | null> {
  if (!isRecordId(id)) return null;
  const report = await db().report.findFirst({ where: { id, ...publishedReportWhere }, select: reportDetailSelect });
  return report ? toReportDetail(report) : null;
}
