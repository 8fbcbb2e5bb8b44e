import { findOrderProblems, type EnteredEvent } from "../domain/report-timeline";
import { HUMAN_REPLY_KINDS } from "../domain/stats/timeline";
import { ENDING_EVENT_KINDS, RESOLUTION_EVENT_KINDS, TIMELINE_EVENT_KINDS, type TimelineEventKind } from "../domain/stats/types";
import { pathKey, type FieldError } from "./field-errors";
import { asArray, asRecord } from "./loose-input";
import { isCalendarDay, MONTH_PATTERN, TIME_PATTERN } from "./report-fields";
import { errorKey, OTHER_ITEM_CODE } from "./report-vocabulary";

// The rules across a report's fields: the order of the timeline, the outcome against its events,
// reply languages, required items. The schema runs them on every submission (report.ts), and
// lib/data on a timeline update against the stored report (report-update.ts).

export type ConsistencyIssue = { path: (string | number)[]; message: string };

/**
 * What the cross-field rules read. Loosely typed on purpose: the schema runs them even when other
 * fields failed, so the author sees every problem at once, and they skip what is not yet valid.
 */
export type ConsistencyFacts = {
  incidentMonth?: unknown;
  outcome?: unknown;
  replyLanguages?: unknown;
  events?: unknown;
  requiredItems?: unknown;
};

type LooseEvent = { kind?: unknown; day?: unknown; time?: unknown; language?: unknown };

const EVENT_KINDS: ReadonlySet<unknown> = new Set(TIMELINE_EVENT_KINDS);

/** The event as findOrderProblems reads it, or null while its kind or day is not valid yet. */
function enteredEvent(event: LooseEvent): EnteredEvent | null {
  if (!EVENT_KINDS.has(event.kind) || typeof event.kind !== "string" || typeof event.day !== "string" || !isCalendarDay(event.day)) return null;
  const time = typeof event.time === "string" && TIME_PATTERN.test(event.time.trim()) ? event.time.trim() : undefined;
  return { kind: event.kind, day: event.day, time };
}

export function findConsistencyIssues(facts: ConsistencyFacts): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const events = asArray(facts.events).map((event) => asRecord(event) as LooseEvent);
  const kinds = new Set(events.map((event) => event.kind));

  if (events.length > 0 && !kinds.has("CONTACTED")) issues.push({ path: ["events"], message: errorKey.needsContact });

  if (typeof facts.incidentMonth === "string" && MONTH_PATTERN.test(facts.incidentMonth)) {
    const firstDay = `${facts.incidentMonth}-01`;
    events.forEach((event, index) => {
      if (typeof event.day === "string" && isCalendarDay(event.day) && event.day < firstDay) {
        issues.push({ path: ["events", index, "day"], message: errorKey.eventBeforeIncident });
      }
    });
  }

  // Order is checked among the events that are complete; the others have their own errors. The
  // indexes of the complete ones are mapped back, so the error lands on the offending event.
  const complete = events.flatMap((event, index) => {
    const entered = enteredEvent(event);
    return entered ? [{ entered, index }] : [];
  });
  for (const problem of findOrderProblems(complete.map(({ entered }) => entered))) {
    const index = complete[problem.index]?.index ?? problem.index;
    // One message per field: a day before the lockout month already says what to fix.
    if (issues.some((issue) => issue.path[1] === index && issue.path[2] === problem.field)) continue;
    const message = problem.problem === "before" ? errorKey.eventBeforeContact : errorKey.eventBeforeContactTime;
    issues.push({ path: ["events", index, problem.field], message });
  }

  const hasResolution = [...RESOLUTION_EVENT_KINDS].some((kind) => kinds.has(kind));
  const hasEnding = [...ENDING_EVENT_KINDS].some((kind) => kinds.has(kind));
  if (events.length > 0) {
    if (facts.outcome === "RESOLVED" && !hasResolution) issues.push({ path: ["outcome"], message: errorKey.resolvedNeedsEvent });
    if (facts.outcome === "REJECTED" && !kinds.has("REJECTED")) issues.push({ path: ["outcome"], message: errorKey.rejectedNeedsEvent });
    if (facts.outcome === "STILL_WAITING" && hasEnding) issues.push({ path: ["outcome"], message: errorKey.waitingHasEnding });
    if (facts.outcome === "GAVE_UP" && hasResolution) issues.push({ path: ["outcome"], message: errorKey.gaveUpResolved });
  }

  const hasReply = events.some((event) => HUMAN_REPLY_KINDS.has(event.kind as TimelineEventKind));
  if (hasReply && asArray(facts.replyLanguages).length === 0) {
    issues.push({ path: ["replyLanguages"], message: errorKey.replyLanguagesRequired });
  }

  const seenCodes = new Set<unknown>();
  asArray(facts.requiredItems).forEach((raw, index) => {
    const item = asRecord(raw);
    if (seenCodes.has(item.code)) issues.push({ path: ["requiredItems", index, "code"], message: errorKey.duplicateItem });
    seenCodes.add(item.code);
    const note = typeof item.note === "string" ? item.note.trim() : "";
    if (item.code === OTHER_ITEM_CODE && note === "") {
      issues.push({ path: ["requiredItems", index, "note"], message: errorKey.otherItemNeedsNote });
    }
  });
  return issues;
}

/** The same for the rules across fields when lib/data applies them on its own (a timeline update). */
export function consistencyErrorKeys(issues: readonly ConsistencyIssue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) errors[pathKey(issue.path)] ??= { key: issue.message };
  return errors;
}
