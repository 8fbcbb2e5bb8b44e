import "server-only";
import { db } from "../../db";
import type { Actor } from "../../domain/permissions";
import { statusAfterWrite } from "../../domain/report-status";
import type { Prisma } from "../../generated/prisma/client";
import { beginStatsChange } from "../guides/guide-aggregates";
import { bumpGuideVersion } from "../guides/guide-counters";
import { consumeRateLimit } from "../rate-limit";
import { changedFields } from "./changed-fields";
import { editableSelect } from "./editable-report";
import { parseReportInput } from "./parse-report-input";
import { prepareReport, requiredItemRows } from "./prepare-report";
import { requireOwnReport } from "./require-own-report";
import { lockReport, recordUpdate } from "./report-write-steps";
import { toWriteResult, writeResultSelect, type ReportWriteResult } from "./write-result";

/** The author rewrites the whole report. The history keeps which fields changed, not their old text. */
export async function updateReport({ actor, reportId, input }: { actor: Actor | null; reportId: string; input: unknown }): Promise<ReportWriteResult> {
  const { actor: author } = await requireOwnReport(actor, reportId, "report.update");
  const report = parseReportInput(input);
  await consumeRateLimit({ actor: author, action: "report.update" });

  return db().$transaction(async (tx) => {
    await lockReport(tx, reportId);
    const current = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { ...editableSelect, exchangeId: true } });
    const prepared = await prepareReport(tx, report);
    const fields = changedFields(current, prepared);
    if (fields.length === 0) {
      return { id: reportId, status: current.status, heldReasons: current.heldReasons, exchangeSlug: current.exchange.slug, changed: false };
    }
    const next = statusAfterWrite(current, prepared.reasons);
    const stats = await beginStatsChange(tx, { reportIds: [reportId], exchangeIds: [prepared.exchange.id] });
    const updated = await tx.report.update({
      where: { id: reportId },
      data: {
        exchangeId: prepared.exchange.id,
        ...prepared.scalars,
        ...next,
        ...(fields.includes("events") ? { events: { deleteMany: {}, create: prepared.events } } : {}),
        ...(fields.includes("requiredItems") ? { requiredItems: { deleteMany: {}, create: requiredItemRows(prepared.items) } } : {}),
      },
      select: writeResultSelect,
    });
    const changes: Prisma.InputJsonObject = {
      fields,
      ...(current.outcome !== prepared.scalars.outcome ? { outcome: [current.outcome, prepared.scalars.outcome] } : {}),
      ...(current.status !== next.status ? { status: [current.status, next.status], heldReasons: next.heldReasons } : {}),
    };
    await recordUpdate(tx, reportId, author.id, "EDITED", changes);
    // The report may have moved to another exchange: both guides change.
    await stats.finish();
    if (current.status === "PUBLISHED" || next.status === "PUBLISHED") await bumpGuideVersion(tx, [current.exchangeId, prepared.exchange.id]);
    return toWriteResult(updated, true);
  });
}
