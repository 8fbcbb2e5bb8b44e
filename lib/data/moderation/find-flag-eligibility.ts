import "server-only";
import { db } from "../../db";
import { canFlag, type Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";

export type FlagEligibility = { canFlag: boolean; alreadyFlagged: boolean };

/** Whether to offer `actor` the flag form on a report (the UI's question; createFlag decides). */
export async function findFlagEligibility({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<FlagEligibility> {
  if (!actor || !isRecordId(reportId)) return { canFlag: false, alreadyFlagged: false };
  const report = await db().report.findUnique({
    where: { id: reportId },
    select: { authorId: true, deletedAt: true, status: true, flags: { where: { reporterId: actor.id }, select: { id: true } } },
  });
  if (!report || report.status !== "PUBLISHED") return { canFlag: false, alreadyFlagged: false };
  const alreadyFlagged = report.flags.length > 0;
  return { canFlag: canFlag(actor, report) && !alreadyFlagged, alreadyFlagged };
}
