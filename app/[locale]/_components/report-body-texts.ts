import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import type { ReportDetail } from "@/lib/data/reports/report-detail";
import type { ReportHistoryEntry } from "@/lib/domain/report-history";
import { chooseReportText, pickText, type ShownText } from "@/lib/domain/report-language";
import { dayOffsets } from "@/lib/domain/report-timeline";
import { splitTextLinks } from "@/lib/domain/text-links";
import { itemLabel, languageName } from "./names";

// A report's facts, timeline, required items, tips and history as the texts the reader sees,
// formatted on the server and laid out by the client component ReportBody: as texts they cross
// the RSC payload once, not as an element tree with its classes. A guide lists ten reports and
// leaves these out of its page: GET /api/reports/<id>/body answers them when a reader opens one
// (ADR 017).

/** Free text in parts: plain text, or a link to one of the exchange's official domains. */
export type TextPart = string | { href: string; text: string };
export type LangText = { lang: string; parts: TextPart[] };

export type FactLabel = "incidentMonth" | "lockout" | "backupCodes" | "verificationLevel" | "channel" | "contactPath" | "inquiryLanguage" | "replyLanguages";

export type ReportBodyTexts = {
  facts: { label: FactLabel; value: string | LangText; detail?: LangText }[];
  events: { iso: string; when: string; day: string; kind: string; language?: string; note?: LangText }[];
  items: { code: string; label: string; note?: LangText }[];
  tips: { lang: string; lines: TextPart[][] } | null;
  /** Null for a report never changed since it was written. */
  history: { iso: string; when: string; text: string }[] | null;
};

/** The words around every report's texts: one object per request, so the payload carries it once. */
export type ReportBodyLabels = Record<FactLabel | "timeline" | "requiredItems" | "noRequiredItems" | "tips" | "history" | "showDetails" | "hideDetails" | "loading" | "loadFailed" | "openReport", string>;

export const getReportBodyLabels = cache(async (): Promise<ReportBodyLabels> => {
  const [t, tHistory] = await Promise.all([getTranslations("report"), getTranslations("reportForm.history")]);
  const keys = ["incidentMonth", "lockout", "backupCodes", "verificationLevel", "channel", "contactPath", "inquiryLanguage", "replyLanguages", "timeline", "requiredItems", "noRequiredItems", "tips", "showDetails", "hideDetails", "loading", "loadFailed"] as const;
  return { ...(Object.fromEntries(keys.map((key) => [key, t(key)])) as Omit<ReportBodyLabels, "history" | "openReport">), history: tHistory("title"), openReport: t("permalink") };
});

const plain = (text: ShownText): LangText => ({ lang: text.language, parts: [text.text] });

/**
 * What a reader of `locale` is shown of `report`: each free text in that language when the author
 * wrote or translated it so, otherwise in the original (lib/domain/report-language). The locale is
 * explicit, as a route handler has no page locale.
 */
export async function formatReportBody({ report, locale }: { report: ReportDetail; locale: string }): Promise<ReportBodyTexts> {
  const choice = chooseReportText(report, locale);
  const shown = (original: string | null, translation: string | null) => pickText(original, translation, choice, report.textLanguage);
  const [t, format, history] = await Promise.all([getTranslations({ locale, namespace: "report" }), getFormatter({ locale }), formatHistory(report.history, locale)]);
  const linked = (text: ShownText): LangText => ({
    lang: text.language,
    parts: splitTextLinks(text.text, report.exchange.officialDomains).map((segment) => (segment.kind === "link" ? { href: segment.href, text: segment.text } : segment.text)),
  });
  const lockoutDetail = shown(report.lockoutDetail, report.lockoutDetailTranslation);
  const verificationLevel = shown(report.verificationLevel, report.verificationLevelTranslation);
  const contactPath = shown(report.contactPath, report.contactPathTranslation);
  const tips = shown(report.tips, report.tipsTranslation);
  const offsets = dayOffsets(report.events);
  const facts: ReportBodyTexts["facts"] = [
    { label: "incidentMonth", value: format.dateTime(report.incidentMonth, { year: "numeric", month: "long" }) },
    { label: "lockout", value: t(`lockoutCause.${report.lockoutCause}`), ...(lockoutDetail ? { detail: plain(lockoutDetail) } : {}) },
    { label: "backupCodes", value: t(`backupCodesValue.${report.hadBackupCodes === null ? "unknown" : report.hadBackupCodes ? "yes" : "no"}`) },
    ...(verificationLevel ? [{ label: "verificationLevel" as const, value: plain(verificationLevel) }] : []),
    { label: "channel", value: t(`channelValue.${report.contactChannel}`) },
    ...(contactPath ? [{ label: "contactPath" as const, value: linked(contactPath) }] : []),
    { label: "inquiryLanguage", value: languageName(report.inquiryLanguage, locale) },
    { label: "replyLanguages", value: report.replyLanguages.map((code) => languageName(code, locale)).join(", ") },
  ];
  return {
    facts,
    events: report.events.map((event, index) => {
      const note = shown(event.note, event.noteTranslation);
      return {
        iso: event.occurredAt.toISOString(),
        when: format.dateTime(event.occurredAt, event.precision === "MINUTE" ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" }),
        day: t("dayNumber", { day: offsets[index] ?? 0 }),
        kind: t(`eventKind.${event.kind}`),
        ...(event.language ? { language: t("inLanguage", { language: languageName(event.language, locale) }) } : {}),
        ...(note ? { note: linked(note) } : {}),
      };
    }),
    items: report.requiredItems.map((item) => {
      const note = shown(item.note, item.noteTranslation);
      return { code: item.code, label: itemLabel(item, locale), ...(note ? { note: linked(note) } : {}) };
    }),
    tips: tips
      ? {
          lang: tips.language,
          lines: tips.text
            .split("\n")
            .map((tip) => tip.trim())
            .filter(Boolean)
            .map((tip) => linked({ ...tips, text: tip }).parts),
        }
      : null,
    history,
  };
}

/** When a report was reported, edited, updated and closed: readers see how it grew. */
async function formatHistory(history: readonly ReportHistoryEntry[], locale: string): Promise<ReportBodyTexts["history"]> {
  if (!history.some((entry) => entry.kind !== "CREATED")) return null;
  const [t, tReport, format] = await Promise.all([
    getTranslations({ locale, namespace: "reportForm.history" }),
    getTranslations({ locale, namespace: "report" }),
    getFormatter({ locale }),
  ]);
  const describe = (entry: ReportHistoryEntry): string => {
    switch (entry.kind) {
      case "CREATED":
        return t("CREATED");
      case "EDITED":
        return t("EDITED", { fields: entry.fields.map((field) => (t.has(`field.${field}`) ? t(`field.${field}`) : field)).join(", ") });
      case "EVENTS_ADDED":
        return t("EVENTS_ADDED", { count: entry.eventsAdded });
      case "CLOSED":
        return t("CLOSED", { outcome: entry.outcome ? tReport(`outcomeValue.${entry.outcome.to}`) : "" });
    }
  };
  return history.map((entry) => ({ iso: entry.createdAt.toISOString(), when: format.dateTime(entry.createdAt, { dateStyle: "medium" }), text: describe(entry) }));
}
