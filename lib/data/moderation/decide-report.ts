import "server-only";
import { db } from "../../db";
import { reportTransitions, type ReportDecision } from "../../domain/moderation";
import type { Actor } from "../../domain/permissions";
import type { Prisma } from "../../generated/prisma/client";
import type { ModerationActionKind, ReportStatus } from "../../generated/prisma/enums";
import { isRecordId } from "../../validation/text";
import { ConflictError, NotFoundError } from "../errors";
import { beginStatsChange } from "../guides/guide-aggregates";
import { bumpGuideVersion } from "../guides/guide-counters";
import { logAction, upholdOpenFlags } from "./moderation-log-steps";
import { requireModerator } from "./require-moderator";

// A moderator's decision on a report: publish, hide or restore, by the transitions of
// lib/domain/moderation.ts.

type Tx = Prisma.TransactionClient;

const decisionKinds: Record<ReportDecision, ModerationActionKind> = { publish: "PUBLISH", hide: "HIDE", restore: "RESTORE" };

async function decideReport(decision: ReportDecision, { actor, reportId, reason = null }: { actor: Actor | null; reportId: string; reason?: string | null }): Promise<void> {
  const moderator = requireModerator(actor, `report.${decision}`);
  const rule = reportTransitions[decision];
  await db().$transaction(async (tx) => {
    const stats = isRecordId(reportId) ? await beginStatsChange(tx, { reportIds: [reportId] }) : null;
    const { exchangeId } = await moveReport(tx, reportId, rule.from, rule.to);
    await stats?.finish();
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

/** Held (PENDING_REVIEW) -> PUBLISHED. */
export const publishReport = (options: { actor: Actor | null; reportId: string; reason?: string | null }) => decideReport("publish", options);
/** PUBLISHED or held -> HIDDEN; its open flags are upheld. */
export const hideReport = (options: { actor: Actor | null; reportId: string; reason?: string | null }) => decideReport("hide", options);
/** HIDDEN -> PUBLISHED. */
export const restoreReport = (options: { actor: Actor | null; reportId: string; reason?: string | null }) => decideReport("restore", options);
