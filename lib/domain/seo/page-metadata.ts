// What search engines and link previews read about a page: its one canonical address, the same page
// in the other language (hreflang), its feeds, and schema.org data where a standard type fits.
// Every address is absolute on the public origin, which the caller takes from configuration, never
// from a request's Host header (anyone can write that one).

export const SITE_LOCALES = ["en", "ja"] as const;
/** The language a reader whose language is neither gets (hreflang="x-default"). */
export const DEFAULT_LOCALE = "en";

export type FeedLink = { url: string; title: string };

export type PageAlternates = {
  canonical: string;
  languages: Record<string, string>;
  types?: { "application/atom+xml": FeedLink[] };
};

/** `path` is the address without its locale: "" for the home page, "/compare", "/exchanges/x". */
export function pageAlternates({ origin, locale, path, feeds = [] }: { origin: string; locale: string; path: string; feeds?: readonly FeedLink[] }): PageAlternates {
  const languages: Record<string, string> = {};
  for (const other of SITE_LOCALES) languages[other] = `${origin}/${other}${path}`;
  languages["x-default"] = `${origin}/${DEFAULT_LOCALE}${path}`;
  return {
    canonical: `${origin}/${locale}${path}`,
    languages,
    ...(feeds.length > 0 ? { types: { "application/atom+xml": [...feeds] } } : {}),
  };
}

export type Breadcrumb = { name: string; url: string };

/**
 * schema.org WebPage with its BreadcrumbList: what the page is and where it sits. Nothing is
 * claimed that the page does not show (no Review or AggregateRating: reports are not ratings).
 */
export function webPageJsonLd({
  url,
  name,
  description,
  locale,
  siteName,
  siteUrl,
  breadcrumbs,
  dateModified,
}: {
  url: string;
  name: string;
  description: string;
  locale: string;
  siteName: string;
  siteUrl: string;
  breadcrumbs: readonly Breadcrumb[];
  dateModified?: Date;
}): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "@id": url,
    url,
    name,
    description,
    inLanguage: locale,
    ...(dateModified ? { dateModified: dateModified.toISOString() } : {}),
    isPartOf: { "@type": "WebSite", name: siteName, url: siteUrl },
    breadcrumb: {
      "@type": "BreadcrumbList",
      itemListElement: breadcrumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: crumb.url })),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is written as \u003c so that no
 * value (an exchange's name) can close the script element; the JSON means the same.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
