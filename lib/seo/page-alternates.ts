import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { siteReportsFeedPath } from "../domain/feeds/feed-paths";
import { pageAlternates, type FeedLink } from "../domain/seo/page-metadata";
import { publicOrigin } from "./public-origin";

async function siteFeedLink(locale: string): Promise<FeedLink> {
  const t = await getTranslations({ locale, namespace: "feeds" });
  return { url: `${publicOrigin()}${siteReportsFeedPath(locale)}`, title: t("reportsLink") };
}

/**
 * A page's canonical address, its other-language versions and its feeds, for generateMetadata.
 * Next replaces a layout's `alternates` with a page's whole, so the site-wide feed is always added.
 */
export async function alternatesFor({ locale, path, feeds = [] }: { locale: string; path: string; feeds?: readonly FeedLink[] }): Promise<Metadata["alternates"]> {
  return pageAlternates({ origin: publicOrigin(), locale, path, feeds: [...feeds, await siteFeedLink(locale)] });
}

/**
 * What the layout gives every page: the site-wide feed only. A canonical address or hreflang set
 * there would be inherited by pages that name none, each then claiming to be the home page.
 */
export async function siteAlternates(locale: string): Promise<Metadata["alternates"]> {
  return { types: { "application/atom+xml": [await siteFeedLink(locale)] } };
}

/** Open Graph for a page; Next replaces the layout's openGraph with a page's whole, so all of it. */
export async function openGraphFor({ locale, title, description, path }: { locale: string; title?: string; description?: string; path?: string }): Promise<Metadata["openGraph"]> {
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    siteName: t("title"),
    type: "website",
    locale: locale === "ja" ? "ja_JP" : "en_US",
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(path !== undefined ? { url: `${publicOrigin()}/${locale}${path}` } : {}),
  };
}
