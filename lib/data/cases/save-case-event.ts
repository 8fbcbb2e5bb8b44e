import "server-only";
import { findOrderProblems } from "../../domain/report-timeline";
import type { Actor } from "../../domain/permissions";
import { CaseEventInputSchema } from "../../validation/case";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { errorKey, LIMITS } from "../../validation/report-vocabulary";
import { isRecordId } from "../../validation/text";
import { InvalidInputError, NotFoundError } from "../errors";
import { caseEventOrder, enteredDay } from "./case-events";
import { writeOwnCase } from "./write-own-case";

/**
 * Logs an event on the owner's case, or changes one (`eventId`), with the report timeline's rules:
 * nothing but the first contact before the first contact, and no more events than a report holds,
 * so the case can always become a report.
 */
export async function saveCaseEvent({ actor, caseId, eventId, input, now }: { actor: Actor | null; caseId: unknown; eventId?: unknown; input: unknown; now?: Date }): Promise<{ id: string }> {
  return writeOwnCase({ actor, caseId, now, action: "case.event" }, async ({ tx, caseId: id }) => {
    if (eventId !== undefined && !isRecordId(eventId)) throw new NotFoundError("case event (malformed id)");
    const parsed = CaseEventInputSchema.safeParse(input);
    if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
    const event = parsed.data;
    const others = (await tx.caseEvent.findMany({ where: { caseId: id }, select: { id: true, kind: true, occurredAt: true, precision: true, position: true }, orderBy: caseEventOrder })).filter(
      (row) => row.id !== eventId,
    );
    if (eventId !== undefined && others.length === (await tx.caseEvent.count({ where: { caseId: id } }))) throw new NotFoundError(`case event ${String(eventId)}`);
    if (eventId === undefined && others.length >= LIMITS.events) throw new InvalidInputError({ kind: { key: errorKey.tooManyEvents, values: { max: LIMITS.events } } });
    const entered = [...others.map((row) => ({ kind: row.kind, ...enteredDay(row) })), { kind: event.kind, day: event.day, time: event.time }];
    // Any event out of order after this write refuses it: the new one, or those an earlier contact date left behind.
    const [problem] = findOrderProblems(entered);
    if (problem) throw new InvalidInputError({ [problem.field]: { key: problem.problem === "before" ? errorKey.eventBeforeContact : errorKey.eventBeforeContactTime } });
    const data = {
      kind: event.kind,
      occurredAt: new Date(`${event.day}T${event.time ?? "00:00"}:00.000Z`),
      precision: event.time ? ("MINUTE" as const) : ("DAY" as const),
      note: event.note ?? null,
      language: event.language ?? null,
    };
    if (eventId !== undefined) return tx.caseEvent.update({ where: { id: eventId as string }, data, select: { id: true } });
    const last = others.reduce((max, row) => Math.max(max, row.position), -1);
    return tx.caseEvent.create({ data: { ...data, caseId: id, position: last + 1 }, select: { id: true } });
  });
}
