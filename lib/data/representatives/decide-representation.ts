import "server-only";
import { db } from "../../db";
import { canDecideRepresentation, type Actor } from "../../domain/permissions";
import { representativeTransitions, type RepresentativeDecision } from "../../domain/representatives";
import { isRecordId } from "../../validation/text";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError } from "../errors";
import { bumpGuideVersion } from "../guides/guide-counters";
import { logRepresentativeAction } from "./representative-steps";

/**
 * An admin approves a request or revokes a representative. A conditional update, so two admins
 * deciding at once get one success and one ConflictError. Revoking changes what the guide shows
 * (the person's responses stop being shown as the exchange's), so its version moves.
 */
export async function decideRepresentation({ actor, representativeId, decision }: { actor: Actor | null; representativeId: string; decision: RepresentativeDecision }): Promise<void> {
  if (!actor) throw new NotSignedInError();
  if (!canDecideRepresentation(actor)) throw new ForbiddenError(`representative.${decision}`);
  if (!isRecordId(representativeId)) throw new NotFoundError("representative (malformed id)");
  const rule = representativeTransitions[decision];
  await db().$transaction(async (tx) => {
    const { count } = await tx.exchangeRepresentative.updateMany({
      where: { id: representativeId, status: { in: [...rule.from] } },
      data: { status: rule.to, decidedById: actor.id, decidedAt: new Date() },
    });
    const row = await tx.exchangeRepresentative.findUnique({ where: { id: representativeId }, select: { exchangeId: true } });
    if (!row) throw new NotFoundError(`representative ${representativeId}`);
    if (count !== 1) throw new ConflictError(`representative ${representativeId} is no longer ${rule.from.join(" or ")}`);
    await logRepresentativeAction(tx, { actorId: actor.id, kind: decision === "approve" ? "APPROVED" : "REVOKED", exchangeId: row.exchangeId, representativeId });
    await bumpGuideVersion(tx, row.exchangeId);
  });
}
