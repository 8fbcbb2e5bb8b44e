import { occurredAtOf } from "../../domain/floating-time";
import type { TimelineEventInput } from "../../validation/report-fields";
import type { Screens } from "./screen-text";

export type EventRow = {
  kind: TimelineEventInput["kind"];
  occurredAt: Date;
  precision: "DAY" | "MINUTE";
  language: string | null;
  note: string | null;
  noteTranslation: string | null;
  position: number;
};

/** Events ordered by day, keeping the author's order within a day, numbered in that order; their texts screened. */
export function toEventRows(events: readonly TimelineEventInput[], { screen, screenTranslation }: Screens, firstPosition = 0): EventRow[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.day.localeCompare(b.event.day) || a.index - b.index)
    .map(({ event }, index) => ({
      kind: event.kind,
      occurredAt: occurredAtOf(event),
      precision: event.time ? "MINUTE" : "DAY",
      language: event.language ?? null,
      note: screen(event.note),
      noteTranslation: screenTranslation(event.noteTranslation),
      position: firstPosition + index,
    }));
}
