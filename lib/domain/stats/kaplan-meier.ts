import type { TimeToEvent } from "./types";

// One step of the product-limit estimate, at a time where something was observed.
export interface KaplanMeierPoint {
  time: number;
  // Subjects still waiting just before `time` (censored at `time` included).
  atRisk: number;
  events: number;
  censored: number;
  // S(time): estimated share still waiting just after `time`.
  survival: number;
}

// Products of ratios such as 16/17 * 14/15 land a few ulps off exact fractions; without a
// little slack, a curve sitting exactly on 0.5 could miss its median.
const EPSILON = 1e-12;

/**
 * Kaplan & Meier (1958) product-limit estimate of S(t) = P(still waiting after t).
 *
 * Ties follow the usual convention: at a time with both events and censorings, the events
 * happen first, so the censored subjects are still in the risk set for those events.
 * Returns one point per distinct time (events or censorings), sorted; the curve is 1 before
 * the first point and stays at each point's value until the next.
 */
export function kaplanMeier(observations: readonly TimeToEvent[]): KaplanMeierPoint[] {
  for (const { days } of observations) {
    if (!Number.isFinite(days) || days < 0) {
      throw new RangeError(`A waiting time must be a finite number of days >= 0, got ${days}`);
    }
  }
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const { days, observed } of observations) {
    const tally = byTime.get(days) ?? { events: 0, censored: 0 };
    if (observed) tally.events += 1;
    else tally.censored += 1;
    byTime.set(days, tally);
  }
  return kaplanMeierFromTallies([...byTime.entries()].map(([time, tally]) => ({ time, ...tally })));
}

export interface TimeTally {
  time: number;
  events: number;
  censored: number;
}

/**
 * kaplanMeier from counts of events and censorings per time (one entry per distinct time, any
 * order): what the incremental aggregates hold. Entries with nothing at their time are skipped.
 */
export function kaplanMeierFromTallies(tallies: readonly TimeTally[]): KaplanMeierPoint[] {
  const sorted = tallies.filter((tally) => tally.events + tally.censored > 0).sort((a, b) => a.time - b.time);
  const points: KaplanMeierPoint[] = [];
  let atRisk = sorted.reduce((sum, tally) => sum + tally.events + tally.censored, 0);
  let survival = 1;
  for (const { time, events, censored } of sorted) {
    survival *= 1 - events / atRisk;
    points.push({ time, atRisk, events, censored, survival });
    atRisk -= events + censored;
  }
  return points;
}

/**
 * S(t) read off the step function. undefined beyond the last observed time unless the curve
 * has already reached 0: after the last subject leaves, the data say nothing about later times
 * (Kaplan & Meier 1958 leave the estimate undefined there).
 */
export function survivalAt(curve: readonly KaplanMeierPoint[], days: number): number | undefined {
  const last = curve[curve.length - 1];
  if (last === undefined) return undefined;
  if (days > last.time && last.survival > EPSILON) return undefined;
  let survival = 1;
  for (const point of curve) {
    if (point.time > days) break;
    survival = point.survival;
  }
  return survival;
}

/**
 * The time by which a share `p` of cases had the event: the smallest t with S(t) <= 1 - p
 * (p = 0.5 is the median, 0.25 and 0.75 the quartiles). undefined when the curve never gets
 * that low: "not reached", because too many cases are still waiting.
 */
export function quantileFromCurve(curve: readonly KaplanMeierPoint[], p: number): number | undefined {
  if (!(p > 0 && p < 1)) throw new RangeError(`A quantile must lie strictly between 0 and 1, got ${p}`);
  return curve.find((point) => point.survival <= 1 - p + EPSILON)?.time;
}

// The days the guides report "resolved by day N" for.
export const SHARE_DAYS = [1, 3, 7, 14, 30] as const;

/** 1 - S(days): estimated share of cases that had the event by `days`; undefined where S is. */
export function shareResolvedBy(curve: readonly KaplanMeierPoint[], days: number): number | undefined {
  const survival = survivalAt(curve, days);
  return survival === undefined ? undefined : Math.max(0, 1 - survival);
}

// A guide draws the curve and lists it as a table; past this many points neither gets clearer.
export const MAX_CURVE_POINTS = 200;

/**
 * The curve with at most `maxPoints` points, for showing and storing: at a large exchange the
 * waits of timed events fall on thousands of distinct hours and the estimate has a step for each. Points are
 * merged into spans of whole days (1, 2, 7, 14, 30, 90, 365 days, the smallest that fits); a
 * merged point has the time and survival of the span's last step, the span's events and
 * censorings summed, and the risk set at its first step, so S(t) is exact at every point kept.
 * A curve that already fits is returned as it is. Medians and quartiles are read off the full
 * curve before this.
 */
export function condenseCurve(curve: readonly KaplanMeierPoint[], maxPoints = MAX_CURVE_POINTS): KaplanMeierPoint[] {
  if (curve.length <= maxPoints) return [...curve];
  let condensed: KaplanMeierPoint[] = [];
  for (const span of [1, 2, 7, 14, 30, 90, 365]) {
    condensed = [];
    let bucket = Number.NaN;
    for (const point of curve) {
      const pointBucket = Math.ceil(point.time / span);
      const previous = condensed[condensed.length - 1];
      if (previous && pointBucket === bucket) {
        condensed[condensed.length - 1] = {
          time: point.time,
          atRisk: previous.atRisk,
          events: previous.events + point.events,
          censored: previous.censored + point.censored,
          survival: point.survival,
        };
      } else {
        condensed.push({ ...point });
        bucket = pointBucket;
      }
    }
    if (condensed.length <= maxPoints) return condensed;
  }
  return condensed;
}
