import { dayOf } from "../../domain/floating-time";
import type { EditableRow } from "./editable-report";
import type { PreparedReport } from "./prepare-report";

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const eventKey = (event: { kind: string; occurredAt: Date; precision: string; language: string | null; note: string | null; noteTranslation: string | null }) => ({
  kind: event.kind,
  at: event.occurredAt.toISOString(),
  precision: event.precision,
  language: event.language,
  note: event.note,
  noteTranslation: event.noteTranslation,
});
const itemKey = (item: { code: string; note: string | null; noteTranslation: string | null }) => ({ code: item.code, note: item.note, noteTranslation: item.noteTranslation });
// The history names one "translation" for every translated text and its language.
const historyFieldName = (field: string) => (field === "translationLanguage" || field.endsWith("Translation") ? "translation" : field);

/** The names of the fields an edit changes, in form order. */
export function changedFields(current: EditableRow, next: PreparedReport): string[] {
  const fields: string[] = [];
  if (current.exchange.slug !== next.exchange.slug) fields.push("exchange");
  for (const [field, value] of Object.entries(next.scalars) as [keyof PreparedReport["scalars"], unknown][]) {
    const name = historyFieldName(field);
    if (!sameJson(current[field], value) && !fields.includes(name)) fields.push(name);
  }
  const sortItems = (items: { code: string; note: string | null; noteTranslation: string | null }[]) => [...items].sort((a, b) => a.code.localeCompare(b.code));
  // Stored events in the order the form shows them: by day, then the author's order.
  const currentEvents = [...current.events].sort((a, b) => dayOf(a.occurredAt).localeCompare(dayOf(b.occurredAt)) || a.position - b.position);
  if (!sameJson(currentEvents.map(eventKey), next.events.map(eventKey))) fields.push("events");
  if (!sameJson(sortItems(current.requiredItems.map((row) => itemKey({ code: row.item.code, note: row.note, noteTranslation: row.noteTranslation }))), sortItems(next.items.map(itemKey)))) {
    fields.push("requiredItems");
  }
  return fields;
}
