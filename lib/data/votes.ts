import "server-only";
import { db } from "../db";
import { canVote, type Actor } from "../domain/permissions";
import type { VoteInput } from "../validation/vote";
import { ForbiddenError, NotFoundError, NotSignedInError } from "./errors";
import { applyVote } from "./guide-store";
import { consumeRateLimit } from "./rate-limit";
import { publishedReportWhere } from "./reports";
import { isRecordId } from "../validation/text";

export type VoteTally = { helpful: number; notHelpful: number; mine: "HELPFUL" | "NOT_HELPFUL" | null };

/**
 * Casts, changes or withdraws the actor's vote on a published report. One vote per user and
 * report is the database's unique index; the whole vote is one statement (applyVote), so
 * concurrent votes from one user cannot create two rows, votes from many users are all counted,
 * and a burst waits for a connection instead of failing. Limited per user and minute
 * (RateLimitedError): every vote drops its guide's shared page from the page cache.
 */
export async function castVote({ actor, input }: { actor: Actor | null; input: VoteInput }): Promise<VoteTally> {
  if (!actor) throw new NotSignedInError();
  if (!isRecordId(input.reportId)) throw new NotFoundError("report (malformed id)");
  const report = await db().report.findFirst({ where: { id: input.reportId, ...publishedReportWhere }, select: { id: true, authorId: true, deletedAt: true, exchangeId: true } });
  if (!report) throw new NotFoundError(`report ${input.reportId}`);
  if (!canVote(actor, report)) throw new ForbiddenError("vote on this report");

  await consumeRateLimit({ actor, action: "vote.cast" });
  const counts = await applyVote(db(), { reportId: report.id, userId: actor.id, value: input.value });
  // The counts the report row held right after this vote.
  return { helpful: counts.helpful, notHelpful: counts.total - counts.helpful, mine: input.value };
}

export async function tallyVotes({ reportId, viewerId }: { reportId: string; viewerId?: string | null }): Promise<VoteTally> {
  const [counts, mine] = await Promise.all([
    db().vote.groupBy({ by: ["value"], where: { reportId }, _count: { _all: true } }),
    viewerId ? db().vote.findUnique({ where: { userId_reportId: { userId: viewerId, reportId } }, select: { value: true } }) : null,
  ]);
  const countOf = (value: "HELPFUL" | "NOT_HELPFUL") => counts.find((row) => row.value === value)?._count._all ?? 0;
  return { helpful: countOf("HELPFUL"), notHelpful: countOf("NOT_HELPFUL"), mine: mine?.value ?? null };
}

/** Tallies of many reports in two queries (counts, and the viewer's own votes), one per id. */
export async function tallyVotesForReports({ reportIds, viewerId }: { reportIds: readonly string[]; viewerId?: string | null }): Promise<Map<string, VoteTally>> {
  const ids = [...new Set(reportIds)];
  const tallies = new Map<string, VoteTally>(ids.map((id) => [id, { helpful: 0, notHelpful: 0, mine: null }]));
  if (ids.length === 0) return tallies;
  const [counts, mine] = await Promise.all([
    db().vote.groupBy({ by: ["reportId", "value"], where: { reportId: { in: ids } }, _count: { _all: true } }),
    viewerId ? viewerVotes({ viewerId, reportIds: ids }) : new Map<string, VoteTally["mine"]>(),
  ]);
  const tallyOf = (reportId: string) => {
    const tally = tallies.get(reportId) ?? { helpful: 0, notHelpful: 0, mine: null };
    tallies.set(reportId, tally);
    return tally;
  };
  for (const row of counts) {
    if (row.value === "HELPFUL") tallyOf(row.reportId).helpful += row._count._all;
    else tallyOf(row.reportId).notHelpful += row._count._all;
  }
  for (const [reportId, value] of mine) tallyOf(reportId).mine = value;
  return tallies;
}

/** The viewer's own votes on the given reports, by report id (reports without a vote absent). */
export async function viewerVotes({ viewerId, reportIds }: { viewerId: string; reportIds: readonly string[] }): Promise<Map<string, "HELPFUL" | "NOT_HELPFUL">> {
  const votes = await db().vote.findMany({ where: { userId: viewerId, reportId: { in: [...reportIds] } }, select: { reportId: true, value: true } });
  return new Map(votes.map((vote) => [vote.reportId, vote.value]));
}
