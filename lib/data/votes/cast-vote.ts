import "server-only";
import { db } from "../../db";
import { canVote, type Actor } from "../../domain/permissions";
import type { VoteInput } from "../../validation/vote";
import { isRecordId } from "../../validation/text";
import { ForbiddenError, NotFoundError, NotSignedInError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { publishedReportWhere } from "../reports/report-detail";
import { applyVote } from "./apply-vote";
import type { VoteTally } from "./tally-votes";

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
