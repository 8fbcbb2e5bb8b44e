import "server-only";
import type { Prisma } from "../../generated/prisma/client";

/**
 * The one stand-in user that authors the kept reports of every deleted account, and stands in
 * for deleted users in the moderation log and the official facts' change log. One for all, so
 * two kept reports cannot be told to come from the same deleted person. It has no e-mail address
 * and no sign-in account, so nobody can sign in as it.
 */
export const DELETED_USER_ID = "deleted-user";

/** Creates the stand-in on first use; concurrent account deletions both find it afterwards. */
export async function ensureDeletedUser(tx: Prisma.TransactionClient): Promise<string> {
  await tx.$executeRaw`
    INSERT INTO "User" ("id", "role", "deletedAt", "createdAt", "updatedAt")
    VALUES (${DELETED_USER_ID}, 'USER', now(), now(), now())
    ON CONFLICT ("id") DO NOTHING`;
  return DELETED_USER_ID;
}
