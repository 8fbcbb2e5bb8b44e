import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnCase } from "@/lib/data/cases/find-own-case";
import { Link } from "@/lib/i18n/navigation";
import { CASE_STATUSES } from "@/lib/validation/case";
import { buttonClass, primaryButtonClass } from "../../_components/field";
import { setCaseRemindersAction, setCaseStatusAction } from "../actions";

const sectionClass = "space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800";

function CaseHiddenFields({ locale, caseId }: { locale: string; caseId: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
    </>
  );
}

/** Status, reminders and publishing: plain forms and links, working before any script loads. */
export async function CaseSettingsSections({ recoveryCase, locale }: { recoveryCase: OwnCase; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("cases"), getFormatter()]);
  const open = recoveryCase.status === "OPEN";
  const statusLabel = t(`status.${recoveryCase.status}`);

  return (
    <>
      <section aria-labelledby="case-status-title" className={sectionClass}>
        <h2 id="case-status-title" className="text-xl font-semibold">
          {t("statusSection.title")}
        </h2>
        {open ? <p className="text-slate-700 dark:text-slate-300">{t("statusSection.lead")}</p> : <p>{t("statusSection.closedOn", { date: format.dateTime(recoveryCase.closedAt ?? recoveryCase.createdAt, { dateStyle: "long" }), status: statusLabel })}</p>}
        <form action={setCaseStatusAction} className="flex flex-wrap gap-2">
          <CaseHiddenFields locale={locale} caseId={recoveryCase.id} />
          {open ? (
            CASE_STATUSES.filter((status) => status !== "OPEN").map((status) => (
              <button key={status} type="submit" name="status" value={status} className={buttonClass}>
                {t("statusSection.closeAs", { status: t(`status.${status}`) })}
              </button>
            ))
          ) : (
            <button type="submit" name="status" value="OPEN" className={buttonClass}>
              {t("statusSection.reopen")}
            </button>
          )}
        </form>
      </section>

      {open ? (
        <section aria-labelledby="case-reminders-title" className={sectionClass}>
          <h2 id="case-reminders-title" className="text-xl font-semibold">
            {t("reminders.title")}
          </h2>
          <form action={setCaseRemindersAction} className="space-y-2">
            <CaseHiddenFields locale={locale} caseId={recoveryCase.id} />
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" name="remindersEnabled" defaultChecked={recoveryCase.remindersEnabled} aria-describedby="case-reminders-hint" className="size-4 accent-brand-700" />
              {t("reminders.label")}
            </label>
            <p id="case-reminders-hint" className="text-sm text-slate-600 dark:text-slate-400">
              {t("reminders.hint")} {t(recoveryCase.remindersEnabled ? "reminders.on" : "reminders.off")}
            </p>
            <button type="submit" className={buttonClass}>
              {t("reminders.save")}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="case-publish-title" className={sectionClass}>
        <h2 id="case-publish-title" className="text-xl font-semibold">
          {t("publish.title")}
        </h2>
        {recoveryCase.publishedReportId ? (
          <p>
            {t("publish.published")}{" "}
            <Link href={`/reports/${recoveryCase.publishedReportId}`} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300">
              {t("publish.viewReport")}
            </Link>
          </p>
        ) : (
          <>
            <p className="text-slate-700 dark:text-slate-300">{t(open ? "publish.openLead" : "publish.closedLead")}</p>
            <Link href={`/reports/new?case=${recoveryCase.id}`} className={open ? buttonClass : primaryButtonClass}>
              {t(open ? "publish.openButton" : "publish.closedButton")}
            </Link>
          </>
        )}
      </section>
    </>
  );
}
