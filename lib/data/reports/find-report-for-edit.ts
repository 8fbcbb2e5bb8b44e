import "server-only";
import { db } from "../../db";
import { dayOf, monthOf, timeOfDay } from "../../domain/floating-time";
import type { Actor } from "../../domain/permissions";
import type { ReportStatus } from "../../generated/prisma/enums";
import type { ReportInput } from "../../validation/report";
import type { TimelineEventInput } from "../../validation/report-fields";
import type { BackupCodesAnswer } from "../../validation/report-vocabulary";
import { editableSelect } from "./editable-report";
import { requireOwnReport } from "./require-own-report";
import { exchangeNameSelect } from "../exchanges/exchange-select";

export type ReportFormEvent = { kind: TimelineEventInput["kind"]; day: string; time: string; note: string; language: string; noteTranslation: string };

/** A report as the form edits it: every value in the form's own shape. */
export type ReportForEdit = {
  id: string;
  status: ReportStatus;
  heldReasons: string[];
  exchange: { slug: string; nameEn: string; nameJa: string };
  values: {
    exchangeSlug: string;
    incidentMonth: string;
    lockoutCause: ReportInput["lockoutCause"];
    lockoutDetail: string;
    hadBackupCodes: BackupCodesAnswer;
    verificationLevel: string;
    contactChannel: ReportInput["contactChannel"];
    contactPath: string;
    inquiryLanguage: string;
    replyLanguages: string[];
    textLanguage: string;
    outcome: ReportInput["outcome"];
    summary: string;
    tips: string;
    events: ReportFormEvent[];
    requiredItems: { code: string; note: string; noteTranslation: string }[];
    translationLanguage: string;
    lockoutDetailTranslation: string;
    verificationLevelTranslation: string;
    contactPathTranslation: string;
    summaryTranslation: string;
    tipsTranslation: string;
  };
};

export async function findReportForEdit({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<ReportForEdit> {
  await requireOwnReport(actor, reportId, "report.update");
  const row = await db().report.findUniqueOrThrow({
    where: { id: reportId },
    select: { ...editableSelect, id: true, exchange: { select: exchangeNameSelect } },
  });
  return {
    id: row.id,
    status: row.status,
    heldReasons: row.heldReasons,
    exchange: row.exchange,
    values: {
      exchangeSlug: row.exchange.slug,
      incidentMonth: monthOf(row.incidentMonth),
      lockoutCause: row.lockoutCause,
      lockoutDetail: row.lockoutDetail ?? "",
      hadBackupCodes: row.hadBackupCodes === null ? "unknown" : row.hadBackupCodes ? "yes" : "no",
      verificationLevel: row.verificationLevel ?? "",
      contactChannel: row.contactChannel,
      contactPath: row.contactPath,
      inquiryLanguage: row.inquiryLanguage,
      replyLanguages: row.replyLanguages,
      textLanguage: row.textLanguage,
      outcome: row.outcome,
      summary: row.summary ?? "",
      tips: row.tips ?? "",
      events: row.events.map((event) => ({
        kind: event.kind,
        day: dayOf(event.occurredAt),
        time: event.precision === "MINUTE" ? timeOfDay(event.occurredAt) : "",
        note: event.note ?? "",
        language: event.language ?? "",
        noteTranslation: event.noteTranslation ?? "",
      })),
      requiredItems: row.requiredItems.map((item) => ({ code: item.item.code, note: item.note ?? "", noteTranslation: item.noteTranslation ?? "" })),
      translationLanguage: row.translationLanguage ?? "",
      lockoutDetailTranslation: row.lockoutDetailTranslation ?? "",
      verificationLevelTranslation: row.verificationLevelTranslation ?? "",
      contactPathTranslation: row.contactPathTranslation ?? "",
      summaryTranslation: row.summaryTranslation ?? "",
      tipsTranslation: row.tipsTranslation ?? "",
    },
  };
}
