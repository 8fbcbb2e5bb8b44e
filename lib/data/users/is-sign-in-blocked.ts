import "server-only";
import { db } from "../../db";

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
