import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError } from "@/lib/data/errors";
import { banUser, unbanUser } from "@/lib/data/moderation/ban-user";
import { createFlag } from "@/lib/data/moderation/create-flag";
import { hideReport, publishReport, restoreReport } from "@/lib/data/moderation/decide-report";
import { findFlagEligibility } from "@/lib/data/moderation/find-flag-eligibility";
import { listModerationLog } from "@/lib/data/moderation/list-moderation-log";
import { listModerationQueue } from "@/lib/data/moderation/list-moderation-queue";
import { resolveFlag } from "@/lib/data/moderation/resolve-flag";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createScriptPrisma } from "../../scripts/db/script-prisma";
import { createExchange, createReport, createUser } from "../factories";

type ActorName = "anonymous" | "author" | "other" | "moderator" | "admin" | "banned";
type Cast = Record<ActorName, Actor | null> & { authorId: string };

const longAgo = new Date("2025-01-01T00:00:00Z");

function toActor(user: { id: string; role: Actor["role"]; bannedAt: Date | null; createdAt: Date }): Actor {
  return { id: user.id, role: user.role, bannedAt: user.bannedAt, createdAt: user.createdAt };
}

/** One of each kind of actor; "banned" is a banned moderator, so a ban must beat the role. */
async function createCast(): Promise<Cast> {
  const prisma = db();
  const [author, other, moderator, admin, banned] = await Promise.all([
    createUser(prisma, { createdAt: longAgo }),
    createUser(prisma, { createdAt: longAgo }),
    createUser(prisma, { role: "MODERATOR", createdAt: longAgo }),
    createUser(prisma, { role: "ADMIN", createdAt: longAgo }),
    createUser(prisma, { role: "MODERATOR", bannedAt: new Date(), createdAt: longAgo }),
  ]);
  return {
    anonymous: null,
    author: toActor(author),
    other: toActor(other),
    moderator: toActor(moderator),
    admin: toActor(admin),
    banned: toActor(banned),
    authorId: author.id,
  };
}

async function newReport(authorId: string, overrides: Parameters<typeof createReport>[2] = {}) {
  const exchange = await createExchange(db());
  return createReport(db(), { exchangeId: exchange.id, authorId }, overrides);
}

async function flagBy(reporterId: string, reportId: string, reason: "SPAM" | "SCAM_CONTACT" = "SPAM") {
  return db().flag.create({ data: { reporterId, reportId, reason } });
}

const logRowsFor = (where: { reportId?: string; flagId?: string; targetUserId?: string }) =>
  db().moderationAction.findMany({ where, orderBy: { createdAt: "asc" }, select: { kind: true, moderatorId: true, reason: true, reportId: true, flagId: true, targetUserId: true } });

const denied: Record<Exclude<ActorName, "moderator" | "admin">, new (...args: never[]) => Error> = {
  anonymous: NotSignedInError,
  author: ForbiddenError,
  other: ForbiddenError,
  banned: ForbiddenError,
};

describe("createFlag", () => {
  let cast: Cast;
  beforeAll(async () => {
    cast = await createCast();
  });

  it.each([
    ["anonymous", NotSignedInError],
    ["author", ForbiddenError],
    ["banned", ForbiddenError],
  ] as const)("refuses %s", async (name, error) => {
    const report = await newReport(cast.authorId);
    await expect(createFlag({ actor: cast[name], reportId: report.id, input: { reason: "SPAM", details: null } })).rejects.toThrow(error);
    expect(await db().flag.count({ where: { reportId: report.id } })).toBe(0);
  });

  it.each(["other", "moderator", "admin"] as const)("lets %s flag once; a second flag returns the first", async (name) => {
    const report = await newReport(cast.authorId);
    const actor = cast[name];
    const first = await createFlag({ actor, reportId: report.id, input: { reason: "SCAM_CONTACT", details: "  Telegram handle in the tips  " } });
    expect(first.created).toBe(true);
    const again = await createFlag({ actor, reportId: report.id, input: { reason: "SPAM", details: null } });
    expect(again).toEqual({ flagId: first.flagId, created: false });
    const flags = await db().flag.findMany({ where: { reportId: report.id } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ reporterId: actor?.id, reason: "SCAM_CONTACT", details: "Telegram handle in the tips", status: "OPEN" });
    expect(await findFlagEligibility({ actor, reportId: report.id })).toEqual({ canFlag: false, alreadyFlagged: true });
  });

  it("creates one flag from concurrent submissions", async () => {
    const report = await newReport(cast.authorId);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => createFlag({ actor: cast.other, reportId: report.id, input: { reason: "SPAM", details: null } })),
    );
    expect(new Set(results.map((result) => result.flagId)).size).toBe(1);
    expect(await db().flag.count({ where: { reportId: report.id } })).toBe(1);
  });

  it("treats held, hidden, deleted and unknown reports as not found", async () => {
    const held = await newReport(cast.authorId, { status: "PENDING_REVIEW" });
    const hidden = await newReport(cast.authorId, { status: "HIDDEN" });
    const deleted = await newReport(cast.authorId, { deletedAt: new Date() });
    for (const reportId of [held.id, hidden.id, deleted.id, "no-such-report"]) {
      await expect(createFlag({ actor: cast.other, reportId, input: { reason: "SPAM", details: null } })).rejects.toThrow(NotFoundError);
      expect(await findFlagEligibility({ actor: cast.other, reportId })).toEqual({ canFlag: false, alreadyFlagged: false });
    }
  });

  it("requires details for OTHER and caps them at 1000 characters", async () => {
    const report = await newReport(cast.authorId);
    await expect(createFlag({ actor: cast.other, reportId: report.id, input: { reason: "OTHER", details: null } })).rejects.toThrow(ZodError);
    await expect(createFlag({ actor: cast.other, reportId: report.id, input: { reason: "SPAM", details: "x".repeat(1001) } })).rejects.toThrow(ZodError);
    expect((await createFlag({ actor: cast.other, reportId: report.id, input: { reason: "OTHER", details: "Wrong exchange" } })).created).toBe(true);
  });

  it("offers the form only to signed-in readers who are not the author", async () => {
    const report = await newReport(cast.authorId);
    expect(await findFlagEligibility({ actor: null, reportId: report.id })).toEqual({ canFlag: false, alreadyFlagged: false });
    expect(await findFlagEligibility({ actor: cast.author, reportId: report.id })).toEqual({ canFlag: false, alreadyFlagged: false });
    expect(await findFlagEligibility({ actor: cast.banned, reportId: report.id })).toEqual({ canFlag: false, alreadyFlagged: false });
    expect(await findFlagEligibility({ actor: cast.other, reportId: report.id })).toEqual({ canFlag: true, alreadyFlagged: false });
  });

  it("limits a new account to 10 flags a day", async () => {
    const [author, fresh] = await Promise.all([createUser(db()), createUser(db())]);
    const reports = await Promise.all(Array.from({ length: 11 }, () => newReport(author.id)));
    for (const report of reports.slice(0, 10)) {
      await createFlag({ actor: toActor(fresh), reportId: report.id, input: { reason: "SPAM", details: null } });
    }
    const eleventh = createFlag({ actor: toActor(fresh), reportId: reports[10]?.id ?? "", input: { reason: "SPAM", details: null } });
    await expect(eleventh).rejects.toThrow(RateLimitedError);
    await expect(eleventh).rejects.toMatchObject({ limit: "flag.create" });
    expect(await db().flag.count({ where: { reporterId: fresh.id } })).toBe(10);
  });
});

describe("moderation decisions", () => {
  let cast: Cast;
  beforeAll(async () => {
    cast = await createCast();
  });

  type Target = { report: { id: string }; flag?: { id: string } };

  // Each decision with the report it needs and what the report and flags look like after it.
  const decisions = {
    publish: {
      arrange: async (authorId: string): Promise<Target> => ({ report: await newReport(authorId, { status: "PENDING_REVIEW", heldReasons: ["TELEGRAM"] }) }),
      act: (actor: Actor | null, { report }: { report: { id: string } }) => publishReport({ actor, reportId: report.id, reason: "Checked: official address" }),
      kind: "PUBLISH",
      status: "PUBLISHED",
    },
    hide: {
      arrange: async (authorId: string): Promise<Target> => ({ report: await newReport(authorId) }),
      act: (actor: Actor | null, { report }: { report: { id: string } }) => hideReport({ actor, reportId: report.id, reason: "Scam contact" }),
      kind: "HIDE",
      status: "HIDDEN",
    },
    restore: {
      arrange: async (authorId: string): Promise<Target> => ({ report: await newReport(authorId, { status: "HIDDEN" }) }),
      act: (actor: Actor | null, { report }: { report: { id: string } }) => restoreReport({ actor, reportId: report.id, reason: null }),
      kind: "RESTORE",
      status: "PUBLISHED",
    },
    uphold: {
      arrange: async (authorId: string): Promise<Target> => {
        const report = await newReport(authorId);
        const reader = await createUser(db());
        return { report, flag: await flagBy(reader.id, report.id) };
      },
      act: (actor: Actor | null, { flag }: { flag?: { id: string } }) => resolveFlag({ actor, flagId: flag?.id ?? "", decision: "uphold", reason: "Spam" }),
      kind: "UPHOLD_FLAG",
      status: "HIDDEN",
    },
    dismiss: {
      arrange: async (authorId: string): Promise<Target> => {
        const report = await newReport(authorId);
        const reader = await createUser(db());
        return { report, flag: await flagBy(reader.id, report.id) };
      },
      act: (actor: Actor | null, { flag }: { flag?: { id: string } }) => resolveFlag({ actor, flagId: flag?.id ?? "", decision: "dismiss", reason: null }),
      kind: "DISMISS_FLAG",
      status: "PUBLISHED",
    },
  } as const;

  describe.each(Object.keys(decisions) as (keyof typeof decisions)[])("%s", (name) => {
    const decision = decisions[name];

    it.each(Object.keys(denied) as (keyof typeof denied)[])("refuses %s and changes nothing", async (actorName) => {
      const target = await decision.arrange(cast.authorId);
      const before = await db().report.findUniqueOrThrow({ where: { id: target.report.id }, select: { status: true } });
      await expect(decision.act(cast[actorName], target)).rejects.toThrow(denied[actorName]);
      expect((await db().report.findUniqueOrThrow({ where: { id: target.report.id } })).status).toBe(before.status);
      expect(await logRowsFor({ reportId: target.report.id })).toEqual([]);
    });

    it.each(["moderator", "admin"] as const)("lets a %s decide and logs it in the same step", async (actorName) => {
      const target = await decision.arrange(cast.authorId);
      const actor = cast[actorName];
      await decision.act(actor, target);
      expect((await db().report.findUniqueOrThrow({ where: { id: target.report.id } })).status).toBe(decision.status);
      const rows = await logRowsFor({ reportId: target.report.id });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kind: decision.kind, moderatorId: actor?.id, reportId: target.report.id });
      expect(rows[0]?.flagId ?? undefined).toBe(target.flag?.id);
    });

    it("refuses a second identical decision as a conflict, with one log row", async () => {
      const target = await decision.arrange(cast.authorId);
      await decision.act(cast.moderator, target);
      await expect(decision.act(cast.admin, target)).rejects.toThrow(ConflictError);
      expect(await logRowsFor({ reportId: target.report.id })).toHaveLength(1);
    });
  });

  it("lets one of two moderators deciding at once win", async () => {
    const report = await newReport(cast.authorId, { status: "PENDING_REVIEW" });
    const results = await Promise.allSettled([
      publishReport({ actor: cast.moderator, reportId: report.id }),
      publishReport({ actor: cast.admin, reportId: report.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" ? rejected.reason : null).toBeInstanceOf(ConflictError);
    expect(await logRowsFor({ reportId: report.id })).toHaveLength(1);
    expect((await db().report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("PUBLISHED");
  });

  it("refuses decisions on deleted or unknown reports and flags as not found", async () => {
    const deleted = await newReport(cast.authorId, { status: "PENDING_REVIEW", deletedAt: new Date() });
    await expect(publishReport({ actor: cast.moderator, reportId: deleted.id })).rejects.toThrow(NotFoundError);
    await expect(hideReport({ actor: cast.moderator, reportId: "no-such-report" })).rejects.toThrow(NotFoundError);
    await expect(resolveFlag({ actor: cast.moderator, flagId: "no-such-flag", decision: "dismiss" })).rejects.toThrow(NotFoundError);
    expect(await logRowsFor({ reportId: deleted.id })).toEqual([]);
  });

  it("upholding one flag hides the report and settles its other open flags; dismissed flags stay dismissed", async () => {
    const report = await newReport(cast.authorId);
    const [a, b, c] = await Promise.all([createUser(db()), createUser(db()), createUser(db())]);
    const dismissed = await flagBy(a.id, report.id);
    const upheld = await flagBy(b.id, report.id, "SCAM_CONTACT");
    const other = await flagBy(c.id, report.id);
    await resolveFlag({ actor: cast.moderator, flagId: dismissed.id, decision: "dismiss" });
    await resolveFlag({ actor: cast.moderator, flagId: upheld.id, decision: "uphold", reason: "Fake support address" });

    const flags = await db().flag.findMany({ where: { reportId: report.id }, select: { id: true, status: true, resolvedAt: true } });
    expect(Object.fromEntries(flags.map((flag) => [flag.id, flag.status]))).toEqual({ [dismissed.id]: "DISMISSED", [upheld.id]: "UPHELD", [other.id]: "UPHELD" });
    expect(flags.every((flag) => flag.resolvedAt !== null)).toBe(true);
    expect((await db().report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("HIDDEN");
    expect((await logRowsFor({ reportId: report.id })).map((row) => [row.kind, row.flagId, row.reason])).toEqual([
      ["DISMISS_FLAG", dismissed.id, null],
      ["UPHOLD_FLAG", upheld.id, "Fake support address"],
    ]);
  });

  it("hiding a flagged report upholds its open flags", async () => {
    const report = await newReport(cast.authorId);
    const reader = await createUser(db());
    const flag = await flagBy(reader.id, report.id);
    await hideReport({ actor: cast.moderator, reportId: report.id });
    expect((await db().flag.findUniqueOrThrow({ where: { id: flag.id } })).status).toBe("UPHELD");
  });
});

describe("listModerationQueue", () => {
  let cast: Cast;
  beforeAll(async () => {
    cast = await createCast();
  });

  it.each(Object.keys(denied) as (keyof typeof denied)[])("refuses %s", async (name) => {
    await expect(listModerationQueue({ actor: cast[name] })).rejects.toThrow(denied[name]);
  });

  it("lists held reports with their reasons and flagged reports with their flags, not deleted or settled ones", async () => {
    const held = await newReport(cast.authorId, { status: "PENDING_REVIEW", heldReasons: ["TELEGRAM", "WHATSAPP"], summary: "Wrote to @support_helper" });
    const flagged = await newReport(cast.authorId, {
      tips: "Call +1 555 0100",
      events: [{ kind: "CONTACTED", day: "2026-01-02", note: "Sent ID" }],
    });
    const calm = await newReport(cast.authorId);
    const deleted = await newReport(cast.authorId, { status: "PENDING_REVIEW", deletedAt: new Date() });
    const hidden = await newReport(cast.authorId, { status: "HIDDEN", summary: "hidden one" });
    const readers = await Promise.all([createUser(db()), createUser(db()), createUser(db())]);
    await flagBy(readers[0]?.id ?? "", flagged.id, "SCAM_CONTACT");
    await flagBy(readers[1]?.id ?? "", flagged.id, "SCAM_CONTACT");
    await flagBy(readers[2]?.id ?? "", flagged.id, "SPAM");
    const dismissed = await flagBy(readers[0]?.id ?? "", calm.id);
    await resolveFlag({ actor: cast.moderator, flagId: dismissed.id, decision: "dismiss" });

    for (const actor of [cast.moderator, cast.admin]) {
      const queue = await listModerationQueue({ actor });
      const ids = queue.items.map((item) => item.id);
      expect(ids).toContain(held.id);
      expect(ids).toContain(flagged.id);
      expect(ids).not.toContain(calm.id);
      expect(ids).not.toContain(deleted.id);
      expect(ids).not.toContain(hidden.id);
      expect(queue.hidden.map((item) => item.id)).toContain(hidden.id);

      const heldItem = queue.items.find((item) => item.id === held.id);
      expect(heldItem).toMatchObject({ status: "PENDING_REVIEW", heldReasons: ["TELEGRAM", "WHATSAPP"], summary: "Wrote to @support_helper", flags: [] });
      const flaggedItem = queue.items.find((item) => item.id === flagged.id);
      expect(flaggedItem?.flags).toHaveLength(3);
      expect(flaggedItem?.flagCounts).toEqual({ SCAM_CONTACT: 2, SPAM: 1 });
      expect(flaggedItem?.tips).toBe("Call +1 555 0100");
      expect(flaggedItem?.eventNotes.map((event) => event.note)).toEqual(["Sent ID"]);
      expect(flaggedItem?.author.id).toBe(cast.authorId);
      expect(queue.counts.held).toBeGreaterThanOrEqual(1);
      expect(queue.counts.flagged).toBeGreaterThanOrEqual(1);
      expect(queue.counts.openFlags).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("listModerationQueue and the author's translation", () => {
  it("shows moderators the translated texts and notes beside the originals", async () => {
    const cast = await createCast();
    const held = await newReport(cast.authorId, {
      status: "PENDING_REVIEW",
      heldReasons: ["messenger"],
      textLanguage: "ja",
      translationLanguage: "en",
      summary: "フォームから問い合わせた。",
      summaryTranslation: "Wrote to @support_helper on Telegram",
    });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { reportId: held.id } });
    await db().timelineEvent.update({ where: { id: event.id }, data: { note: null, noteTranslation: "Called +1 555 0100" } });

    const item = (await listModerationQueue({ actor: cast.moderator })).items.find((entry) => entry.id === held.id);
    expect(item).toMatchObject({ summary: "フォームから問い合わせた。", summaryTranslation: "Wrote to @support_helper on Telegram" });
    expect(item?.eventNotes.map((entry) => entry.note)).toEqual(["Called +1 555 0100"]);
  });
});

describe("users: ban, unban", () => {
  let cast: Cast;
  beforeAll(async () => {
    cast = await createCast();
  });

  const userActions = {
    ban: (actor: Actor | null, userId: string) => banUser({ actor, userId, reason: "Posted scam contacts" }),
    unban: (actor: Actor | null, userId: string) => unbanUser({ actor, userId, reason: "Appeal accepted" }),
  };

  async function targetFor(action: keyof typeof userActions) {
    return createUser(db(), action === "unban" ? { bannedAt: new Date() } : {});
  }

  describe.each(Object.keys(userActions) as (keyof typeof userActions)[])("%s", (action) => {
    it.each([
      ["anonymous", NotSignedInError],
      ["author", ForbiddenError],
      ["other", ForbiddenError],
      ["moderator", ForbiddenError],
      ["banned", ForbiddenError],
    ] as const)("refuses %s", async (name, error) => {
      const target = await targetFor(action);
      await expect(userActions[action](cast[name], target.id)).rejects.toThrow(error);
      expect(await logRowsFor({ targetUserId: target.id })).toEqual([]);
    });

    it("refuses an admin acting on themselves", async () => {
      await expect(userActions[action](cast.admin, cast.admin?.id ?? "")).rejects.toThrow(ForbiddenError);
    });

    it("refuses a banned admin", async () => {
      const bannedAdmin = toActor(await createUser(db(), { role: "ADMIN", bannedAt: new Date() }));
      await expect(userActions[action](bannedAdmin, (await targetFor(action)).id)).rejects.toThrow(ForbiddenError);
    });

    it("lets an admin act, logged, and refuses the same again as a conflict", async () => {
      const target = await targetFor(action);
      await userActions[action](cast.admin, target.id);
      await expect(userActions[action](cast.admin, target.id)).rejects.toThrow(ConflictError);
      const rows = await logRowsFor({ targetUserId: target.id });
      expect(rows).toHaveLength(1);
      expect(rows[0]?.moderatorId).toBe(cast.admin?.id);
    });
  });

  it("ban sets bannedAt and deletes every session of the user at once; unban lifts it", async () => {
    const target = await createUser(db());
    const keep = await createUser(db());
    const expires = new Date(Date.now() + 86_400_000);
    await db().session.createMany({
      data: [
        { sessionToken: `t-${target.id}-1`, userId: target.id, expires },
        { sessionToken: `t-${target.id}-2`, userId: target.id, expires },
        { sessionToken: `t-${keep.id}`, userId: keep.id, expires },
      ],
    });
    await banUser({ actor: cast.admin, userId: target.id, reason: "Scam" });
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).bannedAt).toBeInstanceOf(Date);
    expect(await db().session.count({ where: { userId: target.id } })).toBe(0);
    expect(await db().session.count({ where: { userId: keep.id } })).toBe(1);

    await unbanUser({ actor: cast.admin, userId: target.id });
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).bannedAt).toBeNull();
    expect((await logRowsFor({ targetUserId: target.id })).map((row) => [row.kind, row.reason])).toEqual([
      ["BAN_USER", "Scam"],
      ["UNBAN_USER", null],
    ]);
  });

  it("refuses unknown users as not found", async () => {
    await expect(banUser({ actor: cast.admin, userId: "no-such-user" })).rejects.toThrow(NotFoundError);
  });
});

describe("listModerationLog", () => {
  let cast: Cast;
  beforeAll(async () => {
    cast = await createCast();
  });

  it.each(Object.keys(denied) as (keyof typeof denied)[])("refuses %s", async (name) => {
    await expect(listModerationLog({ actor: cast[name] })).rejects.toThrow(denied[name]);
  });

  it("shows the newest actions first, with who did what to which report or user", async () => {
    const report = await newReport(cast.authorId, { status: "PENDING_REVIEW" });
    const target = await createUser(db(), { displayName: "Spammer" });
    await publishReport({ actor: cast.moderator, reportId: report.id, reason: "ok" });
    await banUser({ actor: cast.admin, userId: target.id, reason: "spam" });

    const log = await listModerationLog({ actor: cast.moderator });
    const [ban, publish] = log;
    expect(ban).toMatchObject({ kind: "BAN_USER", targetUserId: target.id, targetUserName: "Spammer", reason: "spam", reportId: null });
    expect(publish).toMatchObject({ kind: "PUBLISH", reportId: report.id, reason: "ok" });
    expect(publish?.exchange?.slug).toMatch(/^exchange-/);
    expect(publish?.moderatorName).toBeTruthy();
  });
});

describe("consumeRateLimit", () => {
  // A second client with its own pool stands in for a second app instance.
  let other: PrismaClient;
  beforeAll(() => {
    other = createScriptPrisma(process.env.DATABASE_URL ?? "", 4);
  });
  afterAll(async () => {
    await other.$disconnect();
  });

  const noon = new Date("2026-03-10T12:00:00Z");

  it("holds the limit across two app instances", async () => {
    const user = await createUser(db(), { createdAt: new Date("2026-03-09T00:00:00Z") });
    const actor = toActor(user);
    // A new account may create 5 reports a day; alternate the instances.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await consumeRateLimit({ actor, action: "report.create", now: noon }, attempt % 2 === 0 ? db() : other);
    }
    for (const client of [db(), other]) {
      const refused = consumeRateLimit({ actor, action: "report.create", now: noon }, client);
      await expect(refused).rejects.toThrow(RateLimitedError);
      // 12 hours until the day's window ends at UTC midnight.
      await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 12 * 3600, limit: "report.create" });
    }
    // Refused attempts are not counted; another action and the next day have their own counters.
    const bucket = await db().rateLimitBucket.findUniqueOrThrow({
      where: { key_windowStart: { key: `report.create:${user.id}`, windowStart: new Date("2026-03-10T00:00:00Z") } },
    });
    expect(bucket.count).toBe(5);
    await consumeRateLimit({ actor, action: "report.update", now: noon });
    await consumeRateLimit({ actor, action: "report.create", now: new Date("2026-03-11T00:00:01Z") });
  });

  it("loses no increment under concurrent calls from both instances", async () => {
    const actor = toActor(await createUser(db(), { createdAt: longAgo }));
    // Established accounts may create 20 reports a day: 15 concurrent calls all pass and count.
    await Promise.all(Array.from({ length: 15 }, (_, index) => consumeRateLimit({ actor, action: "report.create", now: noon }, index % 2 ? db() : other)));
    const bucket = await db().rateLimitBucket.findFirstOrThrow({ where: { key: `report.create:${actor.id}` } });
    expect(bucket.count).toBe(15);
  });

  it("lets exactly the limit through when concurrent calls overshoot it", async () => {
    const actor = toActor(await createUser(db(), { createdAt: longAgo }));
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, index) => consumeRateLimit({ actor, action: "report.create", now: noon }, index % 2 ? db() : other)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(20);
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refusals).toHaveLength(10);
    for (const reason of refusals) expect(reason).toBeInstanceOf(RateLimitedError);
    expect((await db().rateLimitBucket.findFirstOrThrow({ where: { key: `report.create:${actor.id}` } })).count).toBe(20);
  });

  it("sweeps buckets of ended windows when a new bucket starts", async () => {
    const actor = toActor(await createUser(db(), { createdAt: longAgo }));
    const key = `flag.create:${actor.id}`;
    await db().rateLimitBucket.createMany({
      data: [
        { key, windowStart: new Date("2026-03-01T00:00:00Z"), count: 3 },
        // Ended at midnight, 12 hours ago.
        { key, windowStart: new Date("2026-03-09T00:00:00Z"), count: 3 },
        // Today's bucket of another action stays.
        { key: `report.update:${actor.id}`, windowStart: new Date("2026-03-10T00:00:00Z"), count: 2 },
      ],
    });
    await consumeRateLimit({ actor, action: "flag.create", now: noon });
    const left = await db().rateLimitBucket.findMany({ where: { key: { endsWith: actor.id } }, orderBy: { key: "asc" } });
    expect(left.map((bucket) => [bucket.key, bucket.windowStart.toISOString(), bucket.count])).toEqual([
      [key, "2026-03-10T00:00:00.000Z", 1],
      [`report.update:${actor.id}`, "2026-03-10T00:00:00.000Z", 2],
    ]);
  });
});
