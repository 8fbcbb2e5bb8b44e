import "server-only";
import { db } from "../../db";
import { canSpeakForExchange, type Actor } from "../../domain/permissions";
import { isOfficialAddress } from "../../domain/representatives";
import { ForbiddenError, NotSignedInError } from "../errors";
import type { RepresentedExchange } from "./representative-steps";

export type ActingRepresentative = { id: string; userId: string; roleTitle: string; actor: Actor };

/**
 * The actor's approved standing for this exchange, or ForbiddenError. The address is checked
 * again at every action: approval was for a mailbox on the exchange's domains, and an exchange
 * whose domains changed since no longer vouches for it.
 */
export async function requireRepresentative({ actor, exchange, action }: { actor: Actor | null; exchange: RepresentedExchange; action: string }): Promise<ActingRepresentative> {
  if (!actor) throw new NotSignedInError();
  const row = await db().exchangeRepresentative.findUnique({
    where: { userId_exchangeId: { userId: actor.id, exchangeId: exchange.id } },
    select: { id: true, userId: true, exchangeId: true, status: true, roleTitle: true, user: { select: { email: true } } },
  });
  if (!row || !canSpeakForExchange(actor, row, exchange.id) || !isOfficialAddress(row.user.email, exchange.officialDomains)) throw new ForbiddenError(action);
  return { id: row.id, userId: actor.id, roleTitle: row.roleTitle, actor };
}
