import { canManageUser, canModerate, type Actor } from "../../domain/permissions";
import { ForbiddenError, NotSignedInError } from "../errors";

// Who may act as a moderator: the first step of every operation in lib/data/moderation.

export function requireModerator(actor: Actor | null, action: string): Actor {
  if (!actor) throw new NotSignedInError();
  if (!canModerate(actor)) throw new ForbiddenError(action);
  return actor;
}

export function requireUserManager(actor: Actor | null, targetUserId: string, action: string): Actor {
  if (!actor) throw new NotSignedInError();
  if (!canManageUser(actor, targetUserId)) throw new ForbiddenError(action);
  return actor;
}
