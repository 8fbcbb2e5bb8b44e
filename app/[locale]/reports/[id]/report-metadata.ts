import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { exchangeReportsFeedPath } from "@/lib/domain/feeds/feed-paths";
import { alternatesFor, openGraphFor } from "@/lib/seo/page-alternates";
import { publicOrigin } from "@/lib/seo/public-origin";
import { primaryName } from "../../_components/names";

type ReportForMetadata = { id: string; status: string; exchange: { slug: string; nameEn: string; nameJa: string } };

/**
 * What search engines and link previews read about a report page. A published report has one
 * address per language, like a guide (ADR 013): its canonical, the other language as hreflang and
 * its exchange's feed. One only its author sees (held, hidden) is not to be indexed, so it names
 * no canonical address either, which would ask search engines to index that address.
 */
export async function reportMetadata({ report, locale }: { report: ReportForMetadata; locale: string }): Promise<Metadata> {
  const title = primaryName(report.exchange, locale);
  if (report.status !== "PUBLISHED") return { title, robots: { index: false } };
  const tFeeds = await getTranslations({ locale, namespace: "feeds" });
  const path = `/reports/${encodeURIComponent(report.id)}`;
  return {
    title,
    alternates: await alternatesFor({
      locale,
      path,
      feeds: [{ url: `${publicOrigin()}${exchangeReportsFeedPath(locale, report.exchange.slug)}`, title: tFeeds("exchangeReportsLink", { exchange: title }) }],
    }),
    openGraph: await openGraphFor({ locale, title, path }),
  };
}
