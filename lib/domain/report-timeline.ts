import { ENDING_EVENT_KINDS, type TimelineEventKind } from "./stats/types";

// How a report's timeline reads to a person: "day 0" is the first contact, and a case's length
// is counted in calendar days, because most events are known only to the day.

const DAY_MS = 86_400_000;

export type TimelinePoint = { kind: string; occurredAt: Date };

function utcDayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function isEnding(kind: string): boolean {
  return ENDING_EVENT_KINDS.has(kind as TimelineEventKind);
}

/** Calendar-day offset of every event from the earliest one, in the events' own order. */
export function dayOffsets(events: readonly TimelinePoint[]): number[] {
  if (events.length === 0) return [];
  const first = Math.min(...events.map((event) => utcDayNumber(event.occurredAt)));
  return events.map((event) => utcDayNumber(event.occurredAt) - first);
}

export type CaseLength = { days: number; open: boolean };

/**
 * Days from the first contact (the first event, when none is marked as contact) to the event
 * that ended the case; for a case with no ending event, days from the first contact until
 * `now`, marked open ("at least this long"). null when nothing can be said: no events, or an
 * ending dated before the contact (reports stored before the form checked the order), which
 * would otherwise read as "done the same day".
 */
export function caseLength(events: readonly TimelinePoint[], now: Date): CaseLength | null {
  if (events.length === 0) return null;
  const contacts = events.filter((event) => event.kind === "CONTACTED");
  const first = Math.min(...(contacts.length > 0 ? contacts : events).map((event) => utcDayNumber(event.occurredAt)));
  const endings = events.filter((event) => isEnding(event.kind)).map((event) => utcDayNumber(event.occurredAt));
  if (endings.length > 0) {
    const ended = Math.min(...endings);
    return ended < first ? null : { days: ended - first, open: false };
  }
  return { days: Math.max(0, utcDayNumber(now) - first), open: true };
}

// --- The order of a timeline as the author enters it ---

/** An event as the form holds it: the day ("YYYY-MM-DD") and, when known, the time ("HH:MM"). */
export type EnteredEvent = { kind: string; day: string; time?: string };

/**
 * "before": dated on a day before the first contact. "beforeOnContactDay": on the contact's own
 * day, but at a time earlier than the contact's.
 */
export type OrderProblem = { index: number; field: "day" | "time"; problem: "before" | "beforeOnContactDay" };

/**
 * Events that cannot have happened where the author put them: support cannot acknowledge,
 * answer, ask, resolve or reject before it was contacted, and a follow-up follows something.
 * So every event but the first contact must come on or after it.
 *
 * On the contact's own day the order is known only when both events have a time: an event
 * without one (an auto-reply, a same-day resolution) is taken to follow the contact, as the
 * statistics take it too. Events after the ending are allowed: a case rejected, appealed and
 * then resolved, or a thank-you after the resolution, are real; the statistics stop at the
 * first ending.
 *
 * The first contact is the earliest CONTACTED event by day, then the order of `events`, which is
 * how lib/data stores them. `index` is the event's index in `events`.
 */
export function findOrderProblems(events: readonly EnteredEvent[]): OrderProblem[] {
  let contact: EnteredEvent | undefined;
  let contactIndex = -1;
  events.forEach((event, index) => {
    if (event.kind === "CONTACTED" && (contact === undefined || event.day < contact.day)) {
      contact = event;
      contactIndex = index;
    }
  });
  if (contact === undefined) return [];
  const { day: contactDay, time: contactTime } = contact;
  const problems: OrderProblem[] = [];
  events.forEach((event, index) => {
    if (index === contactIndex) return;
    if (event.day < contactDay) problems.push({ index, field: "day", problem: "before" });
    else if (event.day === contactDay && event.time !== undefined && contactTime !== undefined && event.time < contactTime) {
      problems.push({ index, field: "time", problem: "beforeOnContactDay" });
    }
  });
  return problems;
}
