import {
  ENDING_EVENT_KINDS,
  TIMELINE_EVENT_KINDS,
  type Outcome,
  type TimelineEventFact,
  type TimelineEventKind,
  type TimeToEvent,
} from "./types";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const HOURS_PER_DAY = 24;

// How the case ended, as far as the timeline and the outcome say. "OPEN" = still waiting.
export type CaseEnding = "RESOLVED" | "RESOLVED_SILENTLY" | "REJECTED" | "GAVE_UP" | "OPEN";

export interface ReportTimes {
  // The first CONTACTED event, or the first event when none is marked as contact.
  startedAt: Date | null;
  ending: CaseEnding;
  // null: no automatic acknowledgement was recorded. Not every exchange sends one, so its
  // absence is not "still waiting" and is never turned into a censored observation.
  daysToAutoAcknowledgement: number | null;
  // null when the timeline is empty, or out of order (see deriveReportTimes).
  firstHumanReply: TimeToEvent | null;
  resolution: TimeToEvent | null;
  daysToRejection: number | null;
  rounds: number;
  followUps: number;
}

export interface DeriveReportTimesOptions {
  now: Date;
  // The report's declared outcome. Dated events take precedence; the outcome fills in what the
  // timeline does not say (given up, or resolved/rejected without a dated event). Omitted: the
  // case counts as open unless the timeline ends it.
  outcome?: Outcome;
  // Offset of the reporters' clock from UTC, used to find the calendar day of MINUTE-precision
  // events (Japan: 540). Without it, a message at 08:00 JST would fall on the previous UTC day.
  utcOffsetMinutes?: number;
}

// A support message written by a person. The resolution and rejection notices are messages
// too, so a case answered only by its "done" e-mail still has a first human reply; a silent
// resolution is not a reply.
export const HUMAN_REPLY_KINDS: ReadonlySet<TimelineEventKind> = new Set([
  "HUMAN_REPLY",
  "INFO_REQUESTED",
  "RESOLVED",
  "REJECTED",
]);

// Rounds rule: a request is INFO_REQUESTED, or a HUMAN_REPLY (a reply the user answered with
// information was, in effect, a request). A round is a request followed by at least one
// INFO_SENT. Several requests before one answer make one round, several INFO_SENT after one
// request make one round, and INFO_SENT that nobody asked for (Zaif: the author sent what the
// FAQ listed) makes none.
const REQUEST_KINDS: ReadonlySet<TimelineEventKind> = new Set(["INFO_REQUESTED", "HUMAN_REPLY"]);

export interface Moment {
  instant: number;
  precision: "DAY" | "MINUTE";
}

function dayIndex(moment: Moment, offsetMs: number): number {
  // DAY events are stored at UTC midnight of the named day, so they take no offset.
  const shift = moment.precision === "MINUTE" ? offsetMs : 0;
  return Math.floor((moment.instant + shift) / MS_PER_DAY);
}

/** The UTC hour a moment falls in (hours are the same in every whole-hour offset). */
export function hourIndex(instant: number): number {
  return Math.floor(instant / MS_PER_HOUR);
}

// Two exact times give whole hours, each time counted to the hour it falls in (as a DAY event is
// counted to its day): nothing shown is finer than a tenth of a day (display.ts), and whole hours
// bound the distinct waits an exchange's aggregate keeps (docs/decisions/016). As soon as one side
// is only known to the day, the difference is in whole calendar days, so "the same day" is 0 and
// not a guessed fraction.
export function daysBetween(from: Moment, to: Moment, offsetMs: number): number {
  const days =
    from.precision === "MINUTE" && to.precision === "MINUTE"
      ? (hourIndex(to.instant) - hourIndex(from.instant)) / HOURS_PER_DAY
      : dayIndex(to, offsetMs) - dayIndex(from, offsetMs);
  // Within one day the author's order wins over clock times (see sortTimeline), which can put
  // a later event at an earlier minute; a wait is never negative.
  return Math.max(0, days);
}

function toMoment(event: TimelineEventFact): Moment {
  return { instant: event.occurredAt.getTime(), precision: event.precision };
}

const KIND_RANK = new Map<TimelineEventKind, number>(TIMELINE_EVENT_KINDS.map((kind, rank) => [kind, rank]));

/**
 * Orders a timeline whatever order it arrives in. Key: calendar day, then the author's
 * position, then the instant, then the usual order of kinds, then input order.
 *
 * Calendar day comes first because a DAY-precision event has no time of day: ordering by the
 * raw timestamp would put it at midnight, before every timed event of that day. Within a day
 * the author's position decides (that is what the column is for). A plain lexicographic key
 * keeps the comparison transitive, which mixing "by time if both are timed, else by position"
 * would not be.
 */
export function sortTimeline<E extends TimelineEventFact>(
  events: readonly E[],
  options: { utcOffsetMinutes?: number } = {},
): E[] {
  const offsetMs = (options.utcOffsetMinutes ?? 0) * 60_000;
  return events
    .map((event, index) => ({ event, index, moment: toMoment(event) }))
    .sort(
      (a, b) =>
        dayIndex(a.moment, offsetMs) - dayIndex(b.moment, offsetMs) ||
        a.event.position - b.event.position ||
        a.moment.instant - b.moment.instant ||
        (KIND_RANK.get(a.event.kind) ?? 0) - (KIND_RANK.get(b.event.kind) ?? 0) ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}

// An event that the dates show to have happened before the case started: on an earlier calendar
// day, or earlier on the same day when both times are known. Within a day, an event without a
// time is not before a timed contact (its position only says where the author listed it).
function provablyBefore(event: Moment, start: Moment, offsetMs: number): boolean {
  const eventDay = dayIndex(event, offsetMs);
  const startDay = dayIndex(start, offsetMs);
  if (eventDay !== startDay) return eventDay < startDay;
  return event.precision === "MINUTE" && start.precision === "MINUTE" && event.instant < start.instant;
}

function endingFromEvent(kind: TimelineEventKind): CaseEnding {
  if (kind === "RESOLVED" || kind === "RESOLVED_SILENTLY" || kind === "REJECTED") return kind;
  return "OPEN";
}

function endingFromOutcome(outcome: Outcome | undefined): CaseEnding {
  switch (outcome) {
    case "RESOLVED":
      return "RESOLVED";
    case "REJECTED":
      return "REJECTED";
    case "GAVE_UP":
      return "GAVE_UP";
    case "STILL_WAITING":
    case undefined:
      return "OPEN";
  }
}

/** A case whose waits cannot be measured: no events, or events out of order. */
function unmeasured(startedAt: Date | null, ending: CaseEnding): ReportTimeShapes {
  return { startedAt, ending, daysToAutoAcknowledgement: null, firstHumanReply: null, resolution: null, daysToRejection: null, rounds: 0, followUps: 0 };
}

function countRounds(events: readonly TimelineEventFact[]): number {
  let rounds = 0;
  let requestPending = false;
  for (const event of events) {
    if (REQUEST_KINDS.has(event.kind)) requestPending = true;
    else if (event.kind === "INFO_SENT" && requestPending) {
      rounds += 1;
      requestPending = false;
    }
  }
  return rounds;
}

/**
 * A wait as far as the timeline says it without a clock: a number of days, or "until now" from
 * the start (an open case keeps waiting). The incremental aggregates (aggregate/contribution.ts)
 * store these, so what they hold does not change as time passes.
 */
export type WaitShape = { observed: boolean; days: number } | { observed: false; untilNowFrom: Moment };

export type ReportTimeShapes = Omit<ReportTimes, "firstHumanReply" | "resolution"> & {
  firstHumanReply: WaitShape | null;
  resolution: WaitShape | null;
};

/** The days a wait lasted by `now`, as deriveReportTimes counts them. */
export function resolveWait(wait: WaitShape, now: Date, utcOffsetMinutes = 0): TimeToEvent {
  if ("days" in wait) return { days: wait.days, observed: wait.observed };
  return { days: daysBetween(wait.untilNowFrom, { instant: now.getTime(), precision: "MINUTE" }, utcOffsetMinutes * 60_000), observed: false };
}

/**
 * Waiting times of one report, in days from the first contact.
 *
 * Cases that have not reached an event are right-censored ("at least this long"), never
 * dropped: open cases up to `now`, given-up cases up to their last event (the author stopped
 * watching there). A rejected case never resolves: its resolution is censored at `now`, not at
 * the rejection, so it stays in the risk set and 1 - S(t) of a Kaplan-Meier curve reads as the
 * share of all cases resolved by t, rejections counting as unresolved (the Fine & Gray 1999
 * treatment of a competing event under administrative censoring).
 */
export function deriveReportTimes(events: readonly TimelineEventFact[], options: DeriveReportTimesOptions): ReportTimes {
  const shapes = deriveReportTimeShapes(events, options);
  const resolve = (wait: WaitShape | null) => (wait === null ? null : resolveWait(wait, options.now, options.utcOffsetMinutes));
  return { ...shapes, firstHumanReply: resolve(shapes.firstHumanReply), resolution: resolve(shapes.resolution) };
}

/** deriveReportTimes without a clock: waits that run until now say so instead of counting days. */
export function deriveReportTimeShapes(
  events: readonly TimelineEventFact[],
  options: Omit<DeriveReportTimesOptions, "now">,
): ReportTimeShapes {
  const offsetMs = (options.utcOffsetMinutes ?? 0) * 60_000;
  const sorted = sortTimeline(events, options);
  const contactIndex = sorted.findIndex((event) => event.kind === "CONTACTED");
  const startIndex = contactIndex === -1 ? 0 : contactIndex;
  const start = sorted[startIndex];
  const last = sorted[sorted.length - 1];

  if (start === undefined || last === undefined) {
    return unmeasured(null, endingFromOutcome(options.outcome));
  }

  const startMoment = toMoment(start);
  const since = (moment: Moment) => daysBetween(startMoment, moment, offsetMs);
  const untilNow: WaitShape = { observed: false, untilNowFrom: startMoment };

  // Out of order: something dated before the first contact (support answered, or the case
  // ended, before anyone asked). The form refuses such a timeline, but reports stored before it
  // did may hold one. Its waits are unknown, not zero: clamped, a resolution dated the day before
  // the contact would count as "resolved the same day" and make the exchange look fast. So none
  // of its times is measured (the guides leave it out of the waiting times); its ending still
  // counts, since the outcome is not in doubt.
  if (sorted.some((event, index) => index !== startIndex && provablyBefore(toMoment(event), startMoment, offsetMs))) {
    const datedEnding = sorted.find((event) => ENDING_EVENT_KINDS.has(event.kind));
    return unmeasured(start.occurredAt, datedEnding === undefined ? endingFromOutcome(options.outcome) : endingFromEvent(datedEnding.kind));
  }

  // Events the author listed before the contact on its own day, without times that say so,
  // belong to the case: the contact starts it (an auto-reply or a same-day resolution).
  const afterStart = [...sorted.slice(0, startIndex), ...sorted.slice(startIndex + 1)];
  const terminalIndex = afterStart.findIndex((event) => ENDING_EVENT_KINDS.has(event.kind));
  const terminal = afterStart[terminalIndex];
  const caseEvents = terminal === undefined ? afterStart : afterStart.slice(0, terminalIndex + 1);

  const ending = terminal === undefined ? endingFromOutcome(options.outcome) : endingFromEvent(terminal.kind);
  // The last moment anything is known about a case without a dated end: `now` while it is
  // open; otherwise its last event (given up there, or an outcome declared without its date).
  const lastKnown: WaitShape =
    terminal === undefined && ending === "OPEN" ? untilNow : { observed: false, days: since(terminal !== undefined ? toMoment(terminal) : toMoment(last)) };

  const acknowledgement = caseEvents.find((event) => event.kind === "AUTO_ACKNOWLEDGEMENT");
  const reply = caseEvents.find((event) => HUMAN_REPLY_KINDS.has(event.kind));

  let resolution: WaitShape;
  if ((ending === "RESOLVED" || ending === "RESOLVED_SILENTLY") && terminal !== undefined) {
    resolution = { days: since(toMoment(terminal)), observed: true };
  } else if (ending === "REJECTED") {
    resolution = untilNow;
  } else {
    resolution = lastKnown;
  }

  return {
    startedAt: start.occurredAt,
    ending,
    daysToAutoAcknowledgement: acknowledgement === undefined ? null : since(toMoment(acknowledgement)),
    firstHumanReply: reply === undefined ? lastKnown : { days: since(toMoment(reply)), observed: true },
    resolution,
    daysToRejection: terminal?.kind === "REJECTED" ? since(toMoment(terminal)) : null,
    rounds: countRounds(caseEvents),
    followUps: caseEvents.filter((event) => event.kind === "FOLLOW_UP_SENT").length,
  };
}
