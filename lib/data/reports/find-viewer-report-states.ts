import "server-only";
import { db } from "../../db";
import { canEditReport, canFlag, canVote, type Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import type { VoteValue } from "../../validation/vote";

/** What one reader may do on one published report, and what they already did. */
export type ViewerReportState = {
  /** The reader's own vote, when they may vote on it. */
  vote: { mine: VoteValue | null } | null;
  /** The author's edit, update and delete links. */
  isAuthor: boolean;
  flag: { canFlag: boolean; alreadyFlagged: boolean };
};

/**
 * The per-reader parts of reports shown on a page that is the same for everyone (a cached guide):
 * one query for all of them. Reports that are not published, or ids that are not ids, are left
 * out. The UI's question only: every action decides again when it runs.
 */
export async function findViewerReportStates({ actor, reportIds }: { actor: Actor; reportIds: readonly string[] }): Promise<Record<string, ViewerReportState>> {
  const ids = [...new Set(reportIds)].filter(isRecordId);
  if (ids.length === 0) return {};
  const reports = await db().report.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: {
      id: true,
      authorId: true,
      deletedAt: true,
      flags: { where: { reporterId: actor.id }, select: { id: true }, take: 1 },
      votes: { where: { userId: actor.id }, select: { value: true }, take: 1 },
    },
  });
  const states: Record<string, ViewerReportState> = {};
  for (const report of reports) {
    const alreadyFlagged = report.flags.length > 0;
    states[report.id] = {
      vote: canVote(actor, report) ? { mine: report.votes[0]?.value ?? null } : null,
      isAuthor: canEditReport(actor, report),
      flag: { canFlag: canFlag(actor, report) && !alreadyFlagged, alreadyFlagged },
    };
  }
  return states;
}
