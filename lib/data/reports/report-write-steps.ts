import type { Prisma } from "../../generated/prisma/client";
import type { ReportUpdateKind } from "../../generated/prisma/enums";

// Steps every author's write to a report takes inside its transaction. Every write (create-report,
// update-report, add-timeline-events, delete-report) checks who may do it (lib/domain/permissions)
// before anything else, parses its input with the form's own schema, screens every free text with
// the detectors (screen-text.ts), and writes the report with its history row in one transaction.

type Tx = Prisma.TransactionClient;

/** Serializes writes to one report: the second of two concurrent updates sees the first. */
export async function lockReport(tx: Tx, reportId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Report" WHERE "id" = ${reportId} FOR UPDATE`;
}

/** The report's history row for this write (lib/domain/report-history.ts reads it back). */
export function recordUpdate(tx: Tx, reportId: string, actorId: string, kind: ReportUpdateKind, changes: Prisma.InputJsonObject) {
  return tx.reportUpdate.create({ data: { reportId, actorId, kind, changes } });
}
