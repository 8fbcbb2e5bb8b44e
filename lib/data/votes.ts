import "server-only";
import { db } from "../db";
import { canVote, type Actor } from "../domain/permissions";
import type { VoteInput } from "../validation/vote";
import { ForbiddenError, NotFoundError, NotSignedInError } from "./errors";
import { publishedReportWhere } from "./reports";

export type VoteTally = { helpful: number; notHelpful: number; mine: "HELPFUL" | "NOT_HELPFUL" | null };

/**
 * Casts, changes or withdraws the actor's vote on a published report. One vote per user and
 * report is the database's unique index; the insert-or-update is one statement, so concurrent
 * votes from one user cannot create two rows and votes from many users are all counted.
 */
export async function castVote({ actor, input }: { actor: Actor | null; input: VoteInput }): Promise<VoteTally> {
  if (!actor) throw new NotSignedInError();
  const report = await db().report.findFirst({ where: { id: input.reportId, ...publishedReportWhere }, select: { id: true, authorId: true, deletedAt: true } });
  if (!report) throw new NotFoundError(`report ${input.reportId}`);
  if (!canVote(actor, report)) throw new ForbiddenError("vote on this report");

  if (input.value === null) {
    await db().vote.deleteMany({ where: { userId: actor.id, reportId: report.id } });
  } else {
    await db().$executeRaw`
      INSERT INTO "Vote" ("id", "userId", "reportId", "value", "createdAt", "updatedAt")
      VALUES (${crypto.randomUUID()}, ${actor.id}, ${report.id}, ${input.value}::"VoteValue", now(), now())
      ON CONFLICT ("userId", "reportId") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()`;
  }
  return tallyVotes({ reportId: report.id, viewerId: actor.id });
}

export async function tallyVotes({ reportId, viewerId }: { reportId: string; viewerId?: string | null }): Promise<VoteTally> {
  const [counts, mine] = await Promise.all([
    db().vote.groupBy({ by: ["value"], where: { reportId }, _count: { _all: true } }),
    viewerId ? db().vote.findUnique({ where: { userId_reportId: { userId: viewerId, reportId } }, select: { value: true } }) : null,
  ]);
  const countOf = (value: "HELPFUL" | "NOT_HELPFUL") => counts.find((row) => row.value === value)?._count._all ?? 0;
  return { helpful: countOf("HELPFUL"), notHelpful: countOf("NOT_HELPFUL"), mine: mine?.value ?? null };
}
