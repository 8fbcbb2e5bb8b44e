import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { after } from "next/server";
import { Suspense } from "react";
import { listExchanges } from "@/lib/data/exchanges/list-exchanges";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { countryName, primaryName, secondaryName } from "./_components/names";
import { RenderComplete } from "./_components/render-complete";
import { SafetyNotice } from "./_components/safety-notice";
import { StatusBadge } from "./_components/status-badge";
import { alternatesFor, openGraphFor } from "@/lib/seo/page-alternates";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "feeds.meta" });
  return { title: { absolute: t("homeTitle") }, alternates: await alternatesFor({ locale, path: "" }), openGraph: await openGraphFor({ locale, title: t("homeTitle"), path: "" }) };
}

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const locale = resolvePageLocale((await params).locale);
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 100) ?? "";
  const [t, tCommon] = await Promise.all([getTranslations("home"), getTranslations()]);

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t("title")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("lead")}</p>
      </section>

      <form role="search" action="" method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="exchange-search" className="block text-sm font-medium">
            {t("searchLabel")}
          </label>
          <input
            id="exchange-search"
            name="q"
            type="search"
            defaultValue={query}
            placeholder={t("searchPlaceholder")}
            autoComplete="off"
            enterKeyHint="search"
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
          {t("searchButton")}
        </button>
      </form>

      {/* After the search form: the keyboard reaches the search first, as most visitors need. */}
      <p className="flex flex-col gap-2 rounded-lg bg-brand-50 p-4 text-sm sm:flex-row sm:items-center sm:justify-between dark:bg-slate-900">
        <span className="text-slate-700 dark:text-slate-300">{tCommon("reportForm.writeReportCta")}</span>
        <Link href="/reports/new" className="inline-block shrink-0 rounded-md bg-brand-700 px-4 py-2 text-center text-base font-medium text-white hover:bg-brand-600">
          {tCommon("reportForm.writeReport")}
        </Link>
      </p>

      <Suspense key={query} fallback={<ExchangeListSkeleton label={tCommon("loading")} />}>
        <ExchangeList query={query} locale={locale} />
      </Suspense>

      <SafetyNotice />
    </div>
  );
}

// Streams in after the search form so the page is usable while the catalogue loads.
async function ExchangeList({ query, locale }: { query: string; locale: string }) {
  const [t, tExchange, exchanges] = await Promise.all([getTranslations("home"), getTranslations("exchange"), listExchanges({ query, deferRefresh: after })]);
  return (
        <section aria-labelledby="exchange-list-title" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="exchange-list-title" className="text-lg font-semibold">
              {t("listTitle")}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
              {query ? t("resultsFor", { count: exchanges.length, query }) : t("allCount", { count: exchanges.length })}
              {query ? (
                <>
                  {" · "}
                  <Link href="/" className="text-brand-700 underline dark:text-brand-300">
                    {t("clearSearch")}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
          {exchanges.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
              {t("noResults", { query })}
            </p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {exchanges.map((exchange) => (
                <li key={exchange.slug}>
                  <Link
                    href={`/exchanges/${exchange.slug}`}
                    className="flex h-full flex-col gap-1 rounded-lg border border-slate-200 p-4 hover:border-brand-600 hover:bg-brand-50 dark:border-slate-800 dark:hover:border-brand-300 dark:hover:bg-slate-900"
                  >
                    <span className="flex items-baseline justify-between gap-2">
                      <span className="font-semibold">{primaryName(exchange, locale)}</span>
                      <span className="text-sm text-slate-600 dark:text-slate-400">{t("reportCount", { count: exchange.reportCount })}</span>
                    </span>
                    <span className="text-sm text-slate-600 dark:text-slate-400" lang={locale === "ja" ? "en" : "ja"}>
                      {secondaryName(exchange, locale)}
                    </span>
                    <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                      {exchange.country ? <span>{countryName(exchange.country, locale, tExchange("global"))}</span> : null}
                      <StatusBadge status={exchange.status} label={tExchange(`statusValue.${exchange.status}`)} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {/* Inside the streamed list: the page cache keeps the page only once the list rendered. */}
          <RenderComplete />
        </section>
  );
}

function ExchangeListSkeleton({ label }: { label: string }) {
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">{label}</span>
      <div className="h-6 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-3 sm:grid-cols-2">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-24 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />
        ))}
      </div>
    </div>
  );
}
