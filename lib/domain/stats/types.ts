// Plain mirrors of the Prisma enums and the report columns the statistics read. lib/domain
// stays free of Prisma so it can be tested and reused without a database; lib/data maps rows
// onto these shapes. Keep the literal lists in step with prisma/schema.prisma.

export const OUTCOMES = ["RESOLVED", "REJECTED", "STILL_WAITING", "GAVE_UP"] as const;
export type Outcome = (typeof OUTCOMES)[number];

// The order doubles as the deterministic tie-break when two channels are reported equally often.
export const CONTACT_CHANNELS = ["WEB_FORM", "EMAIL", "CHAT", "PHONE", "IN_APP"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

// Listed in the order a case usually runs; the order breaks ties between events that share a
// day and a position (see timeline.ts).
export const TIMELINE_EVENT_KINDS = [
  "CONTACTED",
  "AUTO_ACKNOWLEDGEMENT",
  "HUMAN_REPLY",
  "INFO_REQUESTED",
  "INFO_SENT",
  "FOLLOW_UP_SENT",
  "RESOLVED",
  "RESOLVED_SILENTLY",
  "REJECTED",
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

// The events that end a case: its resolution (with or without a word from support) or its
// rejection. The one definition for the form's rules, the report page and the statistics.
export const ENDING_EVENT_KINDS: ReadonlySet<TimelineEventKind> = new Set(["RESOLVED", "RESOLVED_SILENTLY", "REJECTED"]);
// The endings that resolve a case, with or without a word from support.
export const RESOLUTION_EVENT_KINDS: ReadonlySet<TimelineEventKind> = new Set(["RESOLVED", "RESOLVED_SILENTLY"]);

export type TimePrecision = "DAY" | "MINUTE";

export interface TimelineEventFact {
  kind: TimelineEventKind;
  // DAY precision: stored at 00:00 UTC of the day the author named (how an ISO day is saved).
  occurredAt: Date;
  precision: TimePrecision;
  language?: string | null;
  // The author's order among events of the same day.
  position: number;
}

export interface RequiredItemFact {
  code: string;
  note?: string | null;
}

export interface VoteCounts {
  helpful: number;
  notHelpful: number;
}

export interface ReportFact {
  id: string;
  outcome: Outcome;
  createdAt: Date;
  // First day of the month of the lockout (month precision protects the author).
  incidentMonth: Date;
  contactChannel: ContactChannel;
  contactPath: string;
  // BCP 47 tags; only the primary subtag is compared.
  inquiryLanguage: string;
  replyLanguages: readonly string[];
  // The language the report's own text (its notes included) is written in.
  textLanguage: string;
  requiredItems: readonly RequiredItemFact[];
  votes: VoteCounts;
  timeline: readonly TimelineEventFact[];
}

// One subject of a survival analysis: `observed: false` means "at least `days`" (censored).
export interface TimeToEvent {
  days: number;
  observed: boolean;
}

// A count out of a total with its Wilson (1927) 95% score interval.
export interface Proportion {
  count: number;
  n: number;
  share: number;
  lower: number;
  upper: number;
}
