import { COMPARISON_VIEWS, comparisonLanguageOf, comparisonViewKey, isBucketInComparisonView, type ComparisonView, type ComparisonViewKey, type ComparisonViewRow } from "../comparison-views";
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
import { daysBetween } from "../timeline";
import { CONTACT_CHANNELS, type ContactChannel } from "../types";
import { toProportion } from "../wilson";
import type { Contribution } from "./contribution";

type LanguageClass = ReturnType<typeof comparisonLanguageOf>;

// A guide's figures from its exchange's aggregate (contribution.ts): the same figures
// computeGuideStats and computeComparisonViews give from every report (the property test in
// figures.property.test.ts holds them equal), read from a number of keys bounded by the distinct
// months, waits and items, not by the number of reports.

type Bucket = { dateMs: number; lc: LanguageClass };
type WaitEntry = Bucket & { measure: "f" | "r"; days: number; observed: boolean; count: number };
type OutcomeEntry = Bucket & { bucket: keyof GuideFigures["outcomes"]; count: number };

type Parsed = {
  reports: (Bucket & { count: number })[];
  outcomes: OutcomeEntry[];
  waits: WaitEntry[];
  channels: Map<string, number>;
  replyLanguages: { n: number; other: number };
  listing: { dateMs: number; count: number; weight: number }[];
  items: { dateMs: number; code: string; count: number; weight: number }[];
  notes: { dateMs: number; language: string; code: string; note: string; count: number; weight: number }[];
  paths: ContactPathTally[];
};

const dateCache = new Map<string, number>();
function dateMs(date: string): number {
  let ms = dateCache.get(date);
  if (ms === undefined) {
    ms = Date.parse(`${date}T00:00:00Z`);
    if (dateCache.size > 10_000) dateCache.clear();
    dateCache.set(date, ms);
  }
  return ms;
}

// Waits ordered by days: a numeric sort of the distinct days (a typed array sorts natively) and a
// counting sort by their rank, several times cheaper than sorting some hundred thousand objects
// with a comparator.
function sortedByDays(waits: readonly WaitEntry[]): WaitEntry[] {
  const distinct = Float64Array.from(new Set(waits.map((wait) => wait.days))).sort();
  const rank = new Map<number, number>();
  distinct.forEach((days, index) => rank.set(days, index));
  const starts = new Uint32Array(distinct.length + 1);
  for (const wait of waits) {
    const next = (rank.get(wait.days) ?? 0) + 1;
    starts[next] = (starts[next] ?? 0) + 1;
  }
  for (let index = 1; index < starts.length; index++) starts[index] = (starts[index] ?? 0) + (starts[index - 1] ?? 0);
  const sorted = new Array<WaitEntry>(waits.length);
  for (const wait of waits) {
    const at = rank.get(wait.days) ?? 0;
    const position = starts[at] ?? 0;
    sorted[position] = wait;
    starts[at] = position + 1;
  }
  return sorted;
}

// The key with its first `parts` parts split off and the rest (free text) kept whole.
function splitKey(key: string, parts: number): string[] {
  const pieces = key.split("|");
  return [...pieces.slice(0, parts), pieces.slice(parts).join("|")];
}

const OUTCOME_BUCKETS: Record<string, keyof GuideFigures["outcomes"]> = { resolved: "resolved", rejected: "rejected", gaveUp: "gaveUp", open: "open" };

function parseAggregate(aggregate: Contribution, now: Date): Parsed {
  const nowMoment = { instant: now.getTime(), precision: "MINUTE" as const };
  const parsed: Parsed = { reports: [], outcomes: [], waits: [], channels: new Map(), replyLanguages: { n: 0, other: 0 }, listing: [], items: [], notes: [], paths: [] };
  for (const [key, { count, weight }] of aggregate) {
    if (count <= 0) continue;
    const [kind = ""] = key.split("|", 1);
    if (kind === "n" || kind === "o") {
      const [, date = "", lc = "other", bucket = ""] = key.split("|");
      if (kind === "n") parsed.reports.push({ dateMs: dateMs(date), lc: lc as LanguageClass, count });
      else parsed.outcomes.push({ dateMs: dateMs(date), lc: lc as LanguageClass, bucket: OUTCOME_BUCKETS[bucket] ?? "open", count });
    } else if (kind === "t") {
      const [, measure, date = "", lc = "other", wait, first = "", second = ""] = key.split("|");
      const days =
        wait === "u" ? daysBetween({ instant: Number(second), precision: first === "D" ? "DAY" : "MINUTE" }, nowMoment, 0) : Number(first);
      parsed.waits.push({ measure: measure === "f" ? "f" : "r", dateMs: dateMs(date), lc: lc as LanguageClass, days, observed: wait === "e", count });
    } else if (kind === "ch") parsed.channels.set(key.slice(3), count);
    else if (key === "rl|n") parsed.replyLanguages.n = count;
    else if (key === "rl|x") parsed.replyLanguages.other = count;
    else if (kind === "il") parsed.listing.push({ dateMs: dateMs(key.slice(3)), count, weight });
    else if (kind === "i") {
      const [, date = "", code = ""] = splitKey(key, 2);
      parsed.items.push({ dateMs: dateMs(date), code, count, weight });
    } else if (kind === "in") {
      const [, date = "", language = "", code = "", note = ""] = splitKey(key, 4);
      parsed.notes.push({ dateMs: dateMs(date), language, code, note: note.trim(), count, weight });
    } else if (kind === "p") {
      const [, month = "", path = ""] = splitKey(key, 2);
      parsed.paths.push({ month, path, count });
    }
  }
  parsed.waits = sortedByDays(parsed.waits);
  return parsed;
}


type ViewTiming = { n: number; timing: TimingFigures };

/**
 * The timing figures of every view in one pass over the waits (sorted by days, so each view's
 * tallies come out in order): a large exchange has some hundred thousand waits, and a pass per view
 * cost most of a recomputation.
 */
function timingOfViews(parsed: Parsed, views: readonly ComparisonView[], now: Date): ViewTiming[] {
  const memberships = new Map<string, number[]>();
  const viewsOf = (bucket: Bucket): number[] => {
    const key = `${bucket.dateMs}|${bucket.lc}`;
    let indexes = memberships.get(key);
    if (indexes === undefined) {
      indexes = views.flatMap((view, index) => (isBucketInComparisonView(bucket.dateMs, bucket.lc, view, now) ? [index] : []));
      memberships.set(key, indexes);
    }
    return indexes;
  };
  const counts = views.map(() => ({ n: 0, outcomes: { resolved: 0, rejected: 0, gaveUp: 0, open: 0 } }));
  for (const entry of parsed.reports) for (const index of viewsOf(entry)) (counts[index] as (typeof counts)[number]).n += entry.count;
  for (const entry of parsed.outcomes) for (const index of viewsOf(entry)) (counts[index] as (typeof counts)[number]).outcomes[entry.bucket] += entry.count;
  const tallies = views.map(() => ({ f: [] as TimeTally[], r: [] as TimeTally[] }));
  for (const wait of parsed.waits) {
    for (const index of viewsOf(wait)) {
      const list = (tallies[index] as (typeof tallies)[number])[wait.measure];
      let tally = list[list.length - 1];
      if (tally === undefined || tally.time !== wait.days) {
        tally = { time: wait.days, events: 0, censored: 0 };
        list.push(tally);
      }
      if (wait.observed) tally.events += wait.count;
      else tally.censored += wait.count;
    }
  }
  return views.map((_, index) => {
    const { n, outcomes } = counts[index] as (typeof counts)[number];
    const { f, r } = tallies[index] as (typeof tallies)[number];
    return {
      n,
      timing: { firstHumanReply: summariseCurve(kaplanMeierFromTallies(f)), resolution: summariseCurve(kaplanMeierFromTallies(r)), ...outcomeFigures(outcomes) },
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

function requiredItems(parsed: Parsed, options: GuideStatsOptions): ItemShare[] {
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

function procedureChange(parsed: Parsed, options: GuideStatsOptions): GuideFigures["procedureChange"] {
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
export function guideFromAggregate(aggregate: Contribution, options: GuideStatsOptions): AggregateGuide {
  const minSample = options.minSample ?? 5;
  const parsed = parseAggregate(aggregate, options.now);
  const timings = timingOfViews(parsed, COMPARISON_VIEWS, options.now);
  const all = timings[COMPARISON_VIEWS.findIndex((view) => view.period === "all" && view.inquiryLanguage === "all")] as ViewTiming;
  const months = parsed.reports.map((entry) => entry.dateMs);
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
