import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { findReportForEdit, type ReportForEdit } from "@/lib/data/reports/find-report-for-edit";

/** The signed-in author's report for the author-only pages; anyone else gets the 404 page. */
export async function loadOwnReport(actor: SessionUser, reportId: string): Promise<ReportForEdit> {
  try {
    return await findReportForEdit({ actor, reportId });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
