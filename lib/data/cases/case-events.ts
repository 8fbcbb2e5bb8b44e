import "server-only";
import type { TimelineEventFact } from "../../domain/stats/types";
import type { Prisma } from "../../generated/prisma/client";

// How a case's events are read from the database, for the page and for its follow-up date alike.

export const caseEventSelect = { id: true, kind: true, occurredAt: true, precision: true, language: true, note: true, position: true } satisfies Prisma.CaseEventSelect;
export const caseEventOrder = [{ occurredAt: "asc" }, { position: "asc" }, { createdAt: "asc" }] satisfies Prisma.CaseEventOrderByWithRelationInput[];

type CaseEventRow = Prisma.CaseEventGetPayload<{ select: typeof caseEventSelect }>;

export function toTimelineFact(row: CaseEventRow): TimelineEventFact {
  return { kind: row.kind, occurredAt: row.occurredAt, precision: row.precision, language: row.language, position: row.position };
}

/** A case event as the form enters it: the day, and the time when known ("YYYY-MM-DD", "HH:MM"). */
export function enteredDay(row: Pick<CaseEventRow, "occurredAt" | "precision">): { day: string; time?: string } {
  const iso = row.occurredAt.toISOString();
  return row.precision === "MINUTE" ? { day: iso.slice(0, 10), time: iso.slice(11, 16) } : { day: iso.slice(0, 10) };
}
