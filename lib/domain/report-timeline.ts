// How a report's timeline reads to a person: "day 0" is the first contact, and a case's length
// is counted in calendar days, because most events are known only to the day.

const DAY_MS = 86_400_000;
const ENDING_KINDS = new Set(["RESOLVED", "REJECTED", "RESOLVED_SILENTLY"]);

export type TimelinePoint = { kind: string; occurredAt: Date };

function utcDayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** Calendar-day offset of every event from the earliest one, in the events' own order. */
export function dayOffsets(events: readonly TimelinePoint[]): number[] {
  if (events.length === 0) return [];
  const first = Math.min(...events.map((event) => utcDayNumber(event.occurredAt)));
  return events.map((event) => utcDayNumber(event.occurredAt) - first);
}

export type CaseLength = { days: number; open: boolean };

/**
 * Days from the first event to the event that ended the case; for a case with no ending event,
 * days from the first event until `now`, marked open ("at least this long").
 */
export function caseLength(events: readonly TimelinePoint[], now: Date): CaseLength | null {
  if (events.length === 0) return null;
  const first = Math.min(...events.map((event) => utcDayNumber(event.occurredAt)));
  const endings = events.filter((event) => ENDING_KINDS.has(event.kind)).map((event) => utcDayNumber(event.occurredAt));
  if (endings.length > 0) return { days: Math.min(...endings) - first, open: false };
  return { days: Math.max(0, utcDayNumber(now) - first), open: true };
}
