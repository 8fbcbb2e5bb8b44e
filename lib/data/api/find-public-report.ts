import "server-only";
import { db } from "../../db";
import { toApiReport } from "../../domain/public-api/mapping";
import type { ApiReport } from "../../domain/public-api/schemas";
import { publicReportSelect, publicReportWhere, toPublicReportRow } from "./public-report-rows";

/** A published report as the API shows it, or null when it is not published (held, hidden, deleted) or unknown. */
export async function findPublicReport({ id }: { id: string }): Promise<ApiReport | null> {
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return null;
  const row = await db().report.findFirst({ where: { ...publicReportWhere, id }, select: publicReportSelect });
  return row && toApiReport(toPublicReportRow(row));
}
