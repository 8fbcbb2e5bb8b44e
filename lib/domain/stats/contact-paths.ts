import type { ReportFact } from "./types";

// Which contact path a guide calls "most reported". Paths are free text, grouped by a folded
// spelling. On a tie the path reported first wins: a tie is no evidence that either path is
// better, and letting the newest report win would let any one new report (mistaken, or a scam
// planting its own "support" route) replace a path that has stood, the seed write-ups included,
// which are the oldest reports. The other tied paths are returned too, so a guide says "tied"
// and shows them all instead of hiding the newer one. "First" is the calendar month (UTC) of the
// earliest report: months, not instants, so the incremental aggregates can keep it as counts per
// month (aggregate/contribution.ts) and still know it after that report is deleted. A group is
// shown as most of its reports spell it, so one new report cannot change that either.

export type PathReport = Pick<ReportFact, "id" | "createdAt" | "contactPath">;

export interface ContactPathGroup {
  // The folded spelling the reports are grouped by.
  key: string;
  // As most of its reports spelled it, trimmed.
  value: string;
  count: number;
}

/** Reports of one spelling (as typed) first written in one month: "YYYY-MM". */
export interface ContactPathTally {
  path: string;
  month: string;
  count: number;
}

// "Help Center → Contact" and "help center  →  contact" are one path. NFKC folds full-width
// letters and half-width kana, common in Japanese input.
export function normaliseContactPath(path: string): string {
  return path.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The calendar month (UTC) a report was written in, as contact paths are tallied. */
export function creationMonth(createdAt: Date): string {
  return createdAt.toISOString().slice(0, 7);
}

type Spelling = { count: number; firstMonth: string };

function byCountThenMonthThenText([textA, a]: [string, Spelling], [textB, b]: [string, Spelling]): number {
  return b.count - a.count || (a.firstMonth < b.firstMonth ? -1 : a.firstMonth > b.firstMonth ? 1 : 0) || (textA < textB ? -1 : textA > textB ? 1 : 0);
}

/**
 * Every path with its count, most reported first; ties go to the path first reported in the
 * earliest month, then to the folded spelling, so the order never depends on the order the
 * reports arrive in.
 */
export function rankContactPathTallies(tallies: readonly ContactPathTally[]): ContactPathGroup[] {
  const groups = new Map<string, Spelling & { spellings: Map<string, Spelling> }>();
  for (const { path, month, count } of tallies) {
    if (count <= 0) continue;
    const key = normaliseContactPath(path);
    if (key === "") continue;
    const group = groups.get(key) ?? { count: 0, firstMonth: month, spellings: new Map<string, Spelling>() };
    group.count += count;
    if (month < group.firstMonth) group.firstMonth = month;
    const value = path.trim();
    const spelling = group.spellings.get(value) ?? { count: 0, firstMonth: month };
    spelling.count += count;
    if (month < spelling.firstMonth) spelling.firstMonth = month;
    group.spellings.set(value, spelling);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(byCountThenMonthThenText)
    .map(([key, group]) => ({ key, value: [...group.spellings.entries()].sort(byCountThenMonthThenText)[0]?.[0] ?? key, count: group.count }));
}

/** rankContactPathTallies over reports, one tally each. */
export function rankContactPaths(reports: readonly PathReport[]): ContactPathGroup[] {
  return rankContactPathTallies(reports.map((report) => ({ path: report.contactPath, month: creationMonth(report.createdAt), count: 1 })));
}
