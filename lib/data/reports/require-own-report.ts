import "server-only";
import { db } from "../../db";
import { canEditReport, type Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import { ForbiddenError, NotFoundError, NotSignedInError } from "../errors";

type ReportOwnershipRow = { id: string; authorId: string; deletedAt: Date | null };

/** The actor and their own live report, or the error that says why not: the first step of every author's write and of the edit form. */
export async function requireOwnReport(actor: Actor | null, reportId: string, action: string): Promise<{ actor: Actor; report: ReportOwnershipRow }> {
  if (!actor) throw new NotSignedInError();
  if (!isRecordId(reportId)) throw new NotFoundError("report (malformed id)");
  const report = await db().report.findUnique({ where: { id: reportId }, select: { id: true, authorId: true, deletedAt: true } });
  if (!report || report.deletedAt !== null) throw new NotFoundError(`report ${reportId}`);
  if (!canEditReport(actor, report)) throw new ForbiddenError(action);
  return { actor, report };
}
