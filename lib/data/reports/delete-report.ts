import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { NotFoundError } from "../errors";
import { beginStatsChange } from "../guides/guide-aggregates";
import { bumpGuideVersion } from "../guides/guide-counters";
import { requireOwnReport } from "./require-own-report";

/** Soft delete: the report disappears from every page and statistic; its rows stay for moderation. */
export async function deleteReport({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<{ id: string; exchangeSlug: string }> {
  await requireOwnReport(actor, reportId, "report.delete");
  return db().$transaction(async (tx) => {
    const stats = await beginStatsChange(tx, { reportIds: [reportId] });
    const { count } = await tx.report.updateMany({ where: { id: reportId, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw new NotFoundError(`report ${reportId}`);
    const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, exchangeId: true, exchange: { select: { slug: true } } } });
    await stats.finish();
    if (report.status === "PUBLISHED") await bumpGuideVersion(tx, report.exchangeId);
    return { id: reportId, exchangeSlug: report.exchange.slug };
  });
}
