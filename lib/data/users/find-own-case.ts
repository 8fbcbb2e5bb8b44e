import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import { exchangeNameSelect } from "../exchanges/exchange-select";
import { NotFoundError, NotSignedInError } from "../errors";

/**
 * One of the actor's own cases, for the page that asks before deleting it. Anyone else's case
 * is NotFoundError, exactly like a case that does not exist: a case is private, even its existence.
 */
export async function findOwnCase({ actor, caseId }: { actor: Actor | null; caseId: string }) {
  if (!actor) throw new NotSignedInError();
  const found = isRecordId(caseId)
    ? await db().recoveryCase.findFirst({
        where: { id: caseId, ownerId: actor.id },
        select: { id: true, status: true, createdAt: true, _count: { select: { events: true } }, exchange: { select: exchangeNameSelect } },
      })
    : null;
  if (!found) throw new NotFoundError(`case ${caseId}`);
  return found;
}
