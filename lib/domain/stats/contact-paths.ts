import type { ReportFact } from "./types";

// Which contact path a guide calls "most reported". Paths are free text, grouped by a folded
// spelling. On a tie the path reported first wins: a tie is no evidence that either path is
// better, and letting the newest report win would let any one new report (mistaken, or a scam
// planting its own "support" route) replace a path that has stood, the seed write-ups included,
// which are the oldest reports. The other tied paths are returned too, so a guide says "tied"
// and shows them all instead of hiding the newer one.

export type PathReport = Pick<ReportFact, "id" | "createdAt" | "contactPath">;

export interface ContactPathGroup {
  // The folded spelling the reports are grouped by.
  key: string;
  // As its newest report spelled it, trimmed: the current wording of menus.
  value: string;
  count: number;
}

// "Help Center → Contact" and "help center  →  contact" are one path. NFKC folds full-width
// letters and half-width kana, common in Japanese input.
export function normaliseContactPath(path: string): string {
  return path.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

function isEarlier(a: PathReport, b: PathReport): boolean {
  return a.createdAt.getTime() < b.createdAt.getTime() || (a.createdAt.getTime() === b.createdAt.getTime() && a.id < b.id);
}

/**
 * Every path with its count, most reported first; ties go to the path whose first report is the
 * earliest (then the lower report id, then the folded spelling), so the order never depends on
 * the order the reports arrive in.
 */
export function rankContactPaths(reports: readonly PathReport[]): ContactPathGroup[] {
  const groups = new Map<string, { count: number; earliest: PathReport; newest: PathReport }>();
  for (const report of reports) {
    const key = normaliseContactPath(report.contactPath);
    if (key === "") continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { count: 1, earliest: report, newest: report });
    else {
      group.count += 1;
      if (isEarlier(report, group.earliest)) group.earliest = report;
      if (report.createdAt > group.newest.createdAt) group.newest = report;
    }
  }
  return [...groups.entries()]
    .sort(([keyA, a], [keyB, b]) => b.count - a.count || (isEarlier(a.earliest, b.earliest) ? -1 : isEarlier(b.earliest, a.earliest) ? 1 : 0) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
    .map(([key, { count, newest }]) => ({ key, value: newest.contactPath.trim(), count }));
}
