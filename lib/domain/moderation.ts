// Which way a moderator may move a report. Held reports (PENDING_REVIEW) are published or hidden;
// published ones can be hidden; hidden ones restored. Pure, so the UI shows only the buttons the
// server will accept and the server refuses a decision made on a stale page.

export type ReportStatus = "PUBLISHED" | "PENDING_REVIEW" | "HIDDEN";
export type ReportDecision = "publish" | "hide" | "restore";

export const reportTransitions: Record<ReportDecision, { from: readonly ReportStatus[]; to: ReportStatus }> = {
  publish: { from: ["PENDING_REVIEW"], to: "PUBLISHED" },
  hide: { from: ["PUBLISHED", "PENDING_REVIEW"], to: "HIDDEN" },
  restore: { from: ["HIDDEN"], to: "PUBLISHED" },
};

export function reportDecisionsFor(status: ReportStatus): ReportDecision[] {
  return (Object.keys(reportTransitions) as ReportDecision[]).filter((decision) => reportTransitions[decision].from.includes(status));
}
