import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/auth/session";
import { listExchangeReports } from "@/lib/data/guides/list-exchange-reports";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { ReportListQuerySchema } from "@/lib/validation/guide";
import { LiveRefresh } from "../../../_components/live-refresh";
import { primaryName } from "../../../_components/names";
import { ReportView } from "../../../_components/report-view";
import { firstValue, type SearchParams } from "@/lib/validation/search-params";
import { RenderComplete } from "../../../_components/render-complete";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

// generateMetadata and the page share one query per request.
const loadPage = cache(async (slug: string, page: number) => {
  const actor = await getActor();
  return listExchangeReports({ slug, page, viewerId: actor?.id ?? null });
});

async function pageNumber(searchParams: Promise<SearchParams>): Promise<number> {
  return ReportListQuerySchema.parse({ page: firstValue((await searchParams).page) }).page;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const list = await loadPage(slug, await pageNumber(searchParams));
  if (!list) return {};
  const t = await getTranslations({ locale, namespace: "exchange.reportList" });
  return { title: t("metaTitle", { name: primaryName(list.exchange, locale) }) };
}

/** Every published report of an exchange, best-ranked first, a page at a time. */
export default async function ExchangeReportsPage({ params, searchParams }: Props) {
  const { locale: requested, slug } = await params;
  const locale = resolvePageLocale(requested);
  const page = await pageNumber(searchParams);
  const list = await loadPage(slug, page);
  if (!list) notFound();
  const [t, tExchange] = await Promise.all([getTranslations("exchange.reportList"), getTranslations("exchange")]);
  const name = primaryName(list.exchange, locale);
  const pageHref = (target: number) => ({ pathname: `/exchanges/${list.exchange.slug}/reports`, query: target === 1 ? {} : { page: String(target) } });
  const linkClass = "rounded-md border border-slate-300 px-3 py-2 font-medium text-brand-700 hover:bg-slate-50 dark:border-slate-700 dark:text-brand-300 dark:hover:bg-slate-900";

  return (
    <div className="space-y-6">
      <LiveRefresh query={`slug=${encodeURIComponent(list.exchange.slug)}`} version={String(list.version)} />
      <header className="space-y-2">
        <p>
          <Link href={`/exchanges/${list.exchange.slug}`} className="text-sm text-brand-700 underline underline-offset-4 dark:text-brand-300">
            ← {t("backToGuide", { name })}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{t("title", { name })}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {tExchange("reportsCount", { count: list.total })}
          {list.pageCount > 1 ? ` · ${t("pageOf", { page: list.page, pageCount: list.pageCount })}` : null}
        </p>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("lead")}</p>
      </header>

      {list.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">{tExchange("noReports")}</p>
      ) : list.reports.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
          {t("emptyPage", { pageCount: list.pageCount })}{" "}
          <Link href={pageHref(1)} className="text-brand-700 underline dark:text-brand-300">
            {t("firstPage")}
          </Link>
        </p>
      ) : (
        <div className="space-y-4">
          {list.reports.map((report) => (
            <ReportView key={report.id} report={report} votes={report.votes} />
          ))}
        </div>
      )}

      {list.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3">
          {list.page > 1 ? (
            <Link href={pageHref(Math.min(list.page - 1, list.pageCount))} rel="prev" className={linkClass}>
              ← {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600 dark:text-slate-400">{t("pageOf", { page: list.page, pageCount: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={pageHref(list.page + 1)} rel="next" className={linkClass}>
              {t("next")} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
      <RenderComplete />
    </div>
  );
}
