import "server-only";
import { db } from "../../db";
import { followUpDue } from "../../domain/cases/case-standing";
import { isActive, type Actor } from "../../domain/permissions";
import type { Prisma } from "../../generated/prisma/client";
import { ForbiddenError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { findCaseGuideFigures } from "./case-guide-figures";
import { caseEventOrder, caseEventSelect, toTimelineFact } from "./case-events";
import { requireOwnCase } from "./require-own-case";

export type CaseWrite = { tx: Prisma.TransactionClient; caseId: string; actor: Actor };

/**
 * Every write to a case, written once: only its active owner may write, within the owner's
 * allowance of case changes ("case.update", counted in the transaction, so a write refused for
 * any other reason spends nothing); the write and the new follow-up date are one transaction, so
 * `followUpDueAt` (which the reminder job reads) is never behind the case it describes.
 */
export async function writeOwnCase<T>({ actor, caseId, now = new Date(), action }: { actor: Actor | null; caseId: unknown; now?: Date; action: string }, write: (step: CaseWrite) => Promise<T>): Promise<T> {
  const own = await requireOwnCase(actor, caseId);
  if (!isActive(own.actor)) throw new ForbiddenError(action);
  const { figures } = await findCaseGuideFigures(own.exchangeId, now);
  return db().$transaction(async (tx) => {
    // Concurrent writes to one case queue here, so the last one computes the date from all of them.
    await tx.$executeRaw`SELECT "id" FROM "RecoveryCase" WHERE "id" = ${own.caseId} FOR UPDATE`;
    await requireOwnCase(own.actor, own.caseId, tx);
    // The wall clock, not `now`: that one is the case's "today", which tests move.
    await consumeRateLimit({ actor: own.actor, action: "case.update" }, tx);
    const result = await write({ tx, caseId: own.caseId, actor: own.actor });
    const current = await tx.recoveryCase.findUniqueOrThrow({ where: { id: own.caseId }, select: { status: true, events: { select: caseEventSelect, orderBy: caseEventOrder } } });
    const due = followUpDue(current.events.map(toTimelineFact), current.status, figures, now);
    await tx.recoveryCase.update({ where: { id: own.caseId }, data: { followUpDueAt: due?.dueAt ?? null } });
    return result;
  });
}
