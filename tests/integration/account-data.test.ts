import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NotFoundError, NotSignedInError } from "@/lib/data/errors";
import { readCounter } from "@/lib/data/guides/guide-counters";
import { findPublishedReport } from "@/lib/data/reports/find-report";
import { deleteAccount } from "@/lib/data/users/delete-account";
import { deleteOwnCase } from "@/lib/data/users/delete-own-case";
import { DELETED_USER_ID } from "@/lib/data/users/deleted-user";
import { exportAccountData } from "@/lib/data/users/export-account-data";
import { findOwnCase } from "@/lib/data/users/find-own-case";
import { listOwnCases } from "@/lib/data/users/list-own-cases";
import { listOwnReports } from "@/lib/data/users/list-own-reports";
import { castVote } from "@/lib/data/votes/cast-vote";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import { wilsonLowerBound } from "@/lib/domain/stats/wilson";
import { ACCOUNT_EXPORT_FORMAT } from "@/lib/validation/account-data";
import { createExchange, createReport, createRequiredItem, createUser } from "../factories";

type UserRow = Awaited<ReturnType<typeof createUser>>;
const actorOf = (user: UserRow): Actor => ({ id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt });

async function createCase(ownerId: string, exchangeId: string) {
  return db().recoveryCase.create({
    data: {
      ownerId,
      exchangeId,
      ticketReference: `TICKET-${randomUUID().slice(0, 6)}`,
      notes: "Private note",
      events: { create: [{ kind: "CONTACTED", occurredAt: new Date("2026-02-01T00:00:00Z"), note: "Wrote to support" }] },
      reminders: { create: [{ dueAt: new Date("2026-02-08T00:00:00Z"), sentAt: new Date("2026-02-08T01:00:00Z") }] },
    },
  });
}

/**
 * Two people who touched each other's reports: each wrote a report, a case, voted on and flagged
 * the other's report, and signed in twice. Everything of `other` must survive `user`'s deletion.
 */
async function twoUsers() {
  const exchange = await createExchange(db());
  const item = await createRequiredItem(db());
  const [user, other] = await Promise.all([
    createUser(db(), { email: `user-${randomUUID()}@example.com` }),
    createUser(db(), { email: `other-${randomUUID()}@example.com` }),
  ]);
  const userReport = await createReport(db(), { exchangeId: exchange.id, authorId: user.id }, { summary: "Mine", itemIds: [item.id], idempotencyKey: "same-key" });
  const otherReport = await createReport(db(), { exchangeId: exchange.id, authorId: other.id }, { summary: "Theirs", idempotencyKey: "same-key" });
  await castVote({ actor: actorOf(user), input: { reportId: otherReport.id, value: "HELPFUL" } });
  await castVote({ actor: actorOf(other), input: { reportId: userReport.id, value: "HELPFUL" } });
  await db().flag.create({ data: { reporterId: user.id, reportId: otherReport.id, reason: "INACCURATE", details: "User's flag" } });
  await db().flag.create({ data: { reporterId: other.id, reportId: userReport.id, reason: "SPAM", details: "Other's flag" } });
  const [userCase, otherCase] = await Promise.all([createCase(user.id, exchange.id), createCase(other.id, exchange.id)]);
  for (const owner of [user, user, other]) {
    await db().session.create({ data: { sessionToken: `secret-${randomUUID()}`, userId: owner.id, expires: new Date(Date.now() + 86_400_000) } });
  }
  await db().account.create({ data: { userId: user.id, type: "email", provider: "nodemailer", providerAccountId: user.email ?? "" } });
  return { exchange, user, other, userReport, otherReport, userCase, otherCase };
}

async function expectOtherUntouched({ other, otherReport, otherCase }: Awaited<ReturnType<typeof twoUsers>>) {
  expect(await db().user.findUnique({ where: { id: other.id } })).not.toBeNull();
  expect(await db().report.findUniqueOrThrow({ where: { id: otherReport.id } })).toMatchObject({ authorId: other.id, deletedAt: null });
  expect(await db().recoveryCase.count({ where: { id: otherCase.id } })).toBe(1);
  expect(await db().session.count({ where: { userId: other.id } })).toBe(1);
}

describe("exportAccountData", () => {
  it("holds the user's own data, as stored, and nothing of anybody else", async () => {
    const setup = await twoUsers();
    const { user, other, userReport, otherReport, userCase, otherCase } = setup;
    const data = await exportAccountData({ actor: actorOf(user) });
    expect(data.format).toBe(ACCOUNT_EXPORT_FORMAT);
    expect(data.profile).toMatchObject({ id: user.id, email: user.email, displayName: user.displayName });
    expect(data.sessions).toBe(2);
    expect(data.signInMethods).toEqual([expect.objectContaining({ provider: "nodemailer" })]);
    expect(data.reports.map((report) => report.id)).toEqual([userReport.id]);
    expect(data.reports[0]).toMatchObject({ summary: "Mine", exchange: { slug: setup.exchange.slug } });
    expect(data.reports[0]?.events.map((event) => event.kind)).toEqual(["CONTACTED", "RESOLVED"]);
    expect(data.reports[0]?.requiredItems).toHaveLength(1);
    expect(data.votes).toEqual([expect.objectContaining({ reportId: otherReport.id, value: "HELPFUL" })]);
    expect(data.flags).toEqual([expect.objectContaining({ reportId: otherReport.id, details: "User's flag" })]);
    expect(data.cases.map((recoveryCase) => recoveryCase.id)).toEqual([userCase.id]);
    expect(data.cases[0]).toMatchObject({ ticketReference: userCase.ticketReference, events: [expect.objectContaining({ note: "Wrote to support" })] });
    expect(data.cases[0]?.reminders).toHaveLength(1);

    const text = JSON.stringify(data);
    for (const foreign of [other.id, other.email ?? "", other.displayName ?? "", "Other's flag", "Theirs", otherCase.id, otherCase.ticketReference ?? "", "secret-", userCase.reminderToken]) {
      expect(text).not.toContain(foreign);
    }
  });

  it("refuses anonymous visitors", async () => {
    await expect(exportAccountData({ actor: null })).rejects.toBeInstanceOf(NotSignedInError);
  });
});

describe("deleteAccount", () => {
  it("keeps the reports under the shared stand-in, shown as a deleted user, and removes everything else", async () => {
    const setup = await twoUsers();
    const { user, userReport, otherReport, userCase } = setup;
    const result = await deleteAccount({ actor: actorOf(user), reports: "keep" });
    expect(result.reportIds).toEqual([userReport.id]);

    expect(await db().user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db().report.findUniqueOrThrow({ where: { id: userReport.id } })).toMatchObject({ authorId: DELETED_USER_ID, idempotencyKey: null, deletedAt: null });
    const shown = await findPublishedReport({ id: userReport.id });
    expect(shown).toMatchObject({ authorDeleted: true, authorName: null, summary: "Mine" });
    // The other user's vote on the kept report stays, and so do its counts.
    expect(await db().report.findUniqueOrThrow({ where: { id: userReport.id } })).toMatchObject({ helpfulVotes: 1, voteCount: 1 });
    expect(await db().vote.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().report.findUniqueOrThrow({ where: { id: otherReport.id } })).toMatchObject({ helpfulVotes: 0, voteCount: 0, rankScore: 0 });
    expect(await db().flag.count({ where: { reporterId: user.id } })).toBe(0);
    expect(await db().recoveryCase.count({ where: { id: userCase.id } })).toBe(0);
    expect(await db().caseEvent.count({ where: { caseId: userCase.id } })).toBe(0);
    expect(await db().caseReminder.count({ where: { caseId: userCase.id } })).toBe(0);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().account.count({ where: { userId: user.id } })).toBe(0);
    await expectOtherUntouched(setup);
  });

  it("deletes the reports when asked, with the other users' votes and flags on them", async () => {
    const setup = await twoUsers();
    const { user, userReport } = setup;
    await deleteAccount({ actor: actorOf(user), reports: "delete" });
    expect(await db().report.count({ where: { id: userReport.id } })).toBe(0);
    expect(await db().vote.count({ where: { reportId: userReport.id } })).toBe(0);
    expect(await db().timelineEvent.count({ where: { reportId: userReport.id } })).toBe(0);
    expect(await db().user.findUnique({ where: { id: user.id } })).toBeNull();
    await expectOtherUntouched(setup);
  });

  it("keeps the vote counts of the reports it voted on exact, and marks their guide stale", async () => {
    const exchange = await createExchange(db());
    const [author, leaving, staying1, staying2] = await Promise.all([createUser(db()), createUser(db()), createUser(db()), createUser(db())]);
    const report = await createReport(db(), { exchangeId: exchange.id, authorId: author.id });
    await castVote({ actor: actorOf(leaving), input: { reportId: report.id, value: "HELPFUL" } });
    await castVote({ actor: actorOf(staying1), input: { reportId: report.id, value: "HELPFUL" } });
    await castVote({ actor: actorOf(staying2), input: { reportId: report.id, value: "NOT_HELPFUL" } });
    const before = await readCounter(db(), exchange.id);

    await deleteAccount({ actor: actorOf(leaving), reports: "keep" });
    const stored = await db().report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({ helpfulVotes: 1, voteCount: 2 });
    expect(stored.rankScore).toBe(wilsonLowerBound(1, 2));
    expect(await readCounter(db(), exchange.id)).toBeGreaterThan(before);
  });

  it("keeps the counts exact while others vote on the same reports during the deletion", async () => {
    const exchange = await createExchange(db());
    const [author, leaving] = await Promise.all([createUser(db()), createUser(db())]);
    const voters = await Promise.all(Array.from({ length: 6 }, () => createUser(db())));
    const reports = await Promise.all([1, 2].map(() => createReport(db(), { exchangeId: exchange.id, authorId: author.id })));
    for (const report of reports) await castVote({ actor: actorOf(leaving), input: { reportId: report.id, value: "HELPFUL" } });

    await Promise.all([
      deleteAccount({ actor: actorOf(leaving), reports: "keep" }),
      ...voters.flatMap((voter, index) => reports.map((report) => castVote({ actor: actorOf(voter), input: { reportId: report.id, value: index % 2 ? "HELPFUL" : "NOT_HELPFUL" } }))),
    ]);
    for (const report of reports) {
      const [stored, helpful, total] = await Promise.all([
        db().report.findUniqueOrThrow({ where: { id: report.id } }),
        db().vote.count({ where: { reportId: report.id, value: "HELPFUL" } }),
        db().vote.count({ where: { reportId: report.id } }),
      ]);
      expect({ helpful: stored.helpfulVotes, total: stored.voteCount }).toEqual({ helpful, total });
      expect(total).toBe(voters.length);
    }
  });

  it("marks a guide stale when the account's published reports go, and not for a kept one", async () => {
    const [kept, removed] = await Promise.all([createExchange(db()), createExchange(db())]);
    const [keeper, remover] = await Promise.all([createUser(db()), createUser(db())]);
    await createReport(db(), { exchangeId: kept.id, authorId: keeper.id });
    await createReport(db(), { exchangeId: removed.id, authorId: remover.id });
    const [keptBefore, removedBefore] = [await readCounter(db(), kept.id), await readCounter(db(), removed.id)];
    await deleteAccount({ actor: actorOf(keeper), reports: "keep" });
    await deleteAccount({ actor: actorOf(remover), reports: "delete" });
    expect(await readCounter(db(), kept.id)).toBe(keptBefore);
    expect(await readCounter(db(), removed.id)).toBeGreaterThan(removedBefore);
  });

  it("lets two authors with the same idempotency key keep their reports, under the one stand-in", async () => {
    const { user, other, userReport, otherReport } = await twoUsers();
    await deleteAccount({ actor: actorOf(user), reports: "keep" });
    await deleteAccount({ actor: actorOf(other), reports: "keep" });
    const authors = await db().report.findMany({ where: { id: { in: [userReport.id, otherReport.id] } }, select: { authorId: true } });
    expect(authors).toEqual([{ authorId: DELETED_USER_ID }, { authorId: DELETED_USER_ID }]);
    expect(await db().user.count({ where: { id: DELETED_USER_ID } })).toBe(1);
  });

  it("keeps the moderation log and the official facts' change log, naming the stand-in", async () => {
    const exchange = await createExchange(db());
    const [moderator, target] = await Promise.all([createUser(db(), { role: "ADMIN" }), createUser(db())]);
    const report = await createReport(db(), { exchangeId: exchange.id, authorId: target.id });
    const hide = await db().moderationAction.create({ data: { moderatorId: moderator.id, kind: "HIDE", reportId: report.id, reason: "Scam link" } });
    const ban = await db().moderationAction.create({ data: { moderatorId: moderator.id, kind: "BAN_USER", targetUserId: target.id } });
    const edit = await db().officialFactEdit.create({ data: { exchangeId: exchange.id, editorId: moderator.id, kind: "CREATED", after: { textEn: "x" } } });

    await deleteAccount({ actor: actorOf(moderator), reports: "delete" });
    await deleteAccount({ actor: actorOf(target), reports: "delete" });
    expect(await db().moderationAction.findUniqueOrThrow({ where: { id: hide.id } })).toMatchObject({ moderatorId: DELETED_USER_ID, kind: "HIDE", reportId: null, reason: "Scam link" });
    expect(await db().moderationAction.findUniqueOrThrow({ where: { id: ban.id } })).toMatchObject({ moderatorId: DELETED_USER_ID, targetUserId: DELETED_USER_ID });
    expect(await db().officialFactEdit.findUniqueOrThrow({ where: { id: edit.id } })).toMatchObject({ editorId: DELETED_USER_ID });
  });

  it("refuses anonymous visitors and a second deletion of the same account", async () => {
    const user = await createUser(db());
    await expect(deleteAccount({ actor: null, reports: "keep" })).rejects.toBeInstanceOf(NotSignedInError);
    await deleteAccount({ actor: actorOf(user), reports: "keep" });
    await expect(deleteAccount({ actor: actorOf(user), reports: "keep" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("own reports and cases", () => {
  it("lists only the actor's own live reports and cases", async () => {
    const { user, other, userReport, userCase } = await twoUsers();
    const deleted = await createReport(db(), { exchangeId: userReport.exchangeId, authorId: user.id }, { deletedAt: new Date() });
    expect((await listOwnReports({ actor: actorOf(user) })).map((report) => report.id)).toEqual([userReport.id]);
    expect((await listOwnReports({ actor: actorOf(user) })).some((report) => report.id === deleted.id)).toBe(false);
    expect((await listOwnCases({ actor: actorOf(user) })).map((recoveryCase) => recoveryCase.id)).toEqual([userCase.id]);
    expect((await listOwnCases({ actor: actorOf(other) })).some((recoveryCase) => recoveryCase.id === userCase.id)).toBe(false);
  });

  it("deletes a case for its owner only, with its events and reminders", async () => {
    const { user, other, userCase } = await twoUsers();
    await expect(findOwnCase({ actor: actorOf(other), caseId: userCase.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteOwnCase({ actor: actorOf(other), caseId: userCase.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteOwnCase({ actor: null, caseId: userCase.id })).rejects.toBeInstanceOf(NotSignedInError);
    expect((await findOwnCase({ actor: actorOf(user), caseId: userCase.id }))._count.events).toBe(1);

    await deleteOwnCase({ actor: actorOf(user), caseId: userCase.id });
    expect(await db().recoveryCase.count({ where: { id: userCase.id } })).toBe(0);
    expect(await db().caseEvent.count({ where: { caseId: userCase.id } })).toBe(0);
    expect(await db().caseReminder.count({ where: { caseId: userCase.id } })).toBe(0);
    await expect(deleteOwnCase({ actor: actorOf(user), caseId: userCase.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
