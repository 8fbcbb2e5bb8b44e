import "server-only";
import { db } from "../../db";
import type { VoteValue } from "../../validation/vote";

export type VoteTally = { helpful: number; notHelpful: number; mine: VoteValue | null };

/** One report's votes, counted, with the viewer's own. */
export async function tallyVotes({ reportId, viewerId }: { reportId: string; viewerId?: string | null }): Promise<VoteTally> {
  const [counts, mine] = await Promise.all([
    db().vote.groupBy({ by: ["value"], where: { reportId }, _count: { _all: true } }),
    viewerId ? db().vote.findUnique({ where: { userId_reportId: { userId: viewerId, reportId } }, select: { value: true } }) : null,
  ]);
  const countOf = (value: VoteValue) => counts.find((row) => row.value === value)?._count._all ?? 0;
  return { helpful: countOf("HELPFUL"), notHelpful: countOf("NOT_HELPFUL"), mine: mine?.value ?? null };
}
