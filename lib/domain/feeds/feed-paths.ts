// Where the feeds are served (app/[locale]/feeds/…), for the routes and the pages that link them.
// The ".atom" ending makes the proxy serve them as files (no locale negotiation, proxy.ts).

export function siteReportsFeedPath(locale: string): string {
  return `/${locale}/feeds/reports.atom`;
}

export function exchangeReportsFeedPath(locale: string, slug: string): string {
  return `/${locale}/feeds/exchanges/${encodeURIComponent(slug)}/reports.atom`;
}

export function guideChangesFeedPath(locale: string, slug: string): string {
  return `/${locale}/feeds/exchanges/${encodeURIComponent(slug)}/guide.atom`;
}
