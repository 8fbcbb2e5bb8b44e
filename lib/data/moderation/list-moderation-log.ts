import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import type { ModerationActionKind } from "../../generated/prisma/enums";
import { requireModerator } from "./require-moderator";
import { exchangeNameSelect } from "../exchanges/exchange-select";

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
      report: { select: { exchange: { select: exchangeNameSelect } } },
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
