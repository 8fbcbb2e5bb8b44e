import type { ReportFact } from "./types";
import { wilsonInterval } from "./wilson";

const MS_PER_DAY = 86_400_000;

export type ItemReport = Pick<ReportFact, "id" | "createdAt" | "incidentMonth" | "requiredItems" | "votes">;

export interface ItemNote {
  reportId: string;
  note: string;
}

export interface ItemShare {
  code: string;
  // Reports that asked for this item / reports that list any item.
  count: number;
  n: number;
  rawShare: number;
  // Share with every report weighted by recency and votes (see reportWeight).
  share: number;
  // Most trusted report first, identical texts once.
  notes: ItemNote[];
}

// A report that lists no required item says nothing about what the exchange asks for (still
// waiting, or the author skipped the question); counting it would dilute every share.
function listsItems(report: ItemReport): boolean {
  return report.requiredItems.length > 0;
}

function itemCodes(report: ItemReport): Set<string> {
  return new Set(report.requiredItems.map((item) => item.code));
}

/**
 * Weight of one report in the item shares: recency x votes.
 *
 * Recency: halves every `halfLifeDays`, counted from the first day of the incident month, not
 * from createdAt. What the exchange asked for is a fact of the time of the lockout; a write-up
 * of a 2017 recovery posted today describes the 2017 procedure.
 *
 * Votes: (helpful + 1) / (helpful + notHelpful + 2), Laplace's rule of succession (the mean of
 * a uniform Beta(1, 1) prior updated by the votes), divided by its no-vote value 1/2 so that
 * an unvoted report weighs 1, a well-liked one up to 2 and a down-voted one towards 0. A few
 * votes move the weight a little, many votes a lot.
 */
export function reportWeight(report: ItemReport, options: { now: Date; halfLifeDays?: number }): number {
  const halfLifeDays = options.halfLifeDays ?? 365;
  if (!(halfLifeDays > 0)) throw new RangeError(`halfLifeDays must be positive, got ${halfLifeDays}`);
  const ageDays = Math.max(0, (options.now.getTime() - report.incidentMonth.getTime()) / MS_PER_DAY);
  const recency = 0.5 ** (ageDays / halfLifeDays);
  const { helpful, notHelpful } = report.votes;
  const votes = (2 * (helpful + 1)) / (helpful + notHelpful + 2);
  return recency * votes;
}

/**
 * For each required item, the share of reports whose exchange asked for it, recent and
 * well-voted reports counting more. Sorted by weighted share, then raw count, then code.
 */
export function weightedItemShares(
  reports: readonly ItemReport[],
  options: { now: Date; halfLifeDays?: number },
): ItemShare[] {
  const listing = reports
    .filter(listsItems)
    .map((report) => ({ report, weight: reportWeight(report, options), codes: itemCodes(report) }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        b.report.createdAt.getTime() - a.report.createdAt.getTime() ||
        (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0),
    );
  const totalWeight = listing.reduce((sum, { weight }) => sum + weight, 0);

  const byCode = new Map<string, { count: number; weight: number; notes: ItemNote[]; seen: Set<string> }>();
  for (const { report, weight, codes } of listing) {
    for (const code of codes) {
      const entry = byCode.get(code) ?? { count: 0, weight: 0, notes: [], seen: new Set<string>() };
      entry.count += 1;
      entry.weight += weight;
      for (const item of report.requiredItems) {
        const note = item.code === code ? item.note?.trim() : undefined;
        if (note && !entry.seen.has(note)) {
          entry.seen.add(note);
          entry.notes.push({ reportId: report.id, note });
        }
      }
      byCode.set(code, entry);
    }
  }

  const n = listing.length;
  return [...byCode.entries()]
    .map(([code, entry]) => ({
      code,
      count: entry.count,
      n,
      rawShare: entry.count / n,
      share: totalWeight > 0 ? entry.weight / totalWeight : entry.count / n,
      notes: entry.notes,
    }))
    .sort((a, b) => b.share - a.share || b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export interface ItemChange {
  code: string;
  recentCount: number;
  recentShare: number;
  olderCount: number;
  olderShare: number;
  // recentShare - olderShare: positive = asked for more often lately.
  difference: number;
}

export interface ProcedureChange {
  changed: boolean;
  // Whether both sides had enough reports to compare at all.
  comparable: boolean;
  recentN: number;
  olderN: number;
  items: ItemChange[];
}

export interface ProcedureChangeOptions {
  now: Date;
  recentDays?: number;
  // Reports listing items needed on each side before any comparison is made.
  minReports?: number;
  // Smallest difference in share worth telling a reader about.
  minDifference?: number;
}

/**
 * Has the exchange started or stopped asking for something? Splits reports into recent (incident
 * month within `recentDays` of now) and older, and flags an item when its share differs by at
 * least `minDifference` AND the two Wilson (1927) 95% intervals do not overlap. Non-overlap is a
 * deliberately strict test (stricter than a 5% two-sample test), because with 5 to 15 reports
 * per side chance differences of 30-40 points are common; the minimum difference keeps large
 * samples from flagging trivia. Shares are unweighted here: recency is what is being compared.
 */
export function procedureMayHaveChanged(
  reports: readonly ItemReport[],
  options: ProcedureChangeOptions,
): ProcedureChange {
  const recentDays = options.recentDays ?? 365;
  const minReports = options.minReports ?? 5;
  const minDifference = options.minDifference ?? 0.2;
  const cutoff = options.now.getTime() - recentDays * MS_PER_DAY;

  const listing = reports.filter(listsItems);
  const recent = listing.filter((report) => report.incidentMonth.getTime() >= cutoff).map(itemCodes);
  const older = listing.filter((report) => report.incidentMonth.getTime() < cutoff).map(itemCodes);
  const comparable = recent.length >= minReports && older.length >= minReports;
  if (!comparable) {
    return { changed: false, comparable, recentN: recent.length, olderN: older.length, items: [] };
  }

  const codes = new Set([...recent, ...older].flatMap((set) => [...set]));
  const items: ItemChange[] = [];
  for (const code of codes) {
    const recentCount = recent.filter((set) => set.has(code)).length;
    const olderCount = older.filter((set) => set.has(code)).length;
    const recentShare = recentCount / recent.length;
    const olderShare = olderCount / older.length;
    const difference = recentShare - olderShare;
    const a = wilsonInterval(recentCount, recent.length);
    const b = wilsonInterval(olderCount, older.length);
    const apart = a.lower > b.upper || b.lower > a.upper;
    if (apart && Math.abs(difference) >= minDifference) {
      items.push({ code, recentCount, recentShare, olderCount, olderShare, difference });
    }
  }
  items.sort(
    (a, b) => Math.abs(b.difference) - Math.abs(a.difference) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return { changed: items.length > 0, comparable, recentN: recent.length, olderN: older.length, items };
}
