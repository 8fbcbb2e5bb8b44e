import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signInUrlFor } from "@/lib/actions/posted-form";
import { getActor } from "@/lib/auth/session";
import { listOwnCases } from "@/lib/data/cases/list-own-cases";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../_components/names";
import { CaseStatusBadge } from "./_components/case-status-badge";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "cases" });
  return { title: t("listTitle"), robots: { index: false } };
}

export default async function CasesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const actor = await getActor();
  if (!actor) redirect(signInUrlFor(locale, "/cases"));
  const [t, format, cases] = await Promise.all([getTranslations("cases"), getFormatter(), listOwnCases({ actor })]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("listTitle")}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t("listLead")}</p>
      </header>
      {cases.length === 0 ? (
        <div className="space-y-3 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          <p>{t("empty")}</p>
          <Link href="/cases/new" className="inline-block font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300">
            {t("openCase")}
          </Link>
        </div>
      ) : (
        <>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {cases.map((recoveryCase) => (
              <li key={recoveryCase.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="space-y-1">
                  <Link href={`/cases/${recoveryCase.id}`} className="font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
                    {t("caseTitle", { exchange: primaryName(recoveryCase.exchange, locale) })}
                  </Link>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {t("openedOn", { date: day(recoveryCase.createdAt) })} · {t("eventCount", { count: recoveryCase.eventCount })}
                    {recoveryCase.followUpDueAt ? ` · ${t("followUpDueOn", { date: day(recoveryCase.followUpDueAt) })}` : null}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <CaseStatusBadge status={recoveryCase.status} label={t(`status.${recoveryCase.status}`)} />
                  {recoveryCase.publishedReportId ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 dark:bg-slate-800 dark:text-brand-200">{t("publishedBadge")}</span> : null}
                </div>
              </li>
            ))}
          </ul>
          <Link href="/cases/new" className="inline-block font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300">
            {t("openCase")}
          </Link>
        </>
      )}
    </div>
  );
}
