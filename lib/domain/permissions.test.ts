import { describe, expect, it } from "vitest";
import { canCreateReport, canDecideProcedureProposal, canDecideRepresentation, canDeleteReport, canEditOfficialProcedure, canEditReport, canFlag, canManageUser, canModerate, canReplyToReport, canRequestRepresentation, canSpeakForExchange, canVote, type Actor } from "./permissions";

const created = new Date("2026-01-01T00:00:00Z");
const actors: Record<string, Actor | null> = {
  anonymous: null,
  author: { id: "author", role: "USER", bannedAt: null, createdAt: created },
  other: { id: "other", role: "USER", bannedAt: null, createdAt: created },
  moderator: { id: "moderator", role: "MODERATOR", bannedAt: null, createdAt: created },
  admin: { id: "admin", role: "ADMIN", bannedAt: null, createdAt: created },
  bannedAuthor: { id: "author", role: "USER", bannedAt: created, createdAt: created },
  bannedAdmin: { id: "admin2", role: "ADMIN", bannedAt: created, createdAt: created },
};
const report = { authorId: "author", deletedAt: null };
const deleted = { authorId: "author", deletedAt: created };

// Written out in full so a change to any rule shows up as a changed row.
const matrix: [string, boolean, boolean, boolean, boolean, boolean, boolean][] = [
  // actor           create edit   delete vote   flag   moderate
  ["anonymous", false, false, false, false, false, false],
  ["author", true, true, true, false, false, false],
  ["other", true, false, false, true, true, false],
  ["moderator", true, false, false, true, true, true],
  ["admin", true, false, false, true, true, true],
  ["bannedAuthor", false, false, false, false, false, false],
  ["bannedAdmin", false, false, false, false, false, false],
];

describe("permissions", () => {
  it.each(matrix)("%s", (name, create, edit, remove, vote, flag, moderate) => {
    const actor = actors[name] ?? null;
    expect([
      canCreateReport(actor),
      canEditReport(actor, report),
      canDeleteReport(actor, report),
      canVote(actor, report),
      canFlag(actor, report),
      canModerate(actor),
    ]).toEqual([create, edit, remove, vote, flag, moderate]);
  });

  it("lets nobody edit, vote on or flag a deleted report", () => {
    for (const actor of Object.values(actors)) {
      expect(canEditReport(actor, deleted)).toBe(false);
      expect(canVote(actor, deleted)).toBe(false);
      expect(canFlag(actor, deleted)).toBe(false);
    }
  });

  it("lets only an active admin manage other users, never themselves", () => {
    expect(canManageUser(actors.admin ?? null, "other")).toBe(true);
    expect(canManageUser(actors.admin ?? null, "admin")).toBe(false);
    expect(canManageUser(actors.moderator ?? null, "other")).toBe(false);
    expect(canManageUser(actors.bannedAdmin ?? null, "other")).toBe(false);
    expect(canManageUser(null, "other")).toBe(false);
  });

  it("lets only active moderators and admins edit an exchange's official procedure", () => {
    const allowed = Object.entries(actors).filter(([, actor]) => canEditOfficialProcedure(actor)).map(([name]) => name);
    expect(allowed).toEqual(["moderator", "admin"]);
  });
});

describe("representatives", () => {
  const rep = (userId: string, status: "REQUESTED" | "APPROVED" | "REVOKED", exchangeId = "A") => ({ userId, exchangeId, status });
  // actor, representation, speaks for A, speaks for B, request, decide representatives, decide proposals
  const repMatrix: [string, ReturnType<typeof rep> | null, boolean, boolean, boolean, boolean, boolean][] = [
    ["anonymous", null, false, false, false, false, false],
    ["other", null, false, false, true, false, false],
    ["other", rep("other", "REQUESTED"), false, false, true, false, false],
    ["other", rep("other", "APPROVED"), true, false, true, false, false],
    ["other", rep("other", "REVOKED"), false, false, true, false, false],
    ["other", rep("author", "APPROVED"), false, false, true, false, false],
    ["moderator", null, false, false, true, false, true],
    ["admin", null, false, false, true, true, true],
    ["bannedAuthor", rep("author", "APPROVED"), false, false, false, false, false],
    ["bannedAdmin", null, false, false, false, false, false],
  ];
  it.each(repMatrix)("%s with %o", (name, representation, speaksA, speaksB, request, decideReps, decideProposals) => {
    const actor = actors[name] ?? null;
    expect([
      canSpeakForExchange(actor, representation, "A"),
      canSpeakForExchange(actor, representation, "B"),
      canRequestRepresentation(actor),
      canDecideRepresentation(actor),
      canDecideProcedureProposal(actor),
    ]).toEqual([speaksA, speaksB, request, decideReps, decideProposals]);
  });

  it("lets a representative reply under a live report of their exchange, not under their own or another exchange's", () => {
    const other = actors.other ?? null;
    const approved = rep("other", "APPROVED");
    expect(canReplyToReport(other, approved, { ...report, exchangeId: "A" })).toBe(true);
    expect(canReplyToReport(other, approved, { ...report, exchangeId: "B" })).toBe(false);
    expect(canReplyToReport(other, approved, { ...deleted, exchangeId: "A" })).toBe(false);
    expect(canReplyToReport(other, approved, { authorId: "other", deletedAt: null, exchangeId: "A" })).toBe(false);
    expect(canReplyToReport(other, rep("other", "REVOKED"), { ...report, exchangeId: "A" })).toBe(false);
  });
});
