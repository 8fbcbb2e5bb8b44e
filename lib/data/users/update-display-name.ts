import "server-only";
import { db } from "../../db";
import { isActive, type Actor } from "../../domain/permissions";
import { DISPLAY_NAME_ERRORS, DisplayNameInputSchema, fieldErrorsOf, type DisplayNameError } from "../../validation/account";
import { ForbiddenError, NotSignedInError } from "../errors";

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
