import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createScriptPrisma } from "../../scripts/db/script-prisma";

// Specs that need data the UI cannot make (a moderator, a held report, a due reminder) or must
// clean up after themselves write to the app's own database, whose URL tests/e2e/run.ts passes.

export function connectAppDatabase(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests with `npm run test:e2e`");
  return createScriptPrisma(url);
}

/** The ids of the users a spec signed in as, by their e-mail addresses. */
export async function userIdsOf(prisma: PrismaClient, emails: readonly string[]): Promise<string[]> {
  const users = await prisma.user.findMany({ where: { email: { in: [...emails] } }, select: { id: true } });
  return users.map((user) => user.id);
}
