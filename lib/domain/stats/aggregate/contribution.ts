import { comparisonLanguageOf } from "../comparison-views";
import { creationMonth } from "../contact-paths";
import { primaryLanguage, replyLanguages } from "../guide-stats";
import { voteFactor } from "../required-items";
import { deriveReportTimeShapes, hourIndex, type CaseEnding, type WaitShape } from "../timeline";
import type { ReportFact } from "../types";

// What one published report adds to its exchange's aggregate (docs/decisions/016-incremental-statistics.md):
// counts (and, for required items, summed vote weights) under keys that say what was counted. Nothing
// here depends on the clock, so a report's contribution stays what it was until the report changes,
// and a write moves the aggregate by the difference of its reports' contributions before and after.
//
// Keys are "|"-separated; free text (a note, a contact path) is always the last part, so it may
// contain "|". `date` is the incident month's first day ("2024-05-01"), `lc` the inquiry language
// as the comparison groups it ("ja", "en", "other").
//   n|date|lc                     the report
//   o|date|lc|ending              its ending: resolved, rejected, gaveUp, open
//   t|f|date|lc|e|hours           first human reply after `hours` (observed; waits are whole hours)
//   t|f|date|lc|c|hours           no reply, followed for `hours` (censored)
//   t|f|date|lc|u|D|day           no reply yet, waiting since UTC day number `day` (a DAY event), or
//   t|f|date|lc|u|M|hour          since UTC hour number `hour` (a timed one): censored at now
//   t|r|...                       the same for the resolution
//   ch|channel                    its contact channel
//   rl|n, rl|x                    it recorded a reply language; one differed from the inquiry's
//   il|date                       it lists required items      (weight: its vote factor)
//   i|date|code                   it lists this item          (weight: its vote factor)
//   in|date|language|code|note    its note on this item, as written (weight: its vote factor)
//   p|month|path                  its contact path, as written, by the month it was reported in

// Bumped whenever a contribution's keys or values change meaning: stored aggregates of another
// format are rebuilt from the reports before they are read.
export const AGGREGATE_FORMAT = 2;

export type Tally = { count: number; weight: number };
export type Contribution = Map<string, Tally>;

export function incidentDate(incidentMonth: Date): string {
  return incidentMonth.toISOString().slice(0, 10);
}

export function endingBucket(ending: CaseEnding): "resolved" | "rejected" | "gaveUp" | "open" {
  if (ending === "RESOLVED" || ending === "RESOLVED_SILENTLY") return "resolved";
  if (ending === "REJECTED") return "rejected";
  return ending === "GAVE_UP" ? "gaveUp" : "open";
}

const MS_PER_DAY = 86_400_000;

function waitKey(wait: WaitShape): string {
  if ("days" in wait) return `${wait.observed ? "e" : "c"}|${String(Math.round(wait.days * 24))}`;
  // All a running wait's length depends on (daysBetween): the day of a DAY start, the hour of a timed one.
  const { precision, instant } = wait.untilNowFrom;
  return precision === "DAY" ? `u|D|${Math.floor(instant / MS_PER_DAY)}` : `u|M|${hourIndex(instant)}`;
}

function add(contribution: Contribution, key: string, weight = 0): void {
  const tally = contribution.get(key);
  if (tally) {
    tally.count += 1;
    tally.weight += weight;
  } else contribution.set(key, { count: 1, weight });
}

function replyLanguageKeys(report: ReportFact): string[] {
  const languages = replyLanguages(report);
  if (languages.size === 0) return [];
  const inquiry = primaryLanguage(report.inquiryLanguage);
  return [...languages].some((language) => language !== inquiry) ? ["rl|n", "rl|x"] : ["rl|n"];
}

/** What a published report adds to its exchange's aggregate (an unpublished one adds nothing). */
export function reportContribution(report: ReportFact): Contribution {
  const contribution: Contribution = new Map();
  const date = incidentDate(report.incidentMonth);
  const lc = comparisonLanguageOf(report.inquiryLanguage);
  add(contribution, `n|${date}|${lc}`);

  // The guides compute with the UTC calendar (no utcOffsetMinutes), and so do the aggregates.
  const shapes = deriveReportTimeShapes(report.timeline, { outcome: report.outcome });
  add(contribution, `o|${date}|${lc}|${endingBucket(shapes.ending)}`);
  if (shapes.firstHumanReply) add(contribution, `t|f|${date}|${lc}|${waitKey(shapes.firstHumanReply)}`);
  if (shapes.resolution) add(contribution, `t|r|${date}|${lc}|${waitKey(shapes.resolution)}`);

  add(contribution, `ch|${report.contactChannel}`);
  for (const key of replyLanguageKeys(report)) add(contribution, key);

  if (report.requiredItems.length > 0) {
    const factor = voteFactor(report.votes);
    add(contribution, `il|${date}`, factor);
    const seen = new Set<string>();
    for (const item of report.requiredItems) {
      if (seen.has(item.code)) continue;
      seen.add(item.code);
      add(contribution, `i|${date}|${item.code}`, factor);
      // As written; trimmed when read (a blank note is no note). The vote statement finds these
      // keys in SQL, which has no JavaScript trim().
      if (item.note) add(contribution, `in|${date}|${report.textLanguage}|${item.code}|${item.note}`, factor);
    }
  }
  add(contribution, `p|${creationMonth(report.createdAt)}|${report.contactPath}`);
  return contribution;
}

/** The change from `before` to `after` (either may be empty), without the keys that did not move. */
export function contributionDelta(before: Contribution, after: Contribution): Contribution {
  const delta: Contribution = new Map();
  for (const [key, tally] of after) delta.set(key, { ...tally });
  for (const [key, tally] of before) {
    const moved = delta.get(key) ?? { count: 0, weight: 0 };
    moved.count -= tally.count;
    moved.weight -= tally.weight;
    delta.set(key, moved);
  }
  for (const [key, tally] of delta) if (tally.count === 0 && tally.weight === 0) delta.delete(key);
  return delta;
}

/** Adds a contribution or delta to an aggregate in place; keys that fall to nothing are removed. */
export function applyContribution(aggregate: Contribution, delta: Contribution): void {
  for (const [key, tally] of delta) {
    const current = aggregate.get(key) ?? { count: 0, weight: 0 };
    const next = { count: current.count + tally.count, weight: current.weight + tally.weight };
    if (next.count === 0) aggregate.delete(key);
    else aggregate.set(key, next);
  }
}
