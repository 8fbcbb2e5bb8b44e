import "server-only";
import { db } from "../../db";
import type { ReportFact } from "../../domain/stats";
import { loadFacts } from "./load-facts";

/** The facts computeGuideStats reads, for the published reports of one exchange. */
export async function loadReportFacts({ exchangeId }: { exchangeId: string }): Promise<ReportFact[]> {
  return (await loadFacts(db(), [exchangeId])).map(({ exchangeId: _exchangeId, ...fact }) => fact);
}
