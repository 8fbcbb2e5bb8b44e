import "server-only";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { publishedReportWhere, reportDetailSelect, toReportDetail, type ReportDetail } from "../reports/report-detail";
import type { VoteTally } from "../votes/tally-votes";
import { findViewerVotes } from "../votes/find-viewer-votes";

export type GuideReport = ReportDetail & { votes: VoteTally };

// The order of rankReports (lib/domain/stats/wilson.ts), read from the columns castVote keeps and
// the index made for it: score, then more votes, then newer, then id.
const rankedOrder = [{ rankScore: "desc" }, { voteCount: "desc" }, { createdAt: "desc" }, { id: "asc" }] satisfies Prisma.ReportOrderByWithRelationInput[];

/** Published reports of an exchange in rank order, with their stored vote counts and the viewer's own votes. */
export async function rankedReports({ exchangeId, skip, take, viewerId }: { exchangeId: string; skip: number; take: number; viewerId: string | null }): Promise<GuideReport[]> {
  const rows = await db().report.findMany({
    where: { exchangeId, ...publishedReportWhere },
    select: { ...reportDetailSelect, helpfulVotes: true, voteCount: true },
    orderBy: rankedOrder,
    skip,
    take,
  });
  const mine = viewerId && rows.length > 0 ? await findViewerVotes({ viewerId, reportIds: rows.map((row) => row.id) }) : new Map<string, VoteTally["mine"]>();
  return rows.map(({ helpfulVotes, voteCount, ...row }) => ({
    ...toReportDetail(row),
    votes: { helpful: helpfulVotes, notHelpful: voteCount - helpfulVotes, mine: mine.get(row.id) ?? null },
  }));
}
