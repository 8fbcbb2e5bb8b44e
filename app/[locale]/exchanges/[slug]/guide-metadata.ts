import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Guide } from "@/lib/data/guides/find-guide";
import { exchangeReportsFeedPath, guideChangesFeedPath } from "@/lib/domain/feeds/feed-paths";
import { webPageJsonLd } from "@/lib/domain/seo/page-metadata";
import { roundDaysForDisplay } from "@/lib/domain/stats/display";
import { alternatesFor, openGraphFor } from "@/lib/seo/page-alternates";
import { publicOrigin } from "@/lib/seo/public-origin";
import { primaryName } from "../../_components/names";

// What search engines and link previews read about a guide. Its preview image is the
// opengraph-image route beside this file, fetched by crawlers on their own: the page only links it.

async function guideTexts(guide: Guide, locale: string): Promise<{ title: string; description: string }> {
  const t = await getTranslations({ locale, namespace: "feeds.meta" });
  const exchange = primaryName(guide.exchange, locale);
  const median = guide.stats.figures?.resolution.median ?? null;
  const n = guide.stats.n;
  return {
    title: t("guideTitle", { exchange }),
    description: median === null ? t("guideDescription", { exchange, n }) : t("guideDescriptionWithMedian", { exchange, n, days: roundDaysForDisplay(median) }),
  };
}

export async function guideMetadata({ guide, locale }: { guide: Guide; locale: string }): Promise<Metadata> {
  const tFeeds = await getTranslations({ locale, namespace: "feeds" });
  const exchange = primaryName(guide.exchange, locale);
  const { title, description } = await guideTexts(guide, locale);
  const origin = publicOrigin();
  const path = `/exchanges/${guide.exchange.slug}`;
  return {
    title: { absolute: title },
    description,
    alternates: await alternatesFor({
      locale,
      path,
      feeds: [
        { url: `${origin}${exchangeReportsFeedPath(locale, guide.exchange.slug)}`, title: tFeeds("exchangeReportsLink", { exchange }) },
        { url: `${origin}${guideChangesFeedPath(locale, guide.exchange.slug)}`, title: tFeeds("guideChangesLink", { exchange }) },
      ],
    }),
    openGraph: await openGraphFor({ locale, title, description, path }),
    twitter: { card: "summary_large_image", title, description },
  };
}

/** schema.org WebPage and BreadcrumbList of a guide, for its JSON-LD element. */
export async function guideJsonLd({ guide, locale }: { guide: Guide; locale: string }): Promise<Record<string, unknown>> {
  const [t, tMeta] = await Promise.all([getTranslations({ locale, namespace: "feeds.meta" }), getTranslations({ locale, namespace: "meta" })]);
  const { title, description } = await guideTexts(guide, locale);
  const origin = publicOrigin();
  const url = `${origin}/${locale}/exchanges/${guide.exchange.slug}`;
  return webPageJsonLd({
    url,
    name: title,
    description,
    locale,
    siteName: tMeta("title"),
    siteUrl: `${origin}/${locale}`,
    breadcrumbs: [
      { name: t("breadcrumbHome"), url: `${origin}/${locale}` },
      { name: primaryName(guide.exchange, locale), url },
    ],
    dateModified: guide.computedAt,
  });
}
