import { TIMELINE_EVENT_KINDS, type TimelineEventFact, type TimelineEventKind } from "@/lib/domain/stats/types";
import type { BackupCodesAnswer, LockoutCause } from "@/lib/validation/report-vocabulary";
import type { ReportInputDraft } from "@/lib/validation/report";
import type { TRANSLATED_TEXT_FIELDS } from "@/lib/validation/report-translation";

// The report form's values as its inputs hold them (Conform's form value: strings, lists of
// rows) and the few readings of them the page needs while the author types.

export type EventRow = { kind: string; day: string; time: string; note: string; language: string; noteTranslation: string };

/** The report as lib/data hands it to the edit page. */
export type StoredReportValues = {
  exchangeSlug: string;
  incidentMonth: string;
  lockoutCause: LockoutCause;
  hadBackupCodes: BackupCodesAnswer;
  replyLanguages: string[];
  events: (Omit<EventRow, "kind"> & { kind: TimelineEventKind })[];
  requiredItems: { code: string; note: string; noteTranslation?: string }[];
} & Record<"lockoutDetail" | "verificationLevel" | "contactChannel" | "contactPath" | "inquiryLanguage" | "textLanguage" | "outcome" | "summary" | "tips", string> &
  Record<"translationLanguage" | (typeof TRANSLATED_TEXT_FIELDS)[number], string>;

/** What a form value holds at a name: the text, or "" when nothing (or a list) is there. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A list as posted: one entry is a string, none is undefined. */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined ? [] : [value];
}

export function eventRows(value: unknown): EventRow[] {
  return listOf(value).map((row) => {
    const fields = recordOf(row);
    return { kind: textOf(fields.kind), day: textOf(fields.day), time: textOf(fields.time), note: textOf(fields.note), language: textOf(fields.language), noteTranslation: textOf(fields.noteTranslation) };
  });
}

/** The form's rows of required items, one per vocabulary entry; `code` is set when ticked. */
export function itemRows(value: unknown, vocabulary: readonly string[]): { code: string; ticked: boolean; note: string; noteTranslation: string; tickedIndex: number }[] {
  const rows = listOf(value);
  let ticked = 0;
  return vocabulary.map((code, index) => {
    const fields = recordOf(rows[index]);
    const isTicked = fields.code === code;
    return { code, ticked: isTicked, note: textOf(fields.note), noteTranslation: textOf(fields.noteTranslation), tickedIndex: isTicked ? ticked++ : -1 };
  });
}

/**
 * The form's starting values: the stored report when editing (its items at their places in the
 * vocabulary), otherwise an empty report in the author's language.
 */
export function formDefaults({
  stored,
  prefill,
  exchangeSlug,
  locale,
  idempotencyKey,
  vocabulary,
}: {
  stored?: StoredReportValues;
  /** A new report's starting values from elsewhere (a tracked case), over the empty report's. */
  prefill?: Partial<ReportInputDraft>;
  exchangeSlug: string;
  locale: string;
  idempotencyKey: string;
  vocabulary: readonly string[];
}) {
  if (!stored) return { inquiryLanguage: locale, textLanguage: locale, ...prefill, idempotencyKey, exchangeSlug } satisfies Partial<ReportInputDraft>;
  const items = new Map(stored.requiredItems.map((item) => [item.code, item]));
  return {
    ...stored,
    idempotencyKey,
    requiredItems: vocabulary.map((code) => {
      const item = items.get(code);
      return item ? { code, note: item.note, noteTranslation: item.noteTranslation ?? "" } : {};
    }),
  };
}

/** Events by day, then time, keeping the author's order for ties; rows without a day go last. */
export function sortEvents<E extends Pick<EventRow, "day" | "time">>(events: readonly E[]): E[] {
  const key = (event: E) => `${event.day || "9999-99-99"}T${event.time || "00:00"}`;
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => key(a.event).localeCompare(key(b.event)) || a.index - b.index)
    .map(({ event }) => event);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const KINDS: ReadonlySet<string> = new Set(TIMELINE_EVENT_KINDS);

/** Events complete enough to count, as the statistics read them (position = order on the page). */
export function toTimelineFacts(events: readonly Pick<EventRow, "kind" | "day" | "time">[]): TimelineEventFact[] {
  return events.flatMap((event, position) => {
    if (!KINDS.has(event.kind) || !DAY.test(event.day)) return [];
    const timed = TIME.test(event.time);
    const occurredAt = new Date(`${event.day}T${timed ? event.time : "00:00"}:00.000Z`);
    if (Number.isNaN(occurredAt.getTime())) return [];
    return [{ kind: event.kind as TimelineEventKind, occurredAt, precision: timed ? "MINUTE" : "DAY", position }];
  });
}
