import "server-only";
import { db } from "../../db";
import { caseStanding, type CaseStanding } from "../../domain/cases/case-standing";
import type { Actor } from "../../domain/permissions";
import { findCaseGuideFigures } from "./case-guide-figures";
import { caseEventOrder, caseEventSelect, enteredDay, toTimelineFact } from "./case-events";
import { requireOwnCase } from "./require-own-case";

export type OwnCaseEvent = { id: string; kind: string; day: string; time?: string; note: string | null; language: string | null };

/** The owner's case with its events and where it stands against its guide; anyone else: NotFoundError. */
export async function findOwnCase({ actor, caseId, now = new Date() }: { actor: Actor | null; caseId: unknown; now?: Date }) {
  const own = await requireOwnCase(actor, caseId);
  const row = await db().recoveryCase.findUniqueOrThrow({
    where: { id: own.caseId },
    select: {
      id: true,
      status: true,
      createdAt: true,
      closedAt: true,
      lockoutCause: true,
      contactChannel: true,
      inquiryLanguage: true,
      ticketReference: true,
      notes: true,
      remindersEnabled: true,
      followUpDueAt: true,
      publishedReportId: true,
      exchange: { select: { slug: true, nameEn: true, nameJa: true } },
      events: { select: caseEventSelect, orderBy: caseEventOrder },
    },
  });
  const { figures, n } = await findCaseGuideFigures(own.exchangeId, now);
  const standing: CaseStanding = caseStanding({ events: row.events.map(toTimelineFact), status: row.status, figures, now });
  const events: OwnCaseEvent[] = row.events.map((event) => ({ id: event.id, kind: event.kind, ...enteredDay(event), note: event.note, language: event.language }));
  return { ...row, events, standing, guideReports: n };
}

export type OwnCase = Awaited<ReturnType<typeof findOwnCase>>;
