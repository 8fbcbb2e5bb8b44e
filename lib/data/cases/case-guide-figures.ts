import "server-only";
import { db } from "../../db";
import type { CaseGuideFigures } from "../../domain/cases/case-standing";
import { storedGuideOf } from "../../domain/stats/stored-guide";
import { refreshStaleGuides } from "../guides/refresh-stale-guides";
import { storedGuideSelect } from "../guides/stored-guides";

/**
 * The exchange's guide figures a case is compared with. The stored guide is used even when a
 * newer report has made it stale: a follow-up date a report behind is still the right advice,
 * and the guide page itself refreshes it. Only an exchange never computed is computed here.
 */
export async function findCaseGuideFigures(exchangeId: string, now: Date): Promise<{ figures: CaseGuideFigures; n: number }> {
  const row = await db().exchangeGuide.findUnique({ where: { exchangeId }, select: storedGuideSelect });
  const guide = storedGuideOf(row) ?? (await refreshStaleGuides(db(), [{ exchangeId, stored: null }], { now })).get(exchangeId);
  const figures = guide?.stats.figures;
  return { figures: figures ? { firstHumanReply: figures.firstHumanReply, resolution: figures.resolution } : null, n: guide?.stats.n ?? 0 };
}
