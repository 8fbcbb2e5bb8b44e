import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { ACCOUNT_EXPORT_FORMAT } from "../../validation/account-data";
import { NotSignedInError } from "../errors";

const byTime = [{ occurredAt: "asc" }, { position: "asc" }] as const;

// Everything the user wrote or did, as stored, selected column by column: what others did (their
// votes and flags on this user's reports, moderators' notes) and secrets (session tokens, sign-in
// tokens, the reminder unsubscribe token) stay out.
async function loadAccountData(userId: string) {
  const [profile, signInMethods, sessions, reports, votes, flags, cases] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, emailVerified: true, displayName: true, role: true, bannedAt: true, createdAt: true, updatedAt: true } }),
    db().account.findMany({ where: { userId }, select: { provider: true, type: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db().session.count({ where: { userId } }),
    db().report.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: "asc" },
      omit: { authorId: true, idempotencyKey: true },
      include: {
        exchange: { select: { slug: true } },
        events: { omit: { reportId: true }, orderBy: [...byTime] },
        requiredItems: { select: { note: true, noteTranslation: true, item: { select: { code: true } } } },
        updates: { where: { actorId: userId }, select: { kind: true, changes: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      },
    }),
    db().vote.findMany({ where: { userId }, select: { reportId: true, value: true, createdAt: true, updatedAt: true }, orderBy: { createdAt: "asc" } }),
    db().flag.findMany({ where: { reporterId: userId }, select: { reportId: true, reason: true, details: true, status: true, createdAt: true, resolvedAt: true }, orderBy: { createdAt: "asc" } }),
    db().recoveryCase.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: "asc" },
      omit: { ownerId: true, reminderToken: true },
      include: {
        exchange: { select: { slug: true } },
        events: { omit: { caseId: true }, orderBy: [...byTime] },
        reminders: { select: { dueAt: true, sentAt: true }, orderBy: { dueAt: "asc" } },
      },
    }),
  ]);
  return { profile, signInMethods, sessions, reports, votes, flags, cases };
}

export type AccountExport = { format: typeof ACCOUNT_EXPORT_FORMAT; exportedAt: string } & Awaited<ReturnType<typeof loadAccountData>>;

/** The signed-in user's own data, for the download on the account page (GET /api/account/export). */
export async function exportAccountData({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<AccountExport> {
  if (!actor) throw new NotSignedInError();
  const data = await loadAccountData(actor.id);
  if (!data.profile) throw new NotSignedInError();
  return { format: ACCOUNT_EXPORT_FORMAT, exportedAt: now.toISOString(), ...data };
}
