// A report's history as readers see it (who acted is always the author), read from the JSON
// `changes` that lib/data/reports writes with every update.

export type ReportHistoryKind = "CREATED" | "EDITED" | "EVENTS_ADDED" | "CLOSED";

export type ReportHistoryEntry = {
  kind: ReportHistoryKind;
  createdAt: Date;
  fields: string[];
  eventsAdded: number;
  outcome: { from: string; to: string } | null;
};

export function toHistoryEntry({ kind, createdAt, changes }: { kind: ReportHistoryKind; createdAt: Date; changes: unknown }): ReportHistoryEntry {
  // Written by lib/data/reports; read defensively all the same.
  const record: Record<string, unknown> = typeof changes === "object" && changes !== null && !Array.isArray(changes) ? (changes as Record<string, unknown>) : {};
  const fields = Array.isArray(record.fields) ? record.fields.filter((field): field is string => typeof field === "string") : [];
  const eventsAdded = typeof record.eventsAdded === "number" ? record.eventsAdded : 0;
  const [from, to]: unknown[] = Array.isArray(record.outcome) ? record.outcome : [];
  return { kind, createdAt, fields, eventsAdded, outcome: typeof from === "string" && typeof to === "string" ? { from, to } : null };
}
