import "server-only";
import { db } from "../../db";
import type { VoteValue } from "../../validation/vote";

/** The viewer's own votes on the given reports, by report id (reports without a vote absent). */
export async function findViewerVotes({ viewerId, reportIds }: { viewerId: string; reportIds: readonly string[] }): Promise<Map<string, VoteValue>> {
  const votes = await db().vote.findMany({ where: { userId: viewerId, reportId: { in: [...reportIds] } }, select: { reportId: true, value: true } });
  return new Map(votes.map((vote) => [vote.reportId, vote.value]));
}
