import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { cache } from "react";
import { findGuide } from "@/lib/data/guides/find-guide";
import { findOfficialProcedure } from "@/lib/data/official-procedures/find-official-procedure";
import { itemsNotOfficiallyNamed } from "@/lib/domain/official-procedure";
import { outlineGuide } from "@/lib/domain/guide-outline";
import { localizeGuideTexts } from "@/lib/domain/report-language";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { LiveRefresh } from "../../_components/live-refresh";
import { countryName, itemLabel, primaryName, secondaryName } from "../../_components/names";
import { ReportView } from "../../_components/report-view";
import { SafetyNotice } from "../../_components/safety-notice";
import { StatusBadge } from "../../_components/status-badge";
import { ContactSection, GuideOverview, LanguageSection, PrepareSection, PreventionSection, TimingSection, TipsSection } from "./guide-sections";
import { RenderComplete } from "../../_components/render-complete";
import { OfficialSection } from "./official-section";
import { ExchangeResponses } from "./exchange-responses";
import { JsonLd } from "../../_components/json-ld";
import { ClientMessages } from "../../_components/client-messages";
import { guideJsonLd, guideMetadata } from "./guide-metadata";
import { TrackCaseLink } from "../../_components/track-case-link";
import { PrepKitSection } from "./prep-kit-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

// generateMetadata and the page share one query per request. The page is the same for every
// reader (the reader's own votes and links come from /api/viewer, ADR 017), so signed-in readers
// get the shared cached copy too. A stale guide is recomputed after the response.
const loadGuide = cache(async (slug: string) => findGuide({ slug, viewerId: null, deferRefresh: after }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const guide = await loadGuide(slug);
  return guide ? guideMetadata({ guide, locale }) : {};
}

/** An exchange's guide: what to prepare, where to write, how long it takes, then its best-ranked reports in full. */
export default async function ExchangePage({ params }: Props) {
  const { locale: requested, slug } = await params;
  const locale = resolvePageLocale(requested);
  const guide = await loadGuide(slug);
  if (!guide) notFound();
  const { exchange, stats, topReports, computedAt } = guide;
  const [t, tForm, tGuide, tOfficial, official, jsonLd] = await Promise.all([
    getTranslations("exchange"),
    getTranslations("reportForm"),
    getTranslations("guide"),
    getTranslations("official"),
    findOfficialProcedure({ slug }),
    guideJsonLd({ guide, locale }),
  ]);
  const procedure = official?.procedure ?? null;
  const notes = locale === "ja" ? exchange.notesJa : exchange.notesEn;
  const otherNames = [secondaryName(exchange, locale), ...exchange.aliases];
  const name = primaryName(exchange, locale);
  const figures = stats.figures;
  // Below the sample threshold (fewer reports than GUIDE_TOP_REPORTS) the checklist and contact
  // path come from the reports as listed; above it, only the tips do, from the best-ranked ones.
  // Quoted in the reader's language where the author translated them.
  const quotedReports = topReports.map((report) => localizeGuideTexts(report, locale));
  const outline = outlineGuide(quotedReports, { now: computedAt });
  const itemLabels = new Map(guide.itemLabels.map((item) => [item.code, itemLabel(item, locale)] as const));
  const textLanguages = new Map(quotedReports.map((report) => [report.id, report.shownLanguage]));
  const labels = { itemLabel: (code: string) => itemLabels.get(code) ?? code, textLanguage: (reportId: string) => textLanguages.get(reportId) };
  const communityItems = figures?.requiredItems ?? outline.requiredItems;
  const notOfficial = itemsNotOfficiallyNamed(procedure, communityItems.map((item) => item.code));

  return (
    <div className="space-y-8">
      <LiveRefresh query={`slug=${encodeURIComponent(exchange.slug)}`} version={String(guide.version)} statsVersion={String(guide.statsVersion)} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{name}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          <span className="sr-only">{t("otherNames")}: </span>
          {otherNames.join(" · ")}
        </p>
      </header>

      <SafetyNotice />

      <section aria-labelledby="guide-title" className="space-y-4">
        <GuideOverview stats={stats} computedAt={computedAt} exchangeName={name} />
        {stats.n === 0 ? <p className="text-slate-600 dark:text-slate-400">{tGuide("noReportsYet")}</p> : null}
        {procedure ? (
          <OfficialSection
            procedure={procedure}
            exchangeName={name}
            locale={locale}
            now={computedAt}
            figures={figures}
            labels={labels}
            editHref={`/exchanges/${exchange.slug}/official`}
          />
        ) : null}
        {stats.n > 0 ? (
          <PrepareSection
            items={communityItems}
            figures={figures !== null}
            months={stats.incidentMonths}
            labels={labels}
            notOfficial={notOfficial ? { codes: notOfficial, label: tOfficial("notOfficiallyNamed", { exchange: name }) } : undefined}
          />
        ) : null}
        <ContactSection figures={figures} outline={outline} reportCount={stats.n} months={stats.incidentMonths} website={exchange.website} supportUrl={exchange.supportUrl} />
        <PrepKitSection exchange={exchange} locale={locale} />
        {figures ? <TimingSection figures={figures} months={stats.incidentMonths} exchangeName={name} /> : null}
        {figures ? <LanguageSection figures={figures} months={stats.incidentMonths} /> : null}
        {figures?.procedureChange.changed ? (
          <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700/60 dark:bg-amber-950/40">
            {tGuide("procedure.changed")}
          </p>
        ) : null}
        {stats.n > 0 ? <TipsSection tips={outline.tips} labels={labels} /> : null}
        <PreventionSection />
      </section>
      <ExchangeResponses exchange={exchange} exchangeName={name} locale={locale} />

      <section aria-labelledby="facts-title" className="space-y-3">
        <h2 id="facts-title" className="text-lg font-semibold">
          {t("facts")}
        </h2>
        <dl className="guide-facts">
          <div>
            <dt className="term">{t("status")}</dt>
            <dd>
              <StatusBadge status={exchange.status} label={t(`statusValue.${exchange.status}`)} />
            </dd>
          </div>
          {exchange.country ? (
            <div>
              <dt className="term">{t("country")}</dt>
              <dd>{countryName(exchange.country, locale, t("global"))}</dd>
            </div>
          ) : null}
          <div>
            <dt className="term">{t("officialDomains")}</dt>
            <dd>{exchange.officialDomains.join(", ")}</dd>
          </div>
          {notes ? (
            <div className="sm:col-span-2">
              <dt className="term">{t("notes")}</dt>
              <dd>{notes}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="reports-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="reports-title" className="text-lg font-semibold">
            {t("reportsTitle")}
          </h2>
          <p className="muted">
            {stats.n > topReports.length ? t("topReportsShown", { shown: topReports.length, count: stats.n }) : t("reportsCount", { count: topReports.length })}
            {topReports.length > 1 ? ` · ${tGuide("reports.ranked")}` : null}
          </p>
        </div>
        <div className="flex flex-col gap-2 rounded-lg bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between dark:bg-slate-900">
          <p className="text-sm text-slate-700 dark:text-slate-300">{tForm("writeReportCta")}</p>
          <Link
            href={`/reports/new?exchange=${exchange.slug}`}
            prefetch={false}
            className="inline-block shrink-0 rounded-md bg-brand-700 px-4 py-2 text-center font-medium text-white hover:bg-brand-600"
          >
            {tForm("writeReport")}
          </Link>
        </div>
        <TrackCaseLink slug={exchange.slug} />
        {topReports.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {t("noReports")}
          </p>
        ) : (
          // The author's links under a report, filled in by the browser (ViewerAuthorTools), need these texts.
          <ClientMessages paths={["reportForm.author", "reportForm.update.title"]}>
            {topReports.map((report) => (
              <ReportView key={report.id} report={report} votes={report.votes} perReader="browser" details="on-demand" />
            ))}
          </ClientMessages>
        )}
        {stats.n > topReports.length ? (
          <p>
            <Link href={`/exchanges/${exchange.slug}/reports`} prefetch={false} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300">
              {t("allReports", { count: stats.n })} →
            </Link>
          </p>
        ) : null}
      </section>
      <JsonLd data={jsonLd} />
      <RenderComplete shows={guide.pageVersion} />
    </div>
  );
}
