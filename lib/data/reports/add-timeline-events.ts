import "server-only";
import { db } from "../../db";
import { orderHoldReasons } from "../../domain/detection/hold";
import { dayOf, monthOf, timeOfDay } from "../../domain/floating-time";
import type { Actor } from "../../domain/permissions";
import { statusAfterWrite } from "../../domain/report-status";
import type { Prisma } from "../../generated/prisma/client";
import type { ReportUpdateKind } from "../../generated/prisma/enums";
import { toFieldErrorKeys } from "../../validation/field-errors";
import { consistencyErrorKeys } from "../../validation/report-consistency";
import { checkTimelineUpdate, mergeReplyLanguages, ReportUpdateInputSchema, type ReportUpdateInput } from "../../validation/report-update";
import { errorKey } from "../../validation/report-vocabulary";
import { beginStatsChange } from "../guides/guide-aggregates";
import { bumpGuideVersion } from "../guides/guide-counters";
import { consumeRateLimit } from "../rate-limit";
import { toEventRows } from "./event-rows";
import { eventOrder } from "./report-detail";
import { ReportInputError } from "./report-input-error";
import { requireOwnReport } from "./require-own-report";
import { lockReport, recordUpdate } from "./report-write-steps";
import { createScreen } from "./screen-text";
import { toWriteResult, writeResultSelect, type ReportWriteResult } from "./write-result";

type Tx = Prisma.TransactionClient;

/**
 * Adds events to a report and, when the outcome changes to an ending, closes it. Idempotent per
 * idempotency key (the form always sends one): the key is kept in the history row, and a repeat
 * finds it there.
 */
export async function addTimelineEvents({
  actor,
  reportId,
  events,
  outcome,
  idempotencyKey,
}: {
  actor: Actor | null;
  reportId: string;
  events: unknown;
  outcome?: unknown;
  idempotencyKey?: unknown;
}): Promise<ReportWriteResult> {
  const { actor: author } = await requireOwnReport(actor, reportId, "report.update");
  const parsed = ReportUpdateInputSchema.safeParse({ events, outcome, idempotencyKey });
  if (!parsed.success) throw new ReportInputError(toFieldErrorKeys(parsed.error.issues));
  const update: ReportUpdateInput = parsed.data;

  const key = update.idempotencyKey;
  const repeated = key ? await findUpdateByKey(reportId, key) : null;
  if (repeated) return repeated;

  return db().$transaction(async (tx) => {
    await lockReport(tx, reportId);
    const again = key ? await findUpdateByKey(reportId, key, tx) : null;
    if (again) return again;
    // Counted after the replay check and inside the transaction: neither a repeat nor a refused update spends the limit.
    await consumeRateLimit({ actor: author, action: "report.update" }, tx);
    const current = await tx.report.findUniqueOrThrow({
      where: { id: reportId },
      select: {
        ...writeResultSelect,
        exchangeId: true,
        incidentMonth: true,
        outcome: true,
        replyLanguages: true,
        textLanguage: true,
        translationLanguage: true,
        exchange: { select: { slug: true, officialDomains: true } },
        events: { select: { kind: true, occurredAt: true, precision: true, position: true }, orderBy: eventOrder },
      },
    });
    const outcome = update.outcome ?? current.outcome;
    if (update.events.length === 0 && outcome === current.outcome) throw new ReportInputError({ "": { key: errorKey.nothingToAdd } });
    const issues = checkTimelineUpdate(
      {
        incidentMonth: monthOf(current.incidentMonth),
        outcome: current.outcome,
        replyLanguages: current.replyLanguages,
        // With their times: a new event on the contact's day must not be timed before the contact.
        events: current.events.map((event) => ({
          kind: event.kind,
          day: dayOf(event.occurredAt),
          ...(event.precision === "MINUTE" ? { time: timeOfDay(event.occurredAt) } : {}),
        })),
      },
      update,
    );
    if (issues.length > 0) throw new ReportInputError(consistencyErrorKeys(issues));

    const { screens, reasons } = createScreen(current.exchange.officialDomains, current.textLanguage, current.translationLanguage);
    // New events go after every existing one of the same day.
    const firstPosition = current.events.reduce((max, event) => Math.max(max, event.position + 1), 0);
    const rows = toEventRows(update.events, screens, firstPosition);
    const next = statusAfterWrite(current, orderHoldReasons(reasons));
    const outcomeChanged = outcome !== current.outcome;
    const stats = await beginStatsChange(tx, { reportIds: [reportId] });
    const updated = await tx.report.update({
      where: { id: reportId },
      data: {
        outcome,
        replyLanguages: mergeReplyLanguages(current.replyLanguages, update.events),
        ...next,
        events: { create: rows },
      },
      select: writeResultSelect,
    });
    const kind: ReportUpdateKind = outcomeChanged && outcome !== "STILL_WAITING" ? "CLOSED" : "EVENTS_ADDED";
    await recordUpdate(tx, reportId, author.id, kind, {
      eventsAdded: rows.length,
      ...(outcomeChanged ? { outcome: [current.outcome, outcome] } : {}),
      ...(current.status !== next.status ? { status: [current.status, next.status], heldReasons: next.heldReasons } : {}),
      ...(key ? { idempotencyKey: key } : {}),
    });
    await stats.finish();
    if (current.status === "PUBLISHED" || next.status === "PUBLISHED") await bumpGuideVersion(tx, current.exchangeId);
    return toWriteResult(updated, true);
  });
}

async function findUpdateByKey(reportId: string, idempotencyKey: string, client: Tx = db()): Promise<ReportWriteResult | null> {
  const update = await client.reportUpdate.findFirst({
    where: { reportId, changes: { path: ["idempotencyKey"], equals: idempotencyKey } },
    select: { report: { select: writeResultSelect } },
  });
  return update ? toWriteResult(update.report, false) : null;
}
