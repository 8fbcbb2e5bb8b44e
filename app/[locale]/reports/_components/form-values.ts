import type { TimelineEventFact, TimelineEventKind } from "@/lib/domain/stats/types";
import type { ReportInputDraft } from "@/lib/validation/report";
import type { BackupCodesAnswer, LockoutCause } from "@/lib/validation/report-vocabulary";
import type { ReportUpdateInputDraft } from "@/lib/validation/report-update";

// The form's own state: every field as the inputs hold it (strings, checkboxes), plus client-only
// ids for list rows. toReportInput turns it into what the shared schema parses.

// noteTranslation is optional: events added by the timeline editor and drafts saved before
// translations existed have none.
export type EventDraft = { id: string; kind: TimelineEventKind | ""; day: string; time: string; note: string; language: string; noteTranslation?: string };
export type ItemDraft = { checked: boolean; note: string; noteTranslation?: string };

/** The author's own translation of the report's texts (lib/validation/report TranslationFields). */
export type TranslationDraft = {
  translationLanguage: string;
  lockoutDetailTranslation: string;
  verificationLevelTranslation: string;
  contactPathTranslation: string;
  summaryTranslation: string;
  tipsTranslation: string;
};

export const emptyTranslation: TranslationDraft = {
  translationLanguage: "",
  lockoutDetailTranslation: "",
  verificationLevelTranslation: "",
  contactPathTranslation: "",
  summaryTranslation: "",
  tipsTranslation: "",
};

export type ReportFormValues = {
  idempotencyKey: string;
  exchangeSlug: string;
  incidentMonth: string;
  lockoutCause: LockoutCause | "";
  lockoutDetail: string;
  hadBackupCodes: BackupCodesAnswer | "";
  verificationLevel: string;
  contactChannel: string;
  contactPath: string;
  inquiryLanguage: string;
  replyLanguages: string[];
  textLanguage: string;
  outcome: string;
  summary: string;
  tips: string;
  events: EventDraft[];
  requiredItems: Record<string, ItemDraft>;
} & TranslationDraft;

/** The report as lib/data/report-writes hands it to the edit page. */
export type StoredReportValues = Omit<ReportFormValues, "idempotencyKey" | "events" | "requiredItems" | "lockoutCause" | "hadBackupCodes"> & {
  lockoutCause: LockoutCause;
  hadBackupCodes: BackupCodesAnswer;
  events: Omit<EventDraft, "id">[];
  requiredItems: { code: string; note: string; noteTranslation?: string }[];
};

/** A v4 UUID; crypto.randomUUID exists only on secure origins, getRandomValues everywhere. */
export function newUuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function emptyEvent(kind: TimelineEventKind | "" = "", day = ""): EventDraft {
  return { id: newUuid(), kind, day, time: "", note: "", language: "" };
}

export function emptyValues({ exchangeSlug, textLanguage }: { exchangeSlug: string; textLanguage: string }): ReportFormValues {
  return {
    idempotencyKey: newUuid(),
    exchangeSlug,
    incidentMonth: "",
    lockoutCause: "",
    lockoutDetail: "",
    hadBackupCodes: "",
    verificationLevel: "",
    contactChannel: "",
    contactPath: "",
    inquiryLanguage: textLanguage,
    replyLanguages: [],
    textLanguage,
    outcome: "",
    summary: "",
    tips: "",
    events: [],
    requiredItems: {},
    ...emptyTranslation,
  };
}

export function valuesFromReport(report: StoredReportValues): ReportFormValues {
  return {
    ...report,
    idempotencyKey: newUuid(),
    events: report.events.map((event) => ({ ...event, id: newUuid() })),
    requiredItems: Object.fromEntries(report.requiredItems.map((item) => [item.code, { checked: true, note: item.note, noteTranslation: item.noteTranslation ?? "" }])),
  };
}

/** Events by day, then time, keeping the author's order for ties; rows without a day go last. */
export function sortEvents<E extends Pick<EventDraft, "day" | "time">>(events: readonly E[]): E[] {
  const key = (event: E) => `${event.day || "9999-99-99"}T${event.time || "00:00"}`;
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => key(a.event).localeCompare(key(b.event)) || a.index - b.index)
    .map(({ event }) => event);
}

/** The checked items in the vocabulary's order: the order, and so the indexes, the schema sees. */
export function checkedItemCodes(values: Pick<ReportFormValues, "requiredItems">, vocabulary: readonly string[]): string[] {
  return vocabulary.filter((code) => values.requiredItems[code]?.checked);
}

function eventInput(event: EventDraft) {
  return { kind: event.kind, day: event.day, time: event.time, note: event.note, language: event.language, noteTranslation: event.noteTranslation ?? "" };
}

export function toReportInput(values: ReportFormValues, vocabulary: readonly string[]): ReportInputDraft {
  const { events, requiredItems, lockoutCause, hadBackupCodes, contactChannel, outcome, ...rest } = values;
  return {
    ...rest,
    // Unchosen options stay "" and the schema says which are missing.
    lockoutCause: lockoutCause as ReportInputDraft["lockoutCause"],
    hadBackupCodes: hadBackupCodes as ReportInputDraft["hadBackupCodes"],
    contactChannel: contactChannel as ReportInputDraft["contactChannel"],
    outcome: outcome as ReportInputDraft["outcome"],
    events: events.map(eventInput) as ReportInputDraft["events"],
    requiredItems: checkedItemCodes(values, vocabulary).map((code) => ({ code, note: requiredItems[code]?.note ?? "", noteTranslation: requiredItems[code]?.noteTranslation ?? "" })),
  };
}

export function toUpdateInput(values: { events: EventDraft[]; outcome: string; idempotencyKey: string }): ReportUpdateInputDraft {
  return {
    events: values.events.map(eventInput) as ReportUpdateInputDraft["events"],
    outcome: values.outcome as ReportUpdateInputDraft["outcome"],
    idempotencyKey: values.idempotencyKey,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** Events complete enough to count, as the statistics read them (position = order on the page). */
export function toTimelineFacts(events: readonly Pick<EventDraft, "kind" | "day" | "time">[]): TimelineEventFact[] {
  return events.flatMap((event, position) => {
    if (event.kind === "" || !DAY.test(event.day)) return [];
    const timed = TIME.test(event.time);
    const occurredAt = new Date(`${event.day}T${timed ? event.time : "00:00"}:00.000Z`);
    if (Number.isNaN(occurredAt.getTime())) return [];
    return [{ kind: event.kind, occurredAt, precision: timed ? "MINUTE" : "DAY", position }];
  });
}

/** True when the form holds anything worth offering back as a draft. */
export function hasContent(values: ReportFormValues, initial: ReportFormValues): boolean {
  const { idempotencyKey: _a, ...current } = values;
  const { idempotencyKey: _b, ...start } = initial;
  return JSON.stringify(current) !== JSON.stringify(start);
}
