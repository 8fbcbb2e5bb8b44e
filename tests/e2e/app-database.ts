import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
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

/**
 * A report row as specs write it past the form: an English e-mail inquiry, contacted on the second
 * day of its incident month (`month`, "2026-02"), resolved; `fields` override any column.
 */
export function specReportData(exchangeId: string, authorId: string, month: string, fields: Partial<Prisma.ReportUncheckedCreateInput> = {}): Prisma.ReportUncheckedCreateInput {
  return {
    exchangeId,
    authorId,
    incidentMonth: new Date(`${month}-01T00:00:00Z`),
    lockoutCause: "DEVICE_RESET",
    contactChannel: "EMAIL",
    contactPath: "Help centre → Contact us",
    inquiryLanguage: "en",
    replyLanguages: ["en"],
    textLanguage: "en",
    outcome: "RESOLVED",
    events: { create: [{ kind: "CONTACTED", occurredAt: new Date(`${month}-02T00:00:00Z`) }] },
    ...fields,
  };
}
