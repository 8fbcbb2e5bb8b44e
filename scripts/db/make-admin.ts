import { randomInt } from "node:crypto";
import { createPseudonym } from "../../lib/domain/pseudonym";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { EmailSchema } from "../../lib/validation/account";
import enAuth from "../../messages/en/auth.json";

export type MakeAdminResult = {
  outcome: "created" | "promoted" | "already-admin";
  user: { id: string; email: string; displayName: string | null; bannedAt: Date | null };
};

/**
 * Gives the account with this e-mail address the ADMIN role, creating it when it does not exist
 * yet (unverified: the first sign-in link verifies it). The address is normalised as sign-in
 * does, so the account is the one that signing in with it reaches.
 */
export async function makeAdmin(prisma: PrismaClient, { email }: { email: string }): Promise<MakeAdminResult> {
  const parsed = EmailSchema.safeParse(email);
  if (!parsed.success) throw new Error(`Not an e-mail address: ${JSON.stringify(email)}`);
  const address = parsed.data;
  const select = { id: true, email: true, displayName: true, bannedAt: true, role: true } as const;

  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: address }, select });
    if (!existing) {
      const created = await tx.user.create({
        data: { email: address, emailVerified: null, role: "ADMIN", displayName: createPseudonym(enAuth.auth.pseudonymPrefix, randomInt) },
        select,
      });
      return { outcome: "created", user: { ...created, email: address } };
    }
    if (existing.role === "ADMIN") return { outcome: "already-admin", user: { ...existing, email: address } };
    const promoted = await tx.user.update({ where: { id: existing.id }, data: { role: "ADMIN" }, select });
    return { outcome: "promoted", user: { ...promoted, email: address } };
  });
}
