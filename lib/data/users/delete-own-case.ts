import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import { NotFoundError, NotSignedInError } from "../errors";

/**
 * Deletes one of the actor's own private cases, with its events and reminders (onDelete:
 * Cascade). A case is nobody else's business, so no guide changes. Anyone else's case, or one
 * already deleted, is NotFoundError.
 */
export async function deleteOwnCase({ actor, caseId }: { actor: Actor | null; caseId: string }): Promise<void> {
  if (!actor) throw new NotSignedInError();
  const { count } = isRecordId(caseId) ? await db().recoveryCase.deleteMany({ where: { id: caseId, ownerId: actor.id } }) : { count: 0 };
  if (count === 0) throw new NotFoundError(`case ${caseId}`);
}
