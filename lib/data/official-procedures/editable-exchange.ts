import "server-only";
import { db } from "../../db";
import { canEditOfficialProcedure, type Actor } from "../../domain/permissions";
import { isExchangeSlug } from "../../validation/text";
import { ForbiddenError, NotFoundError, NotSignedInError } from "../errors";

export type EditableExchange = { id: string; officialDomains: string[] };

/** The exchange whose official procedure `actor` is about to change: only moderators and admins may. */
export async function requireEditableExchange({ actor, slug, action }: { actor: Actor | null; slug: string; action: string }): Promise<Actor & { exchange: EditableExchange }> {
  if (!actor) throw new NotSignedInError();
  if (!canEditOfficialProcedure(actor)) throw new ForbiddenError(action);
  const exchange = isExchangeSlug(slug) ? await db().exchange.findUnique({ where: { slug }, select: { id: true, officialDomains: true } }) : null;
  if (!exchange) throw new NotFoundError(`exchange ${slug}`);
  return { ...actor, exchange };
}
