import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import type { ReportFate } from "../../validation/account-data";
import { NotFoundError, NotSignedInError } from "../errors";
import { beginStatsChange } from "../guides/guide-aggregates";
import { bumpGuideVersion } from "../guides/guide-counters";
import { recountReportVotes } from "../votes/recount-report-votes";
import { DELETED_USER_ID, ensureDeletedUser } from "./deleted-user";

export type DeletedAccount = {
  /** Exchanges whose pages showed something of the account (its reports, or reports it voted on). */
  exchangeSlugs: string[];
  /** The account's reports: kept under the stand-in, or gone. */
  reportIds: string[];
};

type ReportRef = { id: string; status: string; deletedAt: Date | null; exchangeId: string; exchange: { slug: string } };
const reportRef = { id: true, status: true, deletedAt: true, exchangeId: true, exchange: { select: { slug: true } } } as const;

const isShown = (report: ReportRef) => report.status === "PUBLISHED" && report.deletedAt === null;

/**
 * Deletes the actor's own account in one transaction (docs/decisions/011-account-data.md): votes
 * go and the reports they were cast on are recounted; flags and private cases go; reports are
 * deleted or handed to the shared stand-in, as the user chose; log rows that must outlive the
 * account (moderation, official fact edits, report history) name the stand-in instead; then the
 * user row, with its sessions and sign-in accounts. Guides that change are marked stale.
 */
export async function deleteAccount({ actor, reports }: { actor: Actor | null; reports: ReportFate }): Promise<DeletedAccount> {
  if (!actor) throw new NotSignedInError();
  const userId = actor.id;
  return db().$transaction(async (tx) => {
    // Locks the row, so a second click waits and then finds nothing left to delete.
    const [user] = await tx.$queryRaw<{ email: string | null }[]>`SELECT "email" FROM "User" WHERE "id" = ${userId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!user || userId === DELETED_USER_ID) throw new NotFoundError(`user ${userId}`);

    const own: ReportRef[] = await tx.report.findMany({ where: { authorId: userId }, select: reportRef });
    const voted: ReportRef[] = (await tx.vote.findMany({ where: { userId }, select: { report: { select: reportRef } } })).map((vote) => vote.report);
    // Recounted votes weigh the reports' required items differently; deleted reports leave their guides.
    const stats = await beginStatsChange(tx, { reportIds: [...voted, ...own].map((report) => report.id) });
    await tx.vote.deleteMany({ where: { userId } });
    await recountReportVotes(tx, voted.map((report) => report.id));
    await tx.flag.deleteMany({ where: { reporterId: userId } });
    // Their events and reminders go with them (onDelete: Cascade).
    await tx.recoveryCase.deleteMany({ where: { ownerId: userId } });

    const standIn = await ensureDeletedUser(tx);
    if (reports === "delete") {
      await tx.report.deleteMany({ where: { authorId: userId } });
    } else {
      // The idempotency key is unique per author: two deleted authors' keys must not meet.
      await tx.report.updateMany({ where: { authorId: userId }, data: { authorId: standIn, idempotencyKey: null } });
    }
    await stats.finish();
    await tx.reportUpdate.updateMany({ where: { actorId: userId }, data: { actorId: standIn } });
    await tx.moderationAction.updateMany({ where: { moderatorId: userId }, data: { moderatorId: standIn } });
    await tx.moderationAction.updateMany({ where: { targetUserId: userId }, data: { targetUserId: standIn } });
    await tx.officialFactEdit.updateMany({ where: { editorId: userId }, data: { editorId: standIn } });
    if (user.email) {
      // Unused sign-in links, and the local mailbox's copies of them.
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      await tx.devMail.deleteMany({ where: { to: user.email } });
    }
    // Sessions and sign-in accounts go with the row (onDelete: Cascade).
    await tx.user.delete({ where: { id: userId } });

    const changed = [...voted.filter(isShown), ...(reports === "delete" ? own.filter(isShown) : [])];
    if (changed.length > 0) await bumpGuideVersion(tx, changed.map((report) => report.exchangeId));
    return {
      exchangeSlugs: [...new Set([...own, ...voted].map((report) => report.exchange.slug))],
      reportIds: own.map((report) => report.id),
    };
  });
}
