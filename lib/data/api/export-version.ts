import "server-only";
import { db } from "../../db";
import { publicReportWhere } from "./public-report-rows";

/**
 * What the exports' entity tag is made of: how many reports are published and when the latest of
 * them changed. A vote, an edit or a publication moves one of them (votes touch updatedAt), a
 * removal the count, so a client can re-download only when something changed.
 */
export async function readExportVersion(): Promise<string> {
  const { _count, _max } = await db().report.aggregate({ where: publicReportWhere, _count: { _all: true }, _max: { updatedAt: true } });
  return `${_count._all}-${_max.updatedAt?.getTime() ?? 0}`;
}
