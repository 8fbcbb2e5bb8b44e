import { randomUUID } from "node:crypto";
import type { ReportInputDraft } from "../../lib/validation/report";

// A typical report as the form sends it: five events over three weeks, four required items,
// a summary and a tip, nothing the detectors would hold. Days are relative to today so the form's
// "not in the future" rules always pass.

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export function buildReportInput(exchangeSlug: string, sequence: number): ReportInputDraft {
  const contacted = 40 + (sequence % 20);
  return {
    exchangeSlug,
    incidentMonth: daysAgo(contacted + 5).slice(0, 7),
    lockoutCause: "DEVICE_RESET",
    lockoutDetail: "The phone was replaced and the authenticator app was not transferred.",
    hadBackupCodes: "no",
    verificationLevel: "Tier 2",
    contactChannel: "WEB_FORM",
    contactPath: "Help center > Contact us > Account > Two-factor authentication",
    inquiryLanguage: "ja",
    replyLanguages: ["ja"],
    textLanguage: "en",
    outcome: "RESOLVED",
    summary: `Locked out after changing phones (bench report ${sequence}). Support asked for a photo of my ID and a selfie holding it, then reset two-factor authentication.`,
    tips: "Send every document in one reply; each partial answer restarted the queue.",
    events: [
      { kind: "CONTACTED", day: daysAgo(contacted) },
      { kind: "AUTO_ACKNOWLEDGEMENT", day: daysAgo(contacted) },
      { kind: "INFO_REQUESTED", day: daysAgo(contacted - 6), note: "Asked for ID and a selfie." },
      { kind: "INFO_SENT", day: daysAgo(contacted - 7) },
      { kind: "RESOLVED", day: daysAgo(contacted - 20) },
    ],
    requiredItems: [{ code: "FULL_NAME" }, { code: "DATE_OF_BIRTH" }, { code: "GOVERNMENT_ID" }, { code: "ID_SELFIE", note: "Holding today's date" }],
    idempotencyKey: randomUUID(),
  };
}
