import "server-only";
import { db } from "../db";
import { isActive, type Actor, type Role } from "../domain/permissions";
import { DISPLAY_NAME_ERRORS, DisplayNameInputSchema, fieldErrorsOf, type DisplayNameError } from "../validation/account";
import { ForbiddenError, NotSignedInError } from "./errors";

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

export type UpdateDisplayNameResult =
  | { ok: true; displayName: string }
  | { ok: false; fieldErrors: { displayName?: DisplayNameError } };

/**
 * Changes a public name. Only the account's owner may, and only while not banned; the input is
 * parsed here with the same schema the form uses.
 */
export async function updateDisplayName({
  actor,
  userId = actor?.id,
  displayName,
}: {
  actor: Actor | null;
  userId?: string;
  displayName: unknown;
}): Promise<UpdateDisplayNameResult> {
  if (!actor) throw new NotSignedInError();
  if (!isActive(actor) || userId !== actor.id) throw new ForbiddenError("change a display name");
  const parsed = DisplayNameInputSchema.safeParse({ displayName });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, DISPLAY_NAME_ERRORS) };
  // The session may be older than a ban: the row itself decides.
  const { count } = await db().user.updateMany({
    where: { id: actor.id, bannedAt: null },
    data: { displayName: parsed.data.displayName },
  });
  if (count === 0) throw new ForbiddenError("change a display name");
  return { ok: true, displayName: parsed.data.displayName };
}

/**
 * Ends every session of a user at once (database sessions, so the cookies stop working on the
 * next request). A step inside operations that have already checked who may do it: a ban, or a
 * user signing out everywhere.
 */
export async function endSessionsOf(userId: string): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId } });
  return count;
}

/**
 * Whether a sign-in must be refused because it leads to a banned user: by the e-mail address,
 * or by an already linked provider account (an OAuth profile's e-mail can differ or be absent).
 */
export async function isSignInBlocked({
  email,
  provider,
  providerAccountId,
}: {
  email: string | null | undefined;
  provider: string;
  providerAccountId: string;
}): Promise<boolean> {
  const banned = await db().user.findFirst({
    where: {
      bannedAt: { not: null },
      OR: [
        ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : []),
        { accounts: { some: { provider, providerAccountId } } },
      ],
    },
    select: { id: true },
  });
  return banned !== null;
}
