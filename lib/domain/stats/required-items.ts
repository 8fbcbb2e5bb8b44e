import type { ReportFact } from "./types";
import { byText, byWeightDescending } from "./weight-order";
import { wilsonInterval } from "./wilson";

const MS_PER_DAY = 86_400_000;

export type ItemReport = Pick<ReportFact, "id" | "createdAt" | "incidentMonth" | "requiredItems" | "votes" | "textLanguage">;

export interface ItemNote {
  note: string;
  // The language of the reports that wrote it (the most weight on a mix).
  language: string;
}

// Notes a guide shows per item; the rest are on the reports.
export const NOTES_PER_ITEM = 3;

export interface ItemShare {
  code: string;
  // Reports that asked for this item / reports that list any item.
  count: number;
  n: number;
  rawShare: number;
  // Share with every report weighted by recency and votes (see reportWeight).
  share: number;
  // At most NOTES_PER_ITEM, identical texts once: the text the most weight of reports gave first
  // (weights as for the share), then the most reports, then the text.
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
  return recencyWeight(report.incidentMonth.getTime(), options) * voteFactor(report.votes);
}

/** The recency part of reportWeight for an incident month starting at `incidentMonthMs`. */
export function recencyWeight(incidentMonthMs: number, options: { now: Date; halfLifeDays?: number }): number {
  const halfLifeDays = options.halfLifeDays ?? 365;
  if (!(halfLifeDays > 0)) throw new RangeError(`halfLifeDays must be positive, got ${halfLifeDays}`);
  const ageDays = Math.max(0, (options.now.getTime() - incidentMonthMs) / MS_PER_DAY);
  return 0.5 ** (ageDays / halfLifeDays);
}

/** The weight of a vote tally in reportWeight, without recency: 1 unvoted, up to 2, down to 0. */
export function voteFactor(votes: { helpful: number; notHelpful: number }): number {
  return (2 * (votes.helpful + 1)) / (votes.helpful + votes.notHelpful + 2);
}

/** A weighted tally of one note: reports that gave it, their summed weight, per language. */
export type NoteTally = { count: number; weight: number; languages: Map<string, number> };

/** The notes of one item as a guide shows them, from their tallies keyed by trimmed text. */
export function rankNotes(tallies: ReadonlyMap<string, NoteTally>): ItemNote[] {
  return [...tallies.entries()]
    .filter(([note, tally]) => note !== "" && tally.count > 0)
    .sort(([noteA, a], [noteB, b]) => byWeightDescending(a.weight, b.weight) || b.count - a.count || byText(noteA, noteB))
    .slice(0, NOTES_PER_ITEM)
    .map(([note, tally]) => ({
      note,
      language: [...tally.languages.entries()].sort(([languageA, a], [languageB, b]) => byWeightDescending(a, b) || byText(languageA, languageB))[0]?.[0] ?? "",
    }));
}

/** Adds one report's note (or its removal, with a negative count and weight) to a note tally. */
export function addNote(tallies: Map<string, NoteTally>, note: string, language: string, count: number, weight: number): void {
  const tally = tallies.get(note) ?? { count: 0, weight: 0, languages: new Map<string, number>() };
  tally.count += count;
  tally.weight += weight;
  tally.languages.set(language, (tally.languages.get(language) ?? 0) + weight);
  tallies.set(note, tally);
}

/** Sorted as a guide lists items: weighted share, then raw count, then code. */
export function byShareThenCount(a: ItemShare, b: ItemShare): number {
  return byWeightDescending(a.share, b.share) || b.count - a.count || byText(a.code, b.code);
}

/**
 * For each required item, the share of reports whose exchange asked for it, recent and
 * well-voted reports counting more. Sorted by weighted share, then raw count, then code.
 */
export function weightedItemShares(
  reports: readonly ItemReport[],
  options: { now: Date; halfLifeDays?: number },
): ItemShare[] {
  const listing = reports.filter(listsItems).map((report) => ({ report, weight: reportWeight(report, options), codes: itemCodes(report) }));
  const totalWeight = listing.reduce((sum, { weight }) => sum + weight, 0);

  const byCode = new Map<string, { count: number; weight: number; notes: Map<string, NoteTally> }>();
  for (const { report, weight, codes } of listing) {
    for (const code of codes) {
      const entry = byCode.get(code) ?? { count: 0, weight: 0, notes: new Map<string, NoteTally>() };
      entry.count += 1;
      entry.weight += weight;
      const note = report.requiredItems.find((item) => item.code === code && item.note?.trim())?.note?.trim();
      if (note) addNote(entry.notes, note, report.textLanguage, 1, weight);
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
      notes: rankNotes(entry.notes),
    }))
    .sort(byShareThenCount);
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

/** The first instant of the "recent" side: reports whose incident month is at or after it. */
export function procedureChangeCutoff(options: { now: Date; recentDays?: number }): number {
  return options.now.getTime() - (options.recentDays ?? 365) * MS_PER_DAY;
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
  const cutoff = procedureChangeCutoff(options);

  const listing = reports.filter(listsItems);
  const recent = listing.filter((report) => report.incidentMonth.getTime() >= cutoff).map(itemCodes);
  const older = listing.filter((report) => report.incidentMonth.getTime() < cutoff).map(itemCodes);
  const countsOf = (sets: Set<string>[]) => {
    const counts = new Map<string, number>();
    for (const code of sets.flatMap((set) => [...set])) counts.set(code, (counts.get(code) ?? 0) + 1);
    return counts;
  };
  return procedureChangeFromCounts({ recentN: recent.length, olderN: older.length, recent: countsOf(recent), older: countsOf(older) }, options);
}

/** Reports listing items on each side of the cut, and per item how many of them asked for it. */
export type ItemCountsBySide = { recentN: number; olderN: number; recent: ReadonlyMap<string, number>; older: ReadonlyMap<string, number> };

/** procedureMayHaveChanged from counts (what the incremental aggregates hold). */
export function procedureChangeFromCounts(counts: ItemCountsBySide, options: Omit<ProcedureChangeOptions, "now" | "recentDays">): ProcedureChange {
  const minReports = options.minReports ?? 5;
  const minDifference = options.minDifference ?? 0.2;
  const { recentN, olderN } = counts;
  const comparable = recentN >= minReports && olderN >= minReports;
  if (!comparable) return { changed: false, comparable, recentN, olderN, items: [] };

  const codes = new Set([...counts.recent.keys(), ...counts.older.keys()]);
  const items: ItemChange[] = [];
  for (const code of codes) {
    const recentCount = counts.recent.get(code) ?? 0;
    const olderCount = counts.older.get(code) ?? 0;
    if (recentCount + olderCount === 0) continue;
    const recentShare = recentCount / recentN;
    const olderShare = olderCount / olderN;
    const difference = recentShare - olderShare;
    const a = wilsonInterval(recentCount, recentN);
    const b = wilsonInterval(olderCount, olderN);
    const apart = a.lower > b.upper || b.lower > a.upper;
    if (apart && Math.abs(difference) >= minDifference) {
      items.push({ code, recentCount, recentShare, olderCount, olderShare, difference });
    }
  }
  items.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || byText(a.code, b.code));
  return { changed: items.length > 0, comparable, recentN, olderN, items };
}
