import "server-only";
import { db } from "../../db";
import { toApiReport } from "../../domain/public-api/mapping";
import type { ApiReport } from "../../domain/public-api/schemas";
import type { Prisma } from "../../generated/prisma/client";
import { publicReportSelect, publicReportWhere, toPublicReportRow } from "./public-report-rows";

type PublicRow = Prisma.ReportGetPayload<{ select: typeof publicReportSelect }>;

/** Reports per query: large enough that round trips do not dominate, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 1000;

/**
 * Every published report, in id order, a batch at a time (keyset on id, so each batch is an index
 * range scan however far the export has gone): memory holds one batch whatever the total.
 */
export async function* streamPublicReports({ batchSize = EXPORT_BATCH_SIZE }: { batchSize?: number } = {}): AsyncGenerator<ApiReport[]> {
  let after: string | null = null;
  for (;;) {
    const rows: PublicRow[] = await db().report.findMany({
      where: { ...publicReportWhere, ...(after === null ? {} : { id: { gt: after } }) },
      select: publicReportSelect,
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    yield rows.map((row) => toApiReport(toPublicReportRow(row)));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]?.id ?? null;
  }
}
