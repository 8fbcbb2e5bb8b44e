import type { ApiReport } from "./schemas";

// The bulk export's two formats, one line per published report. JSON Lines holds the API's report
// object as is; CSV flattens it for spreadsheets: the timeline as one line per event inside its
// cell ("2026-01-05 CONTACTED: note"), lists joined with "; ".

export const EXPORT_LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), Recovery Atlas contributors";
export const EXPORT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/** The CSV columns in order; the data dictionary page describes each one (messages api.columns). */
export const EXPORT_COLUMNS = [
  "id",
  "exchange",
  "author",
  "created_at",
  "updated_at",
  "incident_month",
  "lockout_cause",
  "had_backup_codes",
  "contact_channel",
  "contact_path",
  "inquiry_language",
  "reply_languages",
  "outcome",
  "text_language",
  "lockout_detail",
  "verification_level",
  "summary",
  "tips",
  "translation_language",
  "summary_translation",
  "tips_translation",
  "timeline",
  "required_items",
  "days_to_resolution",
  "votes_helpful",
  "votes_not_helpful",
  "licence",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

const day = (iso: string) => iso.slice(0, 10);

function timelineCell(report: ApiReport): string {
  return report.timeline.map((event) => `${event.precision === "DAY" ? day(event.occurredAt) : event.occurredAt.slice(0, 16).replace("T", " ")} ${event.kind}${event.note ? `: ${event.note}` : ""}`).join("\n");
}

function itemsCell(report: ApiReport): string {
  return report.requiredItems.map((item) => (item.note ? `${item.code} (${item.note})` : item.code)).join("; ");
}

/** Whole days from the first event to the resolution, as a spreadsheet can sort them; empty while open. */
function daysToResolution(report: ApiReport): number | null {
  const first = report.timeline[0];
  const resolved = report.timeline.find((event) => event.kind === "RESOLVED" || event.kind === "RESOLVED_SILENTLY");
  if (!first || !resolved) return null;
  return Math.round((Date.parse(day(resolved.occurredAt)) - Date.parse(day(first.occurredAt))) / 86_400_000);
}

export function exportRecord(report: ApiReport): Record<ExportColumn, string | number | boolean | null> {
  return {
    id: report.id,
    exchange: report.exchange,
    author: report.author,
    created_at: report.createdAt,
    updated_at: report.updatedAt,
    incident_month: report.incidentMonth,
    lockout_cause: report.lockoutCause,
    had_backup_codes: report.hadBackupCodes,
    contact_channel: report.contactChannel,
    contact_path: report.texts.contactPath,
    inquiry_language: report.inquiryLanguage,
    reply_languages: report.replyLanguages.join("; "),
    outcome: report.outcome,
    text_language: report.textLanguage,
    lockout_detail: report.texts.lockoutDetail,
    verification_level: report.texts.verificationLevel,
    summary: report.texts.summary,
    tips: report.texts.tips,
    translation_language: report.translation?.language ?? null,
    summary_translation: report.translation?.summary ?? null,
    tips_translation: report.translation?.tips ?? null,
    timeline: timelineCell(report),
    required_items: itemsCell(report),
    days_to_resolution: daysToResolution(report),
    votes_helpful: report.votes.helpful,
    votes_not_helpful: report.votes.notHelpful,
    licence: EXPORT_LICENCE,
  };
}

// RFC 4180 quoting, and a leading quote mark before =, +, -, @, tab or CR so that a spreadsheet
// shows text as text instead of running it as a formula (OWASP "CSV injection").
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** The CSV's first line; a byte order mark first, so spreadsheets read the Japanese as UTF-8. */
export const CSV_HEADER = `\uFEFF${csvLine(EXPORT_COLUMNS)}`;

export function csvRow(report: ApiReport): string {
  const record = exportRecord(report);
  return csvLine(EXPORT_COLUMNS.map((column) => record[column]));
}

export function jsonLine(report: ApiReport): string {
  return `${JSON.stringify({ ...report, licence: EXPORT_LICENCE })}\n`;
}
