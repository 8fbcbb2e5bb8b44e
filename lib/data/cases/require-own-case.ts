import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import type { Prisma } from "../../generated/prisma/client";
import { isRecordId } from "../../validation/text";
import { NotFoundError, NotSignedInError } from "../errors";

type Client = ReturnType<typeof db> | Prisma.TransactionClient;

/**
 * The actor and their own case, or the error that says why not: the first step of every read and
 * write of a case. Anyone but the owner, moderators and admins included, is told the case does
 * not exist, so nobody learns whether an id is a case.
 */
export async function requireOwnCase(actor: Actor | null, caseId: unknown, client: Client = db()): Promise<{ actor: Actor; caseId: string; exchangeId: string }> {
  if (!actor) throw new NotSignedInError();
  if (!isRecordId(caseId)) throw new NotFoundError("case (malformed id)");
  const found = await client.recoveryCase.findUnique({ where: { id: caseId }, select: { ownerId: true, exchangeId: true } });
  if (!found || found.ownerId !== actor.id) throw new NotFoundError(`case ${caseId}`);
  return { actor, caseId, exchangeId: found.exchangeId };
}
