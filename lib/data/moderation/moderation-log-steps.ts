import type { Actor } from "../../domain/permissions";
import type { Prisma } from "../../generated/prisma/client";
import type { ModerationActionKind } from "../../generated/prisma/enums";

// Every moderator decision is written together with its ModerationAction row in one transaction:
// the log cannot miss a decision or invent one. Decisions are conditional updates ("publish if
// still held"), so two moderators acting on the same report at once get one success and one
// ConflictError, never two log rows.

type Tx = Prisma.TransactionClient;

export async function logAction(
  tx: Tx,
  moderator: Actor,
  kind: ModerationActionKind,
  target: { reportId?: string; flagId?: string; targetUserId?: string; reason: string | null },
): Promise<void> {
  await tx.moderationAction.create({ data: { moderatorId: moderator.id, kind, ...target } });
}

/** Hiding agrees with whoever flagged the report: its open flags are settled with it. */
export function upholdOpenFlags(tx: Tx, reportId: string) {
  return tx.flag.updateMany({ where: { reportId, status: "OPEN" }, data: { status: "UPHELD", resolvedAt: new Date() } });
}
