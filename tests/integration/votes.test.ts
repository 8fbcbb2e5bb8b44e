import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError } from "@/lib/data/errors";
import { rankScoresInSql } from "@/lib/data/votes/rank-score-sql";
import { recountAllReportVotes } from "@/lib/data/votes/recount-all-report-votes";
import { castVote } from "@/lib/data/votes/cast-vote";
import { tallyVotes } from "@/lib/data/votes/tally-votes";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import { wilsonLowerBound } from "@/lib/domain/stats";
import { createExchange, createReport, createUser } from "../factories";

async function setup() {
  const prisma = db();
  const [exchange, author] = await Promise.all([createExchange(prisma), createUser(prisma)]);
  const report = await createReport(prisma, { exchangeId: exchange.id, authorId: author.id });
  return { prisma, exchange, author, report };
}

async function newActor(role: Actor["role"] = "USER", bannedAt: Date | null = null): Promise<Actor> {
  const user = await createUser(db(), { role, bannedAt });
  return { id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt };
}

describe("castVote", () => {
  it("casts, changes and withdraws one vote per user", async () => {
    const { report } = await setup();
    const voter = await newActor();
    expect(await castVote({ actor: voter, input: { reportId: report.id, value: "HELPFUL" } })).toEqual({ helpful: 1, notHelpful: 0, mine: "HELPFUL" });
    expect(await castVote({ actor: voter, input: { reportId: report.id, value: "HELPFUL" } })).toEqual({ helpful: 1, notHelpful: 0, mine: "HELPFUL" });
    expect(await castVote({ actor: voter, input: { reportId: report.id, value: "NOT_HELPFUL" } })).toEqual({ helpful: 0, notHelpful: 1, mine: "NOT_HELPFUL" });
    expect(await castVote({ actor: voter, input: { reportId: report.id, value: null } })).toEqual({ helpful: 0, notHelpful: 0, mine: null });
  });

  it("refuses anonymous, banned and self votes, and votes on reports that are not published", async () => {
    const { prisma, exchange, author, report } = await setup();
    const authorActor: Actor = { id: author.id, role: author.role, bannedAt: null, createdAt: author.createdAt };
    await expect(castVote({ actor: null, input: { reportId: report.id, value: "HELPFUL" } })).rejects.toBeInstanceOf(NotSignedInError);
    await expect(castVote({ actor: await newActor("USER", new Date()), input: { reportId: report.id, value: "HELPFUL" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(castVote({ actor: authorActor, input: { reportId: report.id, value: "HELPFUL" } })).rejects.toBeInstanceOf(ForbiddenError);
    const held = await createReport(prisma, { exchangeId: exchange.id, authorId: author.id }, { status: "PENDING_REVIEW" });
    await expect(castVote({ actor: await newActor(), input: { reportId: held.id, value: "HELPFUL" } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await tallyVotes({ reportId: report.id })).toEqual({ helpful: 0, notHelpful: 0, mine: null });
  });

  it("counts every vote exactly when many users vote at once, and one user's parallel votes stay one", async () => {
    const { report } = await setup();
    // More votes at once than the pool has connections (5): they queue, none fails.
    const voters = await Promise.all(Array.from({ length: 100 }, () => newActor()));
    await Promise.all(
      voters.map((voter, index) => castVote({ actor: voter, input: { reportId: report.id, value: index % 4 === 0 ? "NOT_HELPFUL" : "HELPFUL" } })),
    );
    const [first] = voters;
    if (!first) throw new Error("no voters");
    await Promise.all(Array.from({ length: 10 }, (_, index) => castVote({ actor: first, input: { reportId: report.id, value: index % 2 ? "HELPFUL" : "NOT_HELPFUL" } })));

    const tally = await tallyVotes({ reportId: report.id });
    expect(tally.helpful + tally.notHelpful).toBe(100);
    expect(await db().vote.count({ where: { reportId: report.id, userId: first.id } })).toBe(1);
    const othersHelpful = voters.slice(1).filter((_, index) => (index + 1) % 4 !== 0).length;
    expect(tally.helpful - othersHelpful).toBeGreaterThanOrEqual(0);
    expect(tally.helpful - othersHelpful).toBeLessThanOrEqual(1);

    // The counts and score stored on the report for ranking agree with the votes themselves.
    const stored = await db().report.findUniqueOrThrow({ where: { id: report.id }, select: { helpfulVotes: true, voteCount: true, rankScore: true } });
    expect(stored).toEqual({ helpfulVotes: tally.helpful, voteCount: 100, rankScore: wilsonLowerBound(tally.helpful, 100) });
  });

  it("counts exactly when many users change and withdraw their votes at once", async () => {
    const { report } = await setup();
    const voters = await Promise.all(Array.from({ length: 30 }, () => newActor()));
    await Promise.all(voters.map((voter) => castVote({ actor: voter, input: { reportId: report.id, value: "HELPFUL" } })));
    await Promise.all(voters.map((voter, index) => castVote({ actor: voter, input: { reportId: report.id, value: index % 3 === 0 ? null : index % 3 === 1 ? "NOT_HELPFUL" : "HELPFUL" } })));
    const stored = await db().report.findUniqueOrThrow({ where: { id: report.id }, select: { helpfulVotes: true, voteCount: true } });
    expect(stored).toEqual({ helpfulVotes: 10, voteCount: 20 });
    expect(await tallyVotes({ reportId: report.id })).toEqual({ helpful: 10, notHelpful: 10, mine: null });
  });

  it("limits each user's votes per minute, and a refused vote changes nothing", async () => {
    const { report } = await setup();
    const voter = await newActor();
    // A new account: 15 votes a minute (lib/domain/rate-limit-policy.ts). Toggling as fast as it can:
    const results = [];
    for (let index = 0; index < 31; index += 1) {
      results.push(await castVote({ actor: voter, input: { reportId: report.id, value: index % 2 === 0 ? "HELPFUL" : null } }).catch((error: unknown) => error));
    }
    const refused = results.filter((result) => result instanceof RateLimitedError);
    // More than two windows' worth, so a window turning over during the loop still leaves refusals.
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(results.filter((result) => !(result instanceof RateLimitedError) && result instanceof Error)).toEqual([]);
    const [first] = refused;
    expect(first).toBeInstanceOf(RateLimitedError);
    expect((first as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((first as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another user is not affected.
    expect(await castVote({ actor: await newActor(), input: { reportId: report.id, value: "NOT_HELPFUL" } })).toMatchObject({ notHelpful: 1 });
  });

  it("keeps the stored counts and rank score in step with casting, changing and withdrawing", async () => {
    const { report } = await setup();
    const [a, b] = [await newActor(), await newActor()];
    const stored = () => db().report.findUniqueOrThrow({ where: { id: report.id }, select: { helpfulVotes: true, voteCount: true, rankScore: true } });
    await castVote({ actor: a, input: { reportId: report.id, value: "HELPFUL" } });
    await castVote({ actor: b, input: { reportId: report.id, value: "HELPFUL" } });
    expect(await stored()).toEqual({ helpfulVotes: 2, voteCount: 2, rankScore: wilsonLowerBound(2, 2) });
    await castVote({ actor: b, input: { reportId: report.id, value: "NOT_HELPFUL" } });
    expect(await stored()).toEqual({ helpfulVotes: 1, voteCount: 2, rankScore: wilsonLowerBound(1, 2) });
    await castVote({ actor: a, input: { reportId: report.id, value: null } });
    await castVote({ actor: b, input: { reportId: report.id, value: null } });
    expect(await stored()).toEqual({ helpfulVotes: 0, voteCount: 0, rankScore: 0 });
  });
});

describe("rank scores in SQL", () => {
  it("are the same doubles as wilsonLowerBound, so the database orders reports as rankReports does", async () => {
    const counts = [];
    for (let total = 0; total <= 60; total += 1) for (let helpful = 0; helpful <= total; helpful += 1) counts.push({ helpful, total });
    counts.push({ helpful: 999, total: 1000 }, { helpful: 12_345, total: 20_000 }, { helpful: 0, total: 1_000_000 });
    const scores = await rankScoresInSql(db(), counts);
    expect(scores).toEqual(counts.map(({ helpful, total }) => wilsonLowerBound(helpful, total)));
  });

  it("are restored for every report by recountAllReportVotes after votes written past castVote", async () => {
    const { report } = await setup();
    const voters = await Promise.all([newActor(), newActor(), newActor()]);
    // As a bulk load does: rows straight into the table, no recount.
    await db().vote.createMany({ data: voters.map((voter, index) => ({ userId: voter.id, reportId: report.id, value: index === 0 ? "NOT_HELPFUL" : "HELPFUL" })) });
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id }, select: { voteCount: true } })).toEqual({ voteCount: 0 });
    expect(await recountAllReportVotes(db())).toBeGreaterThanOrEqual(1);
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id }, select: { helpfulVotes: true, voteCount: true, rankScore: true } })).toEqual({
      helpfulVotes: 2,
      voteCount: 3,
      rankScore: wilsonLowerBound(2, 3),
    });
  });
});
