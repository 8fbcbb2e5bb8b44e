import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnCase } from "@/lib/data/cases/find-own-case";
import { draftFollowUpMessage } from "@/lib/domain/cases/follow-up-message";

/** Where the case stands against its exchange's guide, and the follow-up to send when one is due. */
export async function CaseStandingSection({ recoveryCase, exchangeName, locale }: { recoveryCase: OwnCase; exchangeName: string; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("cases.standing"), getFormatter()]);
  const { standing } = recoveryCase;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const lines: string[] = [];
  if (standing.phase === "notStarted") lines.push(t("notStarted"));
  else if (standing.phase === "closed") lines.push(t("closed"));
  else {
    lines.push(t(standing.phase === "awaitingHumanReply" ? "dayWithoutReply" : "dayWithoutResolution", { day: standing.day }));
    if (standing.comparison) {
      const share = format.number(standing.comparison.share, { style: "percent", maximumFractionDigits: 0 });
      lines.push(t(standing.comparison.milestone === "humanReply" ? "humanReplyShare" : "resolutionShare", { exchange: exchangeName, share, day: standing.day, n: standing.comparison.n }));
    } else lines.push(t("tooFewReports", { exchange: exchangeName, n: recoveryCase.guideReports }));
    if (standing.nextMilestone) lines.push(t(standing.nextMilestone.milestone === "humanReply" ? "nextHumanReply" : "nextResolution", { day: standing.nextMilestone.medianDay }));
  }
  const followUp = standing.followUp;
  const firstDay = recoveryCase.events[0]?.day;
  const ownerLanguage = recoveryCase.inquiryLanguage === "ja" || recoveryCase.inquiryLanguage === "en" ? recoveryCase.inquiryLanguage : locale === "ja" ? "ja" : "en";

  return (
    <section aria-labelledby="case-standing-title" className="space-y-3 rounded-lg border border-brand-600 bg-brand-50 p-4 dark:border-brand-300 dark:bg-slate-900">
      <h2 id="case-standing-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <div data-testid="case-standing" className="space-y-1">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {standing.phase !== "closed" && standing.phase !== "notStarted" && !followUp ? <p>{t("waitingForYou")}</p> : null}
      {followUp ? (
        <div data-testid="case-follow-up" className="space-y-2">
          <p className={followUp.isDue ? "font-semibold text-amber-900 dark:text-amber-200" : undefined}>{followUp.isDue ? t("followUpDue", { date: day(followUp.dueAt) }) : t("followUpNotYet", { date: day(followUp.dueAt) })}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t(followUp.basis === "guide" ? "basisGuide" : "basisFallback", { days: followUp.thresholdDays })}</p>
          {followUp.isDue && firstDay ? (
            <div className="space-y-1">
              <label htmlFor="follow-up-draft" className="block font-medium">
                {t("draftTitle")}
              </label>
              <p id="follow-up-draft-hint" className="text-sm text-slate-600 dark:text-slate-400">
                {t("draftHint")}
              </p>
              <textarea
                id="follow-up-draft"
                aria-describedby="follow-up-draft-hint"
                readOnly
                lang={ownerLanguage}
                rows={8}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
                defaultValue={draftFollowUpMessage({ language: ownerLanguage, exchangeName, contactDay: firstDay, daysWaiting: standing.day, ticketReference: recoveryCase.ticketReference })}
              />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
