import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { NotSignedInError } from "../errors";
import { exchangeNameSelect } from "../exchanges/exchange-select";

/** The actor's own private cases, newest first, for the account page. */
export async function listOwnCases({ actor }: { actor: Actor | null }) {
  if (!actor) throw new NotSignedInError();
  return db().recoveryCase.findMany({
    where: { ownerId: actor.id },
    select: { id: true, status: true, createdAt: true, exchange: { select: exchangeNameSelect } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export type OwnCase = Awaited<ReturnType<typeof listOwnCases>>[number];
