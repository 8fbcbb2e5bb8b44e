// What a cached guide shows, as one string that the page and the version watch both write
// (docs/decisions/006-page-cache.md, "a render that shows the newest versions"): the exchange's
// counter, its stored statistics' version and time, and its catalogue row's time. The watch reads
// it from PostgreSQL (pg-version-source.ts, in the same order and units); a guide's render writes
// the values it read into its HTML (RenderComplete), so the cache can tell a copy that shows the
// newest versions from one that is behind them. Times are whole milliseconds, as the columns
// (timestamp(3)) hold them.

export type ShownVersions = { counter: number; statsVersion: number; computedAt: Date; updatedAt: Date };

export function pageVersionOf({ counter, statsVersion, computedAt, updatedAt }: ShownVersions): string {
  return [counter, statsVersion, computedAt.getTime(), updatedAt.getTime()].join(":");
}

// What RenderComplete writes for a page that says what it shows, as React writes it into the HTML.
// Only digits and colons: nothing a reader wrote can look like it (React escapes the quote).
const SHOWN_VERSION = /<div hidden="" data-page-version="([0-9:]{1,100})"><\/div>/;

/** The versions a rendered page says it shows, or null when it says nothing. */
export function shownPageVersion(html: string): string | null {
  return SHOWN_VERSION.exec(html)?.[1] ?? null;
}
