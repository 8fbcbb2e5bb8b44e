import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { cache } from "react";
import { findExchange } from "@/lib/data/exchanges";
import { Link } from "@/lib/i18n/navigation";
import { countryName, primaryName, secondaryName } from "../../_components/names";
import { ReportView } from "../../_components/report-view";
import { SafetyNotice } from "../../_components/safety-notice";
import { StatusBadge } from "../../_components/status-badge";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

// generateMetadata and the page share one query per request.
const loadExchange = cache((slug: string) => findExchange({ slug }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const exchange = await loadExchange(slug);
  return exchange ? { title: primaryName(exchange, locale) } : {};
}

export default async function ExchangePage({ params }: Props) {
  const { locale: requested, slug } = await params;
  const locale = resolvePageLocale(requested);
  const exchange = await loadExchange(slug);
  if (!exchange) notFound();
  const [t, tForm] = await Promise.all([getTranslations("exchange"), getTranslations("reportForm")]);
  const notes = locale === "ja" ? exchange.notesJa : exchange.notesEn;
  const otherNames = [secondaryName(exchange, locale), ...exchange.aliases];

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{primaryName(exchange, locale)}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          <span className="sr-only">{t("otherNames")}: </span>
          {otherNames.join(" · ")}
        </p>
      </header>

      <SafetyNotice />

      <section aria-labelledby="facts-title" className="space-y-3">
        <h2 id="facts-title" className="text-lg font-semibold">
          {t("facts")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("status")}</dt>
            <dd className="mt-0.5">
              <StatusBadge status={exchange.status} label={t(`statusValue.${exchange.status}`)} />
            </dd>
          </div>
          {exchange.country ? (
            <div>
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("country")}</dt>
              <dd className="mt-0.5">{countryName(exchange.country, locale, t("global"))}</dd>
            </div>
          ) : null}
          {exchange.website ? (
            <div>
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("website")}</dt>
              <dd className="mt-0.5">
                <a href={exchange.website} rel="noopener noreferrer" className="text-brand-700 underline dark:text-brand-300">
                  {exchange.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("officialDomains")}</dt>
            <dd className="mt-0.5">{exchange.officialDomains.join(", ")}</dd>
          </div>
          {exchange.supportUrl ? (
            <div className="sm:col-span-2">
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("support")}</dt>
              <dd className="mt-0.5">
                <a href={exchange.supportUrl} rel="noopener noreferrer" className="break-all text-brand-700 underline dark:text-brand-300">
                  {exchange.supportUrl}
                </a>
              </dd>
            </div>
          ) : null}
          {notes ? (
            <div className="sm:col-span-2">
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("notes")}</dt>
              <dd className="mt-0.5">{notes}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="reports-title" className="space-y-4">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="reports-title" className="text-lg font-semibold">
            {t("reportsTitle")}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("reportsCount", { count: exchange.reports.length })}</p>
        </div>
        <div className="flex flex-col gap-2 rounded-lg bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between dark:bg-slate-900">
          <p className="text-sm text-slate-700 dark:text-slate-300">{tForm("writeReportCta")}</p>
          <Link
            href={`/reports/new?exchange=${exchange.slug}`}
            className="inline-block shrink-0 rounded-md bg-brand-700 px-4 py-2 text-center font-medium text-white hover:bg-brand-600"
          >
            {tForm("writeReport")}
          </Link>
        </div>
        {exchange.reports.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {t("noReports")}
          </p>
        ) : (
          exchange.reports.map((report) => <ReportView key={report.id} report={report} />)
        )}
      </section>
    </div>
  );
}
