import "server-only";
import { db } from "../../db";
import { isRecordId } from "../../validation/text";

export type ReportReplyView = { id: string; text: string; textLanguage: string; roleTitle: string; createdAt: Date };

/** The exchange's reply under a report, while its representative is still approved; else null. */
export async function findReportReply({ reportId }: { reportId: string }): Promise<ReportReplyView | null> {
  if (!isRecordId(reportId)) return null;
  const row = await db().reportReply.findFirst({
    where: { reportId, representative: { status: "APPROVED" } },
    select: { id: true, text: true, textLanguage: true, createdAt: true, representative: { select: { roleTitle: true } } },
  });
  return row ? { id: row.id, text: row.text, textLanguage: row.textLanguage, createdAt: row.createdAt, roleTitle: row.representative.roleTitle } : null;
}
