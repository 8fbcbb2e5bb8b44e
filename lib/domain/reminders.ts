import { createTranslator } from "next-intl";
import enJobs from "../../messages/en/jobs.json";
import jaJobs from "../../messages/ja/jobs.json";

// Case follow-up reminders (docs/decisions/010-job-queue.md): which cases are due, and the e-mail
// they get. The reminder job's SQL asks the same question as isReminderDue; the unit tests hold
// the rule, the integration tests check the SQL against it.

export type ReminderLocale = "en" | "ja";

export type ReminderCandidate = {
  status: string;
  remindersEnabled: boolean;
  followUpDueAt: Date | null;
  ownerEmail: string | null;
};

/** A reminder goes out for an open case with reminders on, a due follow-up, and an address to send to. */
export function isReminderDue(candidate: ReminderCandidate, now: Date): boolean {
  return (
    candidate.status === "OPEN" &&
    candidate.remindersEnabled &&
    candidate.followUpDueAt !== null &&
    candidate.followUpDueAt.getTime() <= now.getTime() &&
    Boolean(candidate.ownerEmail?.trim())
  );
}

/**
 * The language a reminder leads with. Cases carry no interface language of their own (yet): the
 * language the owner writes to support in is the best sign we have; the mail holds both anyway.
 */
export function reminderLocaleFor(inquiryLanguage: string | null): ReminderLocale {
  return inquiryLanguage?.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** The case page and the unsubscribe page, on the app's public origin, in the reader's language. */
export function reminderLinks({ origin, locale, caseId, token }: { origin: string; locale: ReminderLocale; caseId: string; token: string }) {
  const base = origin.replace(/\/+$/, "");
  const encodedToken = encodeURIComponent(token);
  return {
    caseUrl: `${base}/${locale}/cases/${encodeURIComponent(caseId)}`,
    unsubscribePageUrl: `${base}/${locale}/cases/unsubscribe?token=${encodedToken}`,
    // RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to this address.
    oneClickUrl: `${base}/api/cases/unsubscribe?token=${encodedToken}`,
  };
}

export type ReminderMail = { subject: string; text: string; headers: Record<string, string> };

const catalogues = { en: enJobs, ja: jaJobs } as const;

/** Plain text in both languages, the reader's first, with the RFC 2369/8058 unsubscribe headers. */
export function buildReminderMail({
  locale,
  exchangeNames,
  dueAt,
  links,
}: {
  locale: ReminderLocale;
  /** The exchange's name in each language: each half of the mail names it in its own. */
  exchangeNames: Record<ReminderLocale, string>;
  dueAt: Date;
  /** The links in each language: each half of the mail opens the pages in its own. */
  links: (language: ReminderLocale) => ReturnType<typeof reminderLinks>;
}): ReminderMail {
  const order: ReminderLocale[] = locale === "ja" ? ["ja", "en"] : ["en", "ja"];
  const parts = order.map((language) => {
    const t = createTranslator({ locale: language, messages: catalogues[language], namespace: "jobs.mail" });
    const due = dueAt.toISOString().slice(0, 10);
    const exchange = exchangeNames[language];
    const { caseUrl, unsubscribePageUrl } = links(language);
    return {
      subject: t("subject", { exchange }),
      text: [t("intro", { exchange, due }), "", t("action"), caseUrl, "", t("why"), t("unsubscribe"), unsubscribePageUrl].join("\n"),
    };
  });
  return {
    subject: parts[0]?.subject ?? "",
    text: `${parts.map((part) => part.text).join("\n\n------------------------------\n\n")}\n`,
    headers: { "List-Unsubscribe": `<${links(locale).oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
