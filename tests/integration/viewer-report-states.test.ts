import { describe, expect, it } from "vitest";
import { findViewerReportStates } from "@/lib/data/reports/find-viewer-report-states";
import { castVote } from "@/lib/data/votes/cast-vote";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import { createExchange, createReport, createUser } from "../factories";

// What GET /api/viewer tells a signed-in reader about the reports of a shared (cached) guide.

async function newActor(): Promise<Actor> {
  const user = await createUser(db());
  return { id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt };
}

describe("findViewerReportStates", () => {
  it("gives a reader their own vote, author links on their own reports and the flag form on others'", async () => {
    const prisma = db();
    const exchange = await createExchange(prisma);
    const [reader, other] = await Promise.all([newActor(), newActor()]);
    const [own, voted, flagged, plain] = await Promise.all([
      createReport(prisma, { exchangeId: exchange.id, authorId: reader.id }),
      createReport(prisma, { exchangeId: exchange.id, authorId: other.id }),
      createReport(prisma, { exchangeId: exchange.id, authorId: other.id }),
      createReport(prisma, { exchangeId: exchange.id, authorId: other.id }),
    ]);
    await castVote({ actor: reader, input: { reportId: voted.id, value: "NOT_HELPFUL" } });
    await prisma.flag.create({ data: { reportId: flagged.id, reporterId: reader.id, reason: "SPAM" } });

    const states = await findViewerReportStates({ actor: reader, reportIds: [own.id, voted.id, flagged.id, plain.id] });
    expect(states[own.id]).toEqual({ vote: null, isAuthor: true, flag: { canFlag: false, alreadyFlagged: false } });
    expect(states[voted.id]).toEqual({ vote: { mine: "NOT_HELPFUL" }, isAuthor: false, flag: { canFlag: true, alreadyFlagged: false } });
    expect(states[flagged.id]).toEqual({ vote: { mine: null }, isAuthor: false, flag: { canFlag: false, alreadyFlagged: true } });
    expect(states[plain.id]).toEqual({ vote: { mine: null }, isAuthor: false, flag: { canFlag: true, alreadyFlagged: false } });
  });

  it("leaves out reports that are not published and ids that cannot be ids", async () => {
    const prisma = db();
    const exchange = await createExchange(prisma);
    const [reader, author] = await Promise.all([newActor(), newActor()]);
    const held = await createReport(prisma, { exchangeId: exchange.id, authorId: author.id }, { status: "PENDING_REVIEW" });
    expect(await findViewerReportStates({ actor: reader, reportIds: [held.id, "not an id!", "no-such-report"] })).toEqual({});
    expect(await findViewerReportStates({ actor: reader, reportIds: [] })).toEqual({});
  });
});
