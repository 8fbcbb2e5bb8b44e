import "server-only";
import { cache } from "react";
import type { Actor } from "../domain/permissions";
import { auth } from "./config";
import { lookUpSession } from "./session-lookup";

export type SessionUser = Actor & { displayName: string | null };

/**
 * The signed-in user for this request, or null. Banned users have no session: their sessions
 * are deleted when they are banned, and this check covers a race with that. Throws
 * ServiceUnavailableError when the session could not be read (the database is down): that reader
 * may well be signed in, and must hear "try again", not "sign in".
 */
export const getActor = cache(async (): Promise<SessionUser | null> => {
  const session = await lookUpSession(() => auth());
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.role || !user.createdAt || user.bannedAt) return null;
  return { id: user.id, role: user.role, bannedAt: null, createdAt: new Date(user.createdAt), displayName: user.displayName ?? null };
});
