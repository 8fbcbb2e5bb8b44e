import "server-only";
import { db } from "../../db";
import { canRequestRepresentation, type Actor } from "../../domain/permissions";
import { isOfficialAddress } from "../../domain/representatives";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { representativeErrorKey, RepresentativeRequestSchema } from "../../validation/representatives";
import { ConflictError, ForbiddenError, InvalidInputError, NotSignedInError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { logRepresentativeAction, requireExchange } from "./representative-steps";

/**
 * A signed-in person asks to speak for an exchange. Their sign-in address must be on one of its
 * official domains: the sign-in link they followed proved they read that mailbox. An admin then
 * decides. Asking again after a revocation opens a new request; an approved person cannot ask.
 * Counted against "representative.request" in the same transaction.
 */
export async function requestRepresentation({ actor, slug, input }: { actor: Actor | null; slug: string; input: unknown }): Promise<{ representativeId: string }> {
  if (!actor) throw new NotSignedInError();
  if (!canRequestRepresentation(actor)) throw new ForbiddenError("representative.request");
  const exchange = await requireExchange(slug);
  const parsed = RepresentativeRequestSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(toFieldErrorKeys(parsed.error.issues));
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { email: true, emailVerified: true } });
  if (!user?.email || !user.emailVerified || !isOfficialAddress(user.email, exchange.officialDomains)) {
    throw new InvalidInputError({ roleTitle: { key: representativeErrorKey.notOfficialAddress } });
  }
  const fields = { roleTitle: parsed.data.roleTitle, email: user.email, status: "REQUESTED" as const, decidedById: null, decidedAt: null };
  return db().$transaction(async (tx) => {
    await consumeRateLimit({ actor, action: "representative.request" }, tx);
    const existing = await tx.exchangeRepresentative.findUnique({ where: { userId_exchangeId: { userId: actor.id, exchangeId: exchange.id } }, select: { status: true } });
    if (existing?.status === "APPROVED") throw new ConflictError("already a representative");
    const row = await tx.exchangeRepresentative.upsert({
      where: { userId_exchangeId: { userId: actor.id, exchangeId: exchange.id } },
      create: { userId: actor.id, exchangeId: exchange.id, ...fields },
      update: fields,
      select: { id: true },
    });
    await logRepresentativeAction(tx, { actorId: actor.id, kind: "REQUESTED", exchangeId: exchange.id, representativeId: row.id, details: { roleTitle: fields.roleTitle } });
    return { representativeId: row.id };
  });
}
