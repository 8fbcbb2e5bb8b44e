import "server-only";
import { db } from "../db";
import { reportTransitions, type ReportDecision } from "../domain/moderation";
import { canFlag, canManageUser, canModerate, type Actor } from "../domain/permissions";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { FlagReason, ModerationActionKind, ReportStatus } from "../generated/prisma/enums";
import { FlagInputSchema, type FlagInput } from "../validation/flag";
import { isRecordId } from "../validation/text";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError } from "./errors";
import { bumpGuideVersion } from "./guide-versions";
import { consumeRateLimit } from "./rate-limit";

// Flags from readers and every moderator decision. Each function checks who may do it
// (lib/domain/permissions) before touching anything, and each decision is written together with
// its ModerationAction row in one transaction: the log cannot miss a decision or invent one.
// Decisions are conditional updates ("publish if still held"), so two moderators acting on the
// same report at once get one success and one ConflictError, never two log rows.

type Tx = Prisma.TransactionClient;

function requireModerator(actor: Actor | null, action: string): Actor {
  if (!actor) throw new NotSignedInError();
  if (!canModerate(actor)) throw new ForbiddenError(action);
  return actor;
}

function requireUserManager(actor: Actor | null, targetUserId: string, action: string): Actor {
  if (!actor) throw new NotSignedInError();
  if (!canManageUser(actor, targetUserId)) throw new ForbiddenError(action);
  return actor;
}

async function logAction(
  tx: Tx,
  moderator: Actor,
  kind: ModerationActionKind,
  target: { reportId?: string; flagId?: string; targetUserId?: string; reason: string | null },
): Promise<void> {
  await tx.moderationAction.create({ data: { moderatorId: moderator.id, kind, ...target } });
}

// --- Flags ---

export type FlagEligibility = { canFlag: boolean; alreadyFlagged: boolean };

/** Whether to offer `actor` the flag form on a report (the UI's question; createFlag decides). */
export async function findFlagEligibility({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<FlagEligibility> {
  if (!actor || !isRecordId(reportId)) return { canFlag: false, alreadyFlagged: false };
  const report = await db().report.findUnique({
    where: { id: reportId },
    select: { authorId: true, deletedAt: true, status: true, flags: { where: { reporterId: actor.id }, select: { id: true } } },
  });
  if (!report || report.status !== "PUBLISHED") return { canFlag: false, alreadyFlagged: false };
  const alreadyFlagged = report.flags.length > 0;
  return { canFlag: canFlag(actor, report) && !alreadyFlagged, alreadyFlagged };
}

/**
 * A signed-in reader flags a published report that is not their own. One flag per reader and
 * report: a second attempt returns the first flag with `created: false` and does not count
 * towards the rate limit.
 */
export async function createFlag({ actor, reportId, input }: { actor: Actor | null; reportId: string; input: FlagInput }): Promise<{ flagId: string; created: boolean }> {
  if (!actor) throw new NotSignedInError();
  const { reason, details } = FlagInputSchema.parse(input);
  if (!isRecordId(reportId)) throw new NotFoundError("report (malformed id)");
  const report = await db().report.findUnique({ where: { id: reportId }, select: { authorId: true, deletedAt: true, status: true } });
  // Readers see only published reports; anything else does not exist for them.
  if (!report || report.deletedAt !== null || report.status !== "PUBLISHED") throw new NotFoundError(`report ${reportId}`);
  if (!canFlag(actor, report)) throw new ForbiddenError("flag.create");

  const existing = await findOwnFlag(db(), actor.id, reportId);
  if (existing) return { flagId: existing.id, created: false };
  await consumeRateLimit({ actor, action: "flag.create" });
  try {
    const flag = await db().flag.create({ data: { reporterId: actor.id, reportId, reason, details }, select: { id: true } });
    return { flagId: flag.id, created: true };
  } catch (error) {
    // A double submit raced us to the unique index (reporterId, reportId).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findOwnFlag(db(), actor.id, reportId);
      if (raced) return { flagId: raced.id, created: false };
    }
    throw error;
  }
}

function findOwnFlag(client: PrismaClient, reporterId: string, reportId: string) {
  return client.flag.findUnique({ where: { reporterId_reportId: { reporterId, reportId } }, select: { id: true } });
}

// --- The queue ---

const queueReportSelect = {
  id: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  heldReasons: true,
  textLanguage: true,
  summary: true,
  lockoutDetail: true,
  verificationLevel: true,
  contactPath: true,
  tips: true,
  // The author's translation is published too, so moderators read it with the original.
  translationLanguage: true,
  summaryTranslation: true,
  lockoutDetailTranslation: true,
  verificationLevelTranslation: true,
  contactPathTranslation: true,
  tipsTranslation: true,
  exchange: { select: { slug: true, nameEn: true, nameJa: true } },
  author: { select: { id: true, displayName: true, bannedAt: true } },
  events: {
    select: { id: true, kind: true, note: true, noteTranslation: true },
    where: { OR: [{ note: { not: null } }, { noteTranslation: { not: null } }] },
    orderBy: [{ occurredAt: "asc" }, { position: "asc" }],
  },
  requiredItems: { select: { note: true, noteTranslation: true, item: { select: { code: true } } }, where: { OR: [{ note: { not: null } }, { noteTranslation: { not: null } }] } },
  flags: {
    select: { id: true, reason: true, details: true, createdAt: true },
    where: { status: "OPEN" },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ReportSelect;

type QueueRow = Prisma.ReportGetPayload<{ select: typeof queueReportSelect }>;

export type QueueItem = Omit<QueueRow, "requiredItems" | "events"> & {
  /** Every piece of free text the author wrote, where the detectors and flaggers look. */
  eventNotes: { id: string; kind: string; note: string }[];
  itemNotes: { code: string; note: string }[];
  flagCounts: Partial<Record<FlagReason, number>>;
};

export type HiddenItem = Pick<QueueRow, "id" | "updatedAt" | "summary" | "exchange" | "author">;

export type ModerationQueue = {
  /** Held reports and reports with open flags, oldest first: the longest waiting come first. */
  items: QueueItem[];
  /** Recently hidden reports, newest first, so that a mistaken hide can be restored. */
  hidden: HiddenItem[];
  counts: { held: number; flagged: number; openFlags: number };
};

const QUEUE_PAGE = 50;
const HIDDEN_PAGE = 20;

function toQueueItem({ requiredItems, events, ...row }: QueueRow): QueueItem {
  const flagCounts: Partial<Record<FlagReason, number>> = {};
  for (const flag of row.flags) flagCounts[flag.reason] = (flagCounts[flag.reason] ?? 0) + 1;
  return {
    ...row,
    // A translated note follows its original, as a note of its own.
    eventNotes: events.flatMap((event) =>
      [event.note, event.noteTranslation].flatMap((note, index) => (note ? [{ id: index === 0 ? event.id : `${event.id}-translation`, kind: event.kind, note }] : [])),
    ),
    itemNotes: requiredItems.flatMap((item) =>
      [item.note, item.noteTranslation].flatMap((note, index) => (note ? [{ code: index === 0 ? item.item.code : `${item.item.code}-translation`, note }] : [])),
    ),
    flagCounts,
  };
}

export async function listModerationQueue({ actor }: { actor: Actor | null }): Promise<ModerationQueue> {
  requireModerator(actor, "moderation.queue");
  const live = { deletedAt: null } satisfies Prisma.ReportWhereInput;
  const held = { ...live, status: "PENDING_REVIEW" } satisfies Prisma.ReportWhereInput;
  const flagged = { ...live, flags: { some: { status: "OPEN" } } } satisfies Prisma.ReportWhereInput;
  const [rows, hidden, heldCount, flaggedCount, openFlags] = await Promise.all([
    db().report.findMany({ where: { OR: [held, flagged] }, select: queueReportSelect, orderBy: { createdAt: "asc" }, take: QUEUE_PAGE }),
    db().report.findMany({
      where: { ...live, status: "HIDDEN" },
      select: { id: true, updatedAt: true, summary: true, exchange: queueReportSelect.exchange, author: queueReportSelect.author },
      orderBy: { updatedAt: "desc" },
      take: HIDDEN_PAGE,
    }),
    db().report.count({ where: held }),
    db().report.count({ where: flagged }),
    db().flag.count({ where: { status: "OPEN", report: live } }),
  ]);
  return { items: rows.map(toQueueItem), hidden, counts: { held: heldCount, flagged: flaggedCount, openFlags } };
}

// --- Decisions on reports ---

const decisionKinds: Record<ReportDecision, ModerationActionKind> = { publish: "PUBLISH", hide: "HIDE", restore: "RESTORE" };

async function decideReport(decision: ReportDecision, { actor, reportId, reason = null }: { actor: Actor | null; reportId: string; reason?: string | null }): Promise<void> {
  const moderator = requireModerator(actor, `report.${decision}`);
  const rule = reportTransitions[decision];
  await db().$transaction(async (tx) => {
    const { exchangeId } = await moveReport(tx, reportId, rule.from, rule.to);
    // Hiding agrees with whoever flagged the report: their flags are settled with it.
    if (rule.to === "HIDDEN") await upholdOpenFlags(tx, reportId);
    await logAction(tx, moderator, decisionKinds[decision], { reportId, reason });
    await bumpGuideVersion(tx, exchangeId);
  });
}

async function moveReport(tx: Tx, reportId: string, from: readonly ReportStatus[], to: ReportStatus): Promise<{ exchangeId: string }> {
  if (!isRecordId(reportId)) throw new NotFoundError("report (malformed id)");
  const { count } = await tx.report.updateMany({ where: { id: reportId, deletedAt: null, status: { in: [...from] } }, data: { status: to } });
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { deletedAt: true, exchangeId: true } });
  if (count === 1 && report) return { exchangeId: report.exchangeId };
  if (!report || report.deletedAt !== null) throw new NotFoundError(`report ${reportId}`);
  throw new ConflictError(`report ${reportId} is no longer ${from.join(" or ")}`);
}

function upholdOpenFlags(tx: Tx, reportId: string) {
  return tx.flag.updateMany({ where: { reportId, status: "OPEN" }, data: { status: "UPHELD", resolvedAt: new Date() } });
}

/** Held (PENDING_REVIEW) -> PUBLISHED. */
export const publishReport = (options: { actor: Actor | null; reportId: string; reason?: string | null }) => decideReport("publish", options);
/** PUBLISHED or held -> HIDDEN; its open flags are upheld. */
export const hideReport = (options: { actor: Actor | null; reportId: string; reason?: string | null }) => decideReport("hide", options);
/** HIDDEN -> PUBLISHED. */
export const restoreReport = (options: { actor: Actor | null; reportId: string; reason?: string | null }) => decideReport("restore", options);

/**
 * Settles one open flag. Upholding hides the report (if it is not hidden yet) and upholds the
 * report's other open flags with it; dismissing leaves the report as it is.
 */
export async function resolveFlag({
  actor,
  flagId,
  decision,
  reason = null,
}: {
  actor: Actor | null;
  flagId: string;
  decision: "uphold" | "dismiss";
  reason?: string | null;
}): Promise<void> {
  const moderator = requireModerator(actor, `flag.${decision}`);
  if (!isRecordId(flagId)) throw new NotFoundError("flag (malformed id)");
  await db().$transaction(async (tx) => {
    const flag = await tx.flag.findUnique({ where: { id: flagId }, select: { reportId: true, report: { select: { exchangeId: true } } } });
    if (!flag) throw new NotFoundError(`flag ${flagId}`);
    const { count } = await tx.flag.updateMany({
      where: { id: flagId, status: "OPEN" },
      data: { status: decision === "uphold" ? "UPHELD" : "DISMISSED", resolvedAt: new Date() },
    });
    if (count === 0) throw new ConflictError(`flag ${flagId} is no longer open`);
    let hidden = 0;
    if (decision === "uphold") {
      ({ count: hidden } = await tx.report.updateMany({ where: { id: flag.reportId, status: { in: ["PUBLISHED", "PENDING_REVIEW"] } }, data: { status: "HIDDEN" } }));
      await upholdOpenFlags(tx, flag.reportId);
    }
    await logAction(tx, moderator, decision === "uphold" ? "UPHOLD_FLAG" : "DISMISS_FLAG", { flagId, reportId: flag.reportId, reason });
    if (hidden > 0) await bumpGuideVersion(tx, flag.report.exchangeId);
  });
}

// --- Users (admins only) ---

async function userExists(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.user.findUnique({ where: { id: userId }, select: { id: true } })) !== null;
}

/** Bans a user and deletes their sessions, so that they are signed out on their next request. */
export async function banUser({ actor, userId, reason = null }: { actor: Actor | null; userId: string; reason?: string | null }): Promise<void> {
  const admin = requireUserManager(actor, userId, "user.ban");
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, bannedAt: null }, data: { bannedAt: new Date() } });
    if (count === 0) throw (await userExists(tx, userId)) ? new ConflictError(`user ${userId} is already banned`) : new NotFoundError(`user ${userId}`);
    await tx.session.deleteMany({ where: { userId } });
    await logAction(tx, admin, "BAN_USER", { targetUserId: userId, reason });
  });
}

export async function unbanUser({ actor, userId, reason = null }: { actor: Actor | null; userId: string; reason?: string | null }): Promise<void> {
  const admin = requireUserManager(actor, userId, "user.unban");
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, bannedAt: { not: null } }, data: { bannedAt: null } });
    if (count === 0) throw (await userExists(tx, userId)) ? new ConflictError(`user ${userId} is not banned`) : new NotFoundError(`user ${userId}`);
    await logAction(tx, admin, "UNBAN_USER", { targetUserId: userId, reason });
  });
}

// --- The log ---

export type ModerationLogEntry = {
  id: string;
  kind: ModerationActionKind;
  createdAt: Date;
  reason: string | null;
  moderatorName: string | null;
  reportId: string | null;
  exchange: { slug: string; nameEn: string; nameJa: string } | null;
  flagId: string | null;
  targetUserId: string | null;
  targetUserName: string | null;
};

const LOG_PAGE = 100;

/** The newest moderator actions first. Moderators and admins only. */
export async function listModerationLog({ actor, take = LOG_PAGE }: { actor: Actor | null; take?: number }): Promise<ModerationLogEntry[]> {
  requireModerator(actor, "moderation.log");
  const rows = await db().moderationAction.findMany({
    select: {
      id: true,
      kind: true,
      createdAt: true,
      reason: true,
      reportId: true,
      flagId: true,
      targetUserId: true,
      moderator: { select: { displayName: true } },
      targetUser: { select: { displayName: true } },
      report: { select: { exchange: { select: { slug: true, nameEn: true, nameJa: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, take), LOG_PAGE),
  });
  return rows.map(({ moderator, targetUser, report, ...row }) => ({
    ...row,
    moderatorName: moderator.displayName,
    targetUserName: targetUser?.displayName ?? null,
    exchange: report?.exchange ?? null,
  }));
}
