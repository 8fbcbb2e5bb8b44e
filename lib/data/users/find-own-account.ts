import "server-only";
import { db } from "../../db";
import type { Actor, Role } from "../../domain/permissions";
import { NotSignedInError } from "../errors";

export type AccountDetails = { email: string | null; displayName: string | null; role: Role; createdAt: Date };

/** The signed-in user's own account, for the account page. */
export async function findOwnAccount({ actor }: { actor: Actor | null }): Promise<AccountDetails> {
  if (!actor) throw new NotSignedInError();
  const account = await db().user.findUnique({
    where: { id: actor.id },
    select: { email: true, displayName: true, role: true, createdAt: true },
  });
  if (!account) throw new NotSignedInError();
  return account;
}
