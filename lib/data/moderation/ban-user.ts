import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import type { Prisma } from "../../generated/prisma/client";
import { ConflictError, NotFoundError } from "../errors";
import { logAction } from "./moderation-log-steps";
import { requireUserManager } from "./require-moderator";

// Admins ban and unban users.

type Tx = Prisma.TransactionClient;

async function userExists(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.user.findUnique({ where: { id: userId }, select: { id: true } })) !== null;
}

/** Bans a user and deletes their sessions, so that they are signed out on their next request. */
export async function banUser({ actor, userId, reason = null }: { actor: Actor | null; userId: string; reason?: string | null }): Promise<void> {
  const admin = requireUserManager(actor, userId, "user.ban");
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, bannedAt: null }, data: { bannedAt: new Date() } });
    if (count === 0) throw (await userExists(tx, userId)) ? new ConflictError(`user ${userId} is already banned`) : new NotFoundError(`user ${userId}`);
    await tx.session.deleteMany({ where: { userId } });
    await logAction(tx, admin, "BAN_USER", { targetUserId: userId, reason });
  });
}

export async function unbanUser({ actor, userId, reason = null }: { actor: Actor | null; userId: string; reason?: string | null }): Promise<void> {
  const admin = requireUserManager(actor, userId, "user.unban");
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, bannedAt: { not: null } }, data: { bannedAt: null } });
    if (count === 0) throw (await userExists(tx, userId)) ? new ConflictError(`user ${userId} is not banned`) : new NotFoundError(`user ${userId}`);
    await logAction(tx, admin, "UNBAN_USER", { targetUserId: userId, reason });
  });
}
