import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import type { ContactChannel, Outcome, TimelineEventKind } from "../../domain/stats/types";
import type { LockoutCause } from "../../validation/report-vocabulary";
import { caseEventOrder, enteredDay } from "./case-events";
import { requireOwnCase } from "./require-own-case";

const OUTCOME_OF_STATUS = { OPEN: "STILL_WAITING", RESOLVED: "RESOLVED", REJECTED: "REJECTED", GAVE_UP: "GAVE_UP" } as const satisfies Record<string, Outcome>;

export type CaseReportPrefill = {
  caseId: string;
  exchangeSlug: string;
  incidentMonth: string;
  lockoutCause?: LockoutCause;
  contactChannel?: ContactChannel;
  inquiryLanguage?: string;
  outcome: Outcome;
  events: { kind: TimelineEventKind; day: string; time: string; note: string; language: string; noteTranslation: string }[];
};

/**
 * What the owner's case gives the report form to start from. Deliberately not the ticket
 * reference nor the private notes: a report is public, and those never leave the case. Event
 * notes are the owner's words about each step, as a report's are; the form's personal-data and
 * scam checks read them before anything is published. null when the case was already published.
 */
export async function findCaseReportPrefill({ actor, caseId }: { actor: Actor | null; caseId: unknown }): Promise<CaseReportPrefill | null> {
  const own = await requireOwnCase(actor, caseId);
  const row = await db().recoveryCase.findUniqueOrThrow({
    where: { id: own.caseId },
    select: {
      status: true,
      createdAt: true,
      lockoutCause: true,
      contactChannel: true,
      inquiryLanguage: true,
      publishedReportId: true,
      exchange: { select: { slug: true } },
      events: { select: { kind: true, occurredAt: true, precision: true, note: true, language: true }, orderBy: caseEventOrder },
    },
  });
  if (row.publishedReportId !== null) return null;
  const firstDay = row.events[0]?.occurredAt ?? row.createdAt;
  return {
    caseId: own.caseId,
    exchangeSlug: row.exchange.slug,
    incidentMonth: firstDay.toISOString().slice(0, 7),
    // Absent rather than undefined, so the form's own defaults (the page's language) stay.
    ...(row.lockoutCause ? { lockoutCause: row.lockoutCause } : {}),
    ...(row.contactChannel ? { contactChannel: row.contactChannel } : {}),
    ...(row.inquiryLanguage ? { inquiryLanguage: row.inquiryLanguage } : {}),
    outcome: OUTCOME_OF_STATUS[row.status],
    events: row.events.map((event) => ({ kind: event.kind, time: "", ...enteredDay(event), note: event.note ?? "", language: event.language ?? "", noteTranslation: "" })),
  };
}
