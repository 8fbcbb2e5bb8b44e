import { z } from "zod";
import { HUMAN_REPLY_KINDS } from "../domain/stats/timeline";
import type { TimelineEventKind } from "../domain/stats/types";
import { findConsistencyIssues, type ConsistencyIssue } from "./report-consistency";
import { IdempotencyKeySchema, OutcomeSchema, TimelineEventInputSchema, type TimelineEventInput } from "./report-fields";
import { errorKey, LIMITS } from "./report-vocabulary";

// "Add what happened since": a case reported while still waiting gets new events and, often, its
// ending. Differs from the full report: only new events and the outcome, and the rules across
// fields are checked against the report as it will be after the update.

export const ReportUpdateInputSchema = z.object(
  {
    events: z.array(TimelineEventInputSchema, { error: errorKey.invalidChoice }).max(LIMITS.events, { error: errorKey.tooManyEvents }),
    /** The outcome now; omitted, it stays as it is. */
    outcome: OutcomeSchema.optional(),
    /** The form always sends one, so a double click adds the events once. */
    idempotencyKey: IdempotencyKeySchema.optional(),
  },
  // Not an object at all: a forged request or a page from an older version of the form.
  { error: errorKey.invalidKey },
);

export type ReportUpdateInput = z.output<typeof ReportUpdateInputSchema>;
export type ReportUpdateInputDraft = z.input<typeof ReportUpdateInputSchema>;

export type ExistingTimeline = {
  incidentMonth: string;
  outcome: string;
  replyLanguages: readonly string[];
  /** In stored order: by day, then position. `time` ("HH:MM") when the event has one. */
  events: readonly { kind: string; day: string; time?: string }[];
};

// An old event out of order was stored before the form checked the order; the full edit shows
// it on its row. It is no reason to refuse new events, which cannot make it worse: they come
// after the existing events of their day, and an earlier new contact only moves the start back.
const ORDER_MESSAGES: ReadonlySet<string> = new Set([errorKey.eventBeforeContact, errorKey.eventBeforeContactTime]);

/** Reply languages after the update: the report's, plus those of new replies that name one. */
export function mergeReplyLanguages(existing: readonly string[], events: readonly Pick<TimelineEventInput, "kind" | "language">[]): string[] {
  const merged = [...existing];
  for (const event of events) {
    if (event.language && HUMAN_REPLY_KINDS.has(event.kind) && !merged.includes(event.language)) merged.push(event.language);
  }
  return merged;
}

/**
 * The rules of the full report applied to the report as the update leaves it, with paths that
 * point into the update: "events.0.day" is the first new event. A problem that only an old event
 * can fix has the empty path (a form-level error).
 */
export function checkTimelineUpdate(
  report: ExistingTimeline,
  update: { events: readonly { kind?: unknown; day?: unknown; time?: unknown; language?: unknown }[]; outcome?: unknown },
): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const offset = report.events.length;
  const typedNewEvents = update.events.filter(
    (event): event is { kind: TimelineEventKind; language?: string } => typeof event.kind === "string",
  );
  const replyLanguages = mergeReplyLanguages(
    report.replyLanguages,
    typedNewEvents.map((event) => ({ kind: event.kind, language: typeof event.language === "string" && event.language ? event.language : undefined })),
  );
  const merged = findConsistencyIssues({
    incidentMonth: report.incidentMonth,
    outcome: update.outcome ?? report.outcome,
    replyLanguages,
    events: [...report.events, ...update.events],
  });
  for (const issue of merged) {
    const [field, index, ...rest] = issue.path;
    if (field === "events" && typeof index === "number") {
      if (index >= offset) issues.push({ path: ["events", index - offset, ...rest], message: issue.message });
      else if (!ORDER_MESSAGES.has(issue.message)) issues.push({ path: [], message: issue.message });
    } else if (field === "replyLanguages") {
      // The update form has no reply-language field: the language goes on the new reply itself.
      const firstReply = update.events.findIndex((event) => HUMAN_REPLY_KINDS.has(event.kind as TimelineEventKind));
      issues.push({ path: firstReply === -1 ? [] : ["events", firstReply, "language"], message: errorKey.replyLanguagesRequired });
    } else {
      issues.push(issue);
    }
  }
  return issues;
}
