import "server-only";
import { db } from "../../db";
import { findViewerVotes } from "./find-viewer-votes";
import type { VoteTally } from "./tally-votes";

/** Tallies of many reports in two queries (counts, and the viewer's own votes), one per id. */
export async function tallyVotesForReports({ reportIds, viewerId }: { reportIds: readonly string[]; viewerId?: string | null }): Promise<Map<string, VoteTally>> {
  const ids = [...new Set(reportIds)];
  const tallies = new Map<string, VoteTally>(ids.map((id) => [id, { helpful: 0, notHelpful: 0, mine: null }]));
  if (ids.length === 0) return tallies;
  const [counts, mine] = await Promise.all([
    db().vote.groupBy({ by: ["reportId", "value"], where: { reportId: { in: ids } }, _count: { _all: true } }),
    viewerId ? findViewerVotes({ viewerId, reportIds: ids }) : new Map<string, VoteTally["mine"]>(),
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
