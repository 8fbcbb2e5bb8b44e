import { COMPARISON_VIEWS, comparisonViewKey, isBucketInComparisonView, type ComparisonView, type ComparisonViewKey, type ComparisonViewRow } from "../comparison-views";
import { rankContactPathTallies, type ContactPathTally } from "../contact-paths";
import {
  comparisonRowOf,
  confidenceLabel,
  contactPathMode,
  outcomeFigures,
  summariseCurve,
  type GuideFigures,
  type GuideStats,
  type GuideStatsOptions,
  type ModeCount,
  type TimingFigures,
} from "../guide-stats";
import { kaplanMeierFromTallies, type TimeTally } from "../kaplan-meier";
import { addNote, itemSharesOf, procedureChangeCutoff, procedureChangeFromCounts, recencyWeight, type ItemShare, type NoteTally } from "../required-items";
import { daysBetween, type Moment } from "../timeline";
import { CONTACT_CHANNELS, type ContactChannel } from "../types";
import { toProportion } from "../wilson";
import type { Contribution } from "./contribution";
import { AggregateIndex, WaitEntry, type Bucket, type ItemEntry, type ListingEntry, type NoteEntry, type OutcomeEntry, type ReportEntry } from "./aggregate-index";

// A guide's figures from its exchange's aggregate (contribution.ts): the same figures
// computeGuideStats and computeComparisonViews give from every report (the property test in
// figures.property.test.ts holds them equal), read from a number of keys bounded by the distinct
// months, waits and items, not by the number of reports.

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

type Gathered = {
  reports: ReportEntry[];
  outcomes: OutcomeEntry[];
  waits: WaitEntry[];
  channels: Map<string, number>;
  replyLanguages: { n: number; other: number };
  listing: ListingEntry[];
  items: ItemEntry[];
  notes: NoteEntry[];
  paths: ContactPathTally[];
};

function gather(index: AggregateIndex): Gathered {
  const gathered: Gathered = { reports: [], outcomes: [], waits: [], channels: new Map(), replyLanguages: { n: 0, other: 0 }, listing: [], items: [], notes: [], paths: [] };
  for (const entry of index.entries()) {
    switch (entry.kind) {
      case "n": gathered.reports.push(entry); break;
      case "o": gathered.outcomes.push(entry); break;
      case "t": gathered.waits.push(entry); break;
      case "ch": gathered.channels.set(entry.channel, entry.count); break;
      case "rl": gathered.replyLanguages[entry.differs ? "other" : "n"] = entry.count; break;
      case "il": gathered.listing.push(entry); break;
      case "i": gathered.items.push(entry); break;
      case "in": gathered.notes.push(entry); break;
      case "p": gathered.paths.push({ month: entry.month, path: entry.path, count: entry.count }); break;
    }
  }
  return gathered;
}

/** A wait's whole hours by `now` (a running one's as resolveWait counts them). */
function hoursOf(wait: WaitEntry, now: Moment): number {
  if (wait.hours >= 0) return wait.hours;
  const since: Moment = { instant: wait.sinceIndex * (wait.sincePrecision === "DAY" ? MS_PER_DAY : MS_PER_HOUR), precision: wait.sincePrecision };
  return Math.round(daysBetween(since, now, 0) * 24);
}

type ViewTiming = { n: number; timing: TimingFigures };

/**
 * The timing figures of every view in one pass over the waits: a large exchange has some hundred
 * thousand of them. Waits are whole hours, so each view's tallies are counted into slots by rank
 * of hour (a counting sort), not sorted.
 */
function timingOfViews(gathered: Gathered, views: readonly ComparisonView[], now: Date): ViewTiming[] {
  const memberships = new Map<Bucket, number[]>();
  const viewsOf = (bucket: Bucket): number[] => {
    let indexes = memberships.get(bucket);
    if (indexes === undefined) {
      indexes = views.flatMap((view, index) => (isBucketInComparisonView(bucket.dateMs, bucket.lc, view, now) ? [index] : []));
      memberships.set(bucket, indexes);
    }
    return indexes;
  };
  const counts = views.map(() => ({ n: 0, outcomes: { resolved: 0, rejected: 0, gaveUp: 0, open: 0 } }));
  for (const entry of gathered.reports) for (const index of viewsOf(entry.bucket)) (counts[index] as (typeof counts)[number]).n += entry.count;
  for (const entry of gathered.outcomes) for (const index of viewsOf(entry.bucket)) (counts[index] as (typeof counts)[number]).outcomes[entry.outcome] += entry.count;

  const nowMoment: Moment = { instant: now.getTime(), precision: "MINUTE" };
  const hours = Int32Array.from(gathered.waits, (wait) => hoursOf(wait, nowMoment));
  let maxHours = 0;
  for (const value of hours) if (value > maxHours) maxHours = value;
  const rankOf = new Int32Array(maxHours + 1).fill(-1);
  for (const value of hours) rankOf[value] = 0;
  const distinct: number[] = [];
  for (let value = 0; value <= maxHours; value++) if (rankOf[value] === 0) rankOf[value] = distinct.push(value) - 1;

  // Per view and measure: events and censorings per rank, interleaved.
  const slots = views.map(() => ({ f: new Float64Array(distinct.length * 2), r: new Float64Array(distinct.length * 2) }));
  const { waits } = gathered;
  for (let at = 0; at < waits.length; at++) {
    const wait = waits[at] as WaitEntry;
    const slot = 2 * (rankOf[hours[at] as number] as number) + (wait.observed ? 0 : 1);
    const first = wait.measure === "f";
    for (const index of viewsOf(wait.bucket)) {
      const view = slots[index] as (typeof slots)[number];
      const list = first ? view.f : view.r;
      list[slot] = (list[slot] as number) + wait.count;
    }
  }
  const talliesOf = (list: Float64Array): TimeTally[] => {
    const tallies: TimeTally[] = [];
    distinct.forEach((value, rank) => {
      const events = list[2 * rank] as number;
      const censored = list[2 * rank + 1] as number;
      if (events + censored > 0) tallies.push({ time: value / 24, events, censored });
    });
    return tallies;
  };
  return views.map((_, index) => {
    const { n, outcomes } = counts[index] as (typeof counts)[number];
    const { f, r } = slots[index] as (typeof slots)[number];
    return {
      n,
      timing: { firstHumanReply: summariseCurve(kaplanMeierFromTallies(talliesOf(f))), resolution: summariseCurve(kaplanMeierFromTallies(talliesOf(r))), ...outcomeFigures(outcomes) },
    };
  });
}

function mostReportedChannel(channels: ReadonlyMap<string, number>, n: number): ModeCount<ContactChannel> | null {
  let best: ModeCount<ContactChannel> | null = null;
  for (const channel of CONTACT_CHANNELS) {
    const count = channels.get(channel) ?? 0;
    if (count > 0 && (best === null || count > best.count)) best = { value: channel, count, share: count / n };
  }
  return best;
}

function requiredItems(parsed: Gathered, options: GuideStatsOptions): ItemShare[] {
  const recency = new Map<number, number>();
  const recencyOf = (ms: number) => recency.get(ms) ?? recency.set(ms, recencyWeight(ms, options)).get(ms) ?? 0;
  let n = 0;
  let totalWeight = 0;
  for (const entry of parsed.listing) {
    n += entry.count;
    totalWeight += recencyOf(entry.dateMs) * entry.weight;
  }
  const byCode = new Map<string, { count: number; weight: number; notes: Map<string, NoteTally> }>();
  const entryOf = (code: string) => byCode.get(code) ?? byCode.set(code, { count: 0, weight: 0, notes: new Map() }).get(code);
  for (const item of parsed.items) {
    const entry = entryOf(item.code);
    if (!entry) continue;
    entry.count += item.count;
    entry.weight += recencyOf(item.dateMs) * item.weight;
  }
  for (const note of parsed.notes) {
    if (note.note !== "") addNote(entryOf(note.code)?.notes ?? new Map(), note.note, note.language, note.count, recencyOf(note.dateMs) * note.weight);
  }
  return itemSharesOf(byCode, n, totalWeight);
}

function procedureChange(parsed: Gathered, options: GuideStatsOptions): GuideFigures["procedureChange"] {
  const cutoff = procedureChangeCutoff({ now: options.now, recentDays: options.recentDays });
  let recentN = 0;
  let olderN = 0;
  for (const entry of parsed.listing) {
    if (entry.dateMs >= cutoff) recentN += entry.count;
    else olderN += entry.count;
  }
  const recent = new Map<string, number>();
  const older = new Map<string, number>();
  for (const item of parsed.items) {
    const side = item.dateMs >= cutoff ? recent : older;
    side.set(item.code, (side.get(item.code) ?? 0) + item.count);
  }
  return procedureChangeFromCounts({ recentN, olderN, recent, older }, {});
}

export type AggregateGuide = { stats: GuideStats; comparison: Record<ComparisonViewKey, ComparisonViewRow> };

/** computeGuideStats and computeComparisonViews, from an exchange's aggregate. */
export function guideFromAggregate(aggregate: Contribution | AggregateIndex, options: GuideStatsOptions): AggregateGuide {
  const minSample = options.minSample ?? 5;
  const parsed = gather(aggregate instanceof AggregateIndex ? aggregate : AggregateIndex.of(aggregate));
  const timings = timingOfViews(parsed, COMPARISON_VIEWS, options.now);
  const all = timings[COMPARISON_VIEWS.findIndex((view) => view.period === "all" && view.inquiryLanguage === "all")] as ViewTiming;
  const months = parsed.reports.map((entry) => entry.bucket.dateMs);
  const base = {
    n: all.n,
    incidentMonths: months.length === 0 ? null : { from: new Date(months.reduce((a, b) => Math.min(a, b))), to: new Date(months.reduce((a, b) => Math.max(a, b))) },
    confidence: confidenceLabel(all.n),
  };
  const figures: GuideFigures | null =
    all.n < minSample || all.n === 0
      ? null
      : {
          ...all.timing,
          mostReportedChannel: mostReportedChannel(parsed.channels, all.n),
          mostCommonContactPath: contactPathMode(rankContactPathTallies(parsed.paths), all.n),
          replyInOtherLanguage: parsed.replyLanguages.n === 0 ? null : toProportion(parsed.replyLanguages.other, parsed.replyLanguages.n),
          requiredItems: requiredItems(parsed, options),
          procedureChange: procedureChange(parsed, options),
        };

  const comparison = {} as Record<ComparisonViewKey, ComparisonViewRow>;
  for (const [index, view] of COMPARISON_VIEWS.entries()) {
    const { n, timing } = timings[index] as ViewTiming;
    const { exchange: _exchange, ...row } = comparisonRowOf("", n, n < minSample || n === 0 ? null : timing);
    comparison[comparisonViewKey(view)] = row;
  }
  return { stats: { ...base, figures }, comparison };
}
