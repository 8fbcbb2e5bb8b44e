import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { after } from "next/server";
import { listComparison } from "@/lib/data/guides/list-comparison";
import type { ComparisonSortKey, RankedComparisonRow } from "@/lib/domain/stats";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { alternatesFor, openGraphFor } from "@/lib/seo/page-alternates";
import { Link } from "@/lib/i18n/navigation";
import { ComparisonQuerySchema, type ComparisonQuery } from "@/lib/validation/guide";
import { ComparisonChart } from "../_components/charts/comparison-chart";
import { LiveRefresh } from "../_components/live-refresh";
import { primaryName } from "../_components/names";
import { getDaysFormatter } from "../_components/days";
import { firstValue, type SearchParams } from "@/lib/validation/search-params";
import { RenderComplete } from "../_components/render-complete";
import { ComparisonRows } from "./comparison-rows";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const rowsTableClass = [
  "min-w-[52rem] border-collapse text-left text-sm tabular-nums",
  "[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 dark:[&_tbody_tr]:border-slate-800",
  "[&_tbody_td]:px-3 [&_tbody_td]:py-2 [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:font-medium [&_b]:font-medium",
  "[&_tbody_a]:text-brand-700 [&_tbody_a]:underline dark:[&_tbody_a]:text-brand-300",
  "[&_small]:block [&_small]:text-xs [&_small]:text-slate-600 dark:[&_small]:text-slate-400",
  // ConfidenceBadge's look, from the table: the column header names what the badge is.
  "[&_[data-confidence]]:inline-block [&_[data-confidence]]:rounded-full [&_[data-confidence]]:px-2.5 [&_[data-confidence]]:py-0.5 [&_[data-confidence]]:font-medium",
  "[&_[data-confidence=insufficient]]:bg-slate-200 [&_[data-confidence=insufficient]]:text-slate-800 dark:[&_[data-confidence=insufficient]]:bg-slate-800 dark:[&_[data-confidence=insufficient]]:text-slate-200",
  "[&_[data-confidence=low]]:bg-amber-100 [&_[data-confidence=low]]:text-amber-900 dark:[&_[data-confidence=low]]:bg-amber-900/50 dark:[&_[data-confidence=low]]:text-amber-100",
  "[&_[data-confidence=medium]]:bg-sky-100 [&_[data-confidence=medium]]:text-sky-900 dark:[&_[data-confidence=medium]]:bg-sky-900/50 dark:[&_[data-confidence=medium]]:text-sky-100",
  "[&_[data-confidence=high]]:bg-emerald-100 [&_[data-confidence=high]]:text-emerald-900 dark:[&_[data-confidence=high]]:bg-emerald-900/50 dark:[&_[data-confidence=high]]:text-emerald-100",
].join(" ");

// Quick is good for times, high is good for shares (the same defaults as compareExchanges).
const defaultDirection: Record<ComparisonSortKey, "asc" | "desc"> = {
  medianFirstHumanReply: "asc",
  medianResolution: "asc",
  resolvedBy7Days: "desc",
  resolutionRate: "desc",
  reports: "desc",
};

function readQuery(searchParams: SearchParams): ComparisonQuery {
  return ComparisonQuerySchema.parse({
    period: firstValue(searchParams.period),
    inquiryLanguage: firstValue(searchParams.language),
    sortBy: firstValue(searchParams.sort),
    direction: firstValue(searchParams.dir),
  });
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const [t, tMeta] = await Promise.all([getTranslations({ locale, namespace: "guide.compare" }), getTranslations({ locale, namespace: "feeds.meta" })]);
  const description = tMeta("compareDescription");
  return { title: t("title"), description, alternates: await alternatesFor({ locale, path: "/compare" }), openGraph: await openGraphFor({ locale, title: t("title"), description, path: "/compare" }) };
}

/** Exchanges side by side, ranked on one figure; the ones below the sample threshold listed apart. */
export default async function ComparePage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const query = readQuery(await searchParams);
  const direction = query.direction ?? defaultDirection[query.sortBy];
  const [t, tTiming, tConfidence, format, view] = await Promise.all([
    getTranslations("guide.compare"),
    getTranslations("guide.timing"),
    getTranslations("guide.confidence"),
    getFormatter(),
    listComparison({ period: query.period, inquiryLanguage: query.inquiryLanguage, sortBy: query.sortBy, direction, deferRefresh: after }),
  ]);
  const name = (slug: string) => {
    const exchange = view.exchanges[slug];
    return exchange ? primaryName(exchange, locale) : slug;
  };
  const days = await getDaysFormatter();
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });

  function sortHref(key: ComparisonSortKey) {
    const next = key === query.sortBy ? (direction === "asc" ? "desc" : "asc") : defaultDirection[key];
    return { pathname: "/compare", query: { period: query.period, language: query.inquiryLanguage, sort: key, dir: next } };
  }

  function sortHeader(sortKey: ComparisonSortKey) {
    const active = sortKey === query.sortBy;
    const label = t(`column.${sortKey}`);
    return (
      <th key={sortKey} scope="col" aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 align-bottom">
        <Link href={sortHref(sortKey)} prefetch={false} className="inline-flex items-center gap-1 text-brand-700 underline-offset-4 hover:underline dark:text-brand-300" aria-label={t("sortBy", { column: label })}>
          {label}
          <span aria-hidden className="text-xs">
            {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </Link>
      </th>
    );
  }

  const quartiles = (range: { first: number | null; third: number | null }) => tTiming("quartileRange", { low: days(range.first), high: days(range.third) });
  const selectClass = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900";

  return (
    <div className="space-y-8">
      <LiveRefresh query="scope=comparison" version={String(view.version)} statsVersion={String(view.statsVersion)} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("lead")}</p>
      </header>

      <form method="get" action="" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="sort" value={query.sortBy} />
        {query.direction ? <input type="hidden" name="dir" value={query.direction} /> : null}
        <label className="text-sm font-medium">
          {t("period")}
          <select name="period" defaultValue={query.period} className={selectClass}>
            {(["all", "12m", "36m"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`periodValue.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("inquiryLanguage")}
          <select name="language" defaultValue={query.inquiryLanguage} className={selectClass}>
            {(["all", "ja", "en", "other"] as const).map((value) => (
              <option key={value} value={value}>
                {t(`languageValue.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
          {t("apply")}
        </button>
      </form>

      <section aria-labelledby="ranked-title" className="space-y-4">
        <h2 id="ranked-title" className="text-lg font-semibold">
          {t("chartTitle")}
        </h2>
        {view.ranked.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">{t("noneRanked")}</p>
        ) : (
          <>
            <ComparisonChart
              id="comparison-chart"
              tableHref="#comparison-table"
              bars={view.ranked.map((row: RankedComparisonRow) => ({
                key: row.exchange,
                name: name(row.exchange),
                median: row.medianResolutionDays,
                firstQuartile: row.resolutionQuartileDays.first,
                thirdQuartile: row.resolutionQuartileDays.third,
              }))}
            />
            {/* The table scrolls inside its box on a phone; the page itself never scrolls sideways. */}
            <div id="comparison-table" className="max-w-full overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800" tabIndex={0} role="region" aria-labelledby="comparison-caption">
              {/* A hundred rows: their cells are styled from the table (each class is sent twice, in
                  the HTML and in the RSC payload, for every cell that carries it). */}
              <table className={rowsTableClass}>
                <caption id="comparison-caption" className="px-3 py-2 text-left text-slate-600 dark:text-slate-400">
                  {t("tableCaption", { column: t(`column.${query.sortBy}`), direction: direction === "asc" ? t("ascending") : t("descending") })}
                </caption>
                <thead className="bg-slate-50 dark:bg-slate-900">
                  <tr>
                    <th scope="col" className="px-3 py-2 align-bottom">
                      {t("column.rank")}
                    </th>
                    <th scope="col" className="px-3 py-2 align-bottom">
                      {t("column.exchange")}
                    </th>
                    {sortHeader("reports")}
                    {sortHeader("resolutionRate")}
                    {sortHeader("medianFirstHumanReply")}
                    {sortHeader("medianResolution")}
                    {sortHeader("resolvedBy7Days")}
                    <th scope="col" className="px-3 py-2 align-bottom">
                      {t("column.confidence")}
                    </th>
                  </tr>
                </thead>
                <ComparisonRows
                  rows={view.ranked.map((row) => ({
                    rank: row.rank,
                    slug: row.exchange,
                    name: name(row.exchange),
                    n: row.n,
                    resolutionRate: row.resolutionRate ? `${percent(row.resolutionRate.share)} (${row.resolutionRate.count}/${row.resolutionRate.n})` : "—",
                    firstReply: { median: days(row.medianFirstHumanReplyDays), quartiles: quartiles(row.firstHumanReplyQuartileDays) },
                    resolution: { median: days(row.medianResolutionDays), quartiles: quartiles(row.resolutionQuartileDays) },
                    resolvedBy7Days: row.resolvedBy7Days === null ? tTiming("notEstimable") : percent(row.resolvedBy7Days),
                    confidence: { label: row.confidence, text: tConfidence(row.confidence) },
                  }))}
                />
              </table>
            </div>
            <p className="text-xs text-slate-600 dark:text-slate-400">{t("medianQuartiles")}</p>
          </>
        )}
      </section>

      <section aria-labelledby="below-title" className="space-y-2">
        <h2 id="below-title" className="text-lg font-semibold">
          {t("belowTitle")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("belowLead")}</p>
        {view.belowThreshold.length === 0 ? (
          <p>{t("noneBelow")}</p>
        ) : (
          <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {view.belowThreshold.map((row) => (
              <li key={row.exchange} className="flex justify-between gap-2 border-b border-slate-100 py-1 dark:border-slate-900">
                <Link href={`/exchanges/${row.exchange}`} prefetch={false} className="text-brand-700 underline dark:text-brand-300">
                  {name(row.exchange)}
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">{t("belowCount", { count: row.n })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <RenderComplete />
    </div>
  );
}
