import { shareResolvedBy, type KaplanMeierPoint } from "../stats/kaplan-meier";
import { deriveReportTimes, HUMAN_REPLY_KINDS, sortTimeline } from "../stats/timeline";
import { ENDING_EVENT_KINDS, type Outcome, type TimelineEventFact } from "../stats/types";

// Where an owner's open case stands against its exchange's guide: the same Kaplan-Meier
// estimates the guide shows (lib/domain/stats), read at the case's own day.

const DAY_MS = 86_400_000;

/**
 * Days without an answer after which a follow-up is due when the guide cannot say: too few
 * reports for figures, or fewer than three in four of its cases ever had a reply. A week is what
 * support desks commonly promise as their longest first-answer time, so writing again after it
 * is neither pushy nor too late.
 */
export const FALLBACK_FOLLOW_UP_DAYS = 7;

export type CaseStatus = "OPEN" | "RESOLVED" | "REJECTED" | "GAVE_UP";

/** The part of a guide's time-to-event summary a case is compared with. */
export type WaitSummary = { n: number; median: number | null; thirdQuartile: number | null; curve: readonly KaplanMeierPoint[] };
/** The guide's figures, or null when it has too few reports to show any. */
export type CaseGuideFigures = { firstHumanReply: WaitSummary; resolution: WaitSummary } | null;

export type CasePhase = "notStarted" | "awaitingHumanReply" | "awaitingResolution" | "closed";
export type Milestone = "humanReply" | "resolution";

export type FollowUp = {
  /** The UTC calendar day ("YYYY-MM-DD") from which a follow-up is due, and its start as a Date. */
  dueDay: string;
  dueAt: Date;
  isDue: boolean;
  /** Days without an answer that make it due, and where that number comes from. */
  thresholdDays: number;
  basis: "guide" | "fallback";
};

export type CaseStanding = {
  phase: CasePhase;
  /** Calendar days since the first contact (day 0 is the contact's day). */
  day: number;
  /** Share of the guide's cases that had reached this phase's milestone by `day`, out of `n`. */
  comparison: { milestone: Milestone; share: number; n: number } | null;
  /** The next thing to expect and the day by which half of the guide's cases had it. */
  nextMilestone: { milestone: Milestone; medianDay: number } | null;
  followUp: FollowUp | null;
};

const OUTCOME_OF_STATUS: Record<CaseStatus, Outcome> = { OPEN: "STILL_WAITING", RESOLVED: "RESOLVED", REJECTED: "REJECTED", GAVE_UP: "GAVE_UP" };

function utcDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Days without an answer after which to write again: past the guide's 75th percentile of time to a first human reply. */
export function followUpThreshold(figures: CaseGuideFigures): Pick<FollowUp, "thresholdDays" | "basis"> {
  const quartile = figures?.firstHumanReply.thirdQuartile;
  if (quartile === null || quartile === undefined) return { thresholdDays: FALLBACK_FOLLOW_UP_DAYS, basis: "fallback" };
  return { thresholdDays: Math.floor(quartile) + 1, basis: "guide" };
}

/**
 * When the owner should write to support again, or null: the case is closed (by its status or an ending event), has no events, or
 * support's last word asked the owner for something (the next move is theirs, not support's).
 * The clock runs from the owner's last message (first contact, information sent or a follow-up;
 * an automatic acknowledgement answers nothing) or support's last human reply, whichever is later.
 */
export function followUpDue(events: readonly TimelineEventFact[], status: CaseStatus, figures: CaseGuideFigures, now: Date): FollowUp | null {
  if (status !== "OPEN" || events.some((event) => ENDING_EVENT_KINDS.has(event.kind))) return null;
  const meaningful = sortTimeline(events).filter((event) => event.kind !== "AUTO_ACKNOWLEDGEMENT");
  const last = meaningful[meaningful.length - 1];
  if (last === undefined || last.kind === "INFO_REQUESTED") return null;
  const threshold = followUpThreshold(figures);
  const dueDayNumber = utcDay(last.occurredAt) + threshold.thresholdDays;
  const dueAt = new Date(dueDayNumber * DAY_MS);
  return { dueDay: isoDay(dueDayNumber), dueAt, isDue: now.getTime() >= dueAt.getTime(), ...threshold };
}

function milestoneOf(phase: CasePhase): Milestone | null {
  if (phase === "awaitingHumanReply") return "humanReply";
  if (phase === "awaitingResolution") return "resolution";
  return null;
}

/** The case against its guide on `now`'s UTC day. */
export function caseStanding({ events, status, figures, now }: { events: readonly TimelineEventFact[]; status: CaseStatus; figures: CaseGuideFigures; now: Date }): CaseStanding {
  const times = deriveReportTimes(events, { now, outcome: OUTCOME_OF_STATUS[status] });
  const start = times.startedAt;
  const day = start === null ? 0 : Math.max(0, utcDay(now) - utcDay(start));
  const hadReply = events.some((event) => HUMAN_REPLY_KINDS.has(event.kind));
  const phase: CasePhase = start === null ? "notStarted" : status !== "OPEN" || times.ending !== "OPEN" ? "closed" : hadReply ? "awaitingResolution" : "awaitingHumanReply";
  const milestone = milestoneOf(phase);
  const summary = milestone === null || figures === null ? null : milestone === "humanReply" ? figures.firstHumanReply : figures.resolution;
  const share = summary === null ? undefined : shareResolvedBy(summary.curve, day);
  const comparison = milestone !== null && summary !== null && share !== undefined ? { milestone, share, n: summary.n } : null;
  const median = summary?.median ?? null;
  const nextMilestone = milestone !== null && median !== null ? { milestone, medianDay: Math.ceil(median) } : null;
  return { phase, day, comparison, nextMilestone, followUp: followUpDue(events, status, figures, now) };
}
