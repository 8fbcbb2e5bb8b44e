import "server-only";
import { db } from "../db";

// The local mailbox: where sign-in e-mails go when no SMTP server is configured (a newcomer's
// first run, the end-to-end tests). Read only by the dev mailbox page, which exists only then.

export type DevMailSummary = { id: string; to: string; subject: string; text: string; url: string | null; createdAt: Date };

export async function storeDevMail({ to, subject, text, url }: { to: string; subject: string; text: string; url: string | null }): Promise<{ id: string }> {
  return db().devMail.create({ data: { to, subject, text, url }, select: { id: true } });
}

export async function listDevMails({ limit = 30 }: { limit?: number } = {}): Promise<DevMailSummary[]> {
  return db().devMail.findMany({
    select: { id: true, to: true, subject: true, text: true, url: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 100),
  });
}
