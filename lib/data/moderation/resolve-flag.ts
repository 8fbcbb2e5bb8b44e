import "server-only";
import { db } from "../../db";
import { reportTransitions } from "../../domain/moderation";
import type { Actor } from "../../domain/permissions";
import { isRecordId } from "../../validation/text";
import { ConflictError, NotFoundError } from "../errors";
import { beginStatsChange } from "../guides/guide-aggregates";
import { bumpGuideVersion } from "../guides/guide-counters";
import { logAction, upholdOpenFlags } from "./moderation-log-steps";
import { requireModerator } from "./require-moderator";

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
      const stats = await beginStatsChange(tx, { reportIds: [flag.reportId] });
      ({ count: hidden } = await tx.report.updateMany({ where: { id: flag.reportId, status: { in: [...reportTransitions.hide.from] } }, data: { status: reportTransitions.hide.to } }));
      await stats.finish();
      await upholdOpenFlags(tx, flag.reportId);
    }
    await logAction(tx, moderator, decision === "uphold" ? "UPHOLD_FLAG" : "DISMISS_FLAG", { flagId, reportId: flag.reportId, reason });
    if (hidden > 0) await bumpGuideVersion(tx, flag.report.exchangeId);
  });
}
