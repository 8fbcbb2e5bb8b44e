// Which requests the shared page cache (docs/decisions/006-page-cache.md) may answer, and what a
// cached page depends on. Only pages that look the same to every anonymous reader qualify: the
// home page, the comparison, a guide and its report list. The home page, the comparison and a
// guide are the same for signed-in readers too (their per-reader parts come from /api/viewer,
// ADR 017), so those are answered whatever the cookie; a report list still renders the reader's
// votes on the server, so a signed-in reader's goes to Next. So do client-side navigations (RSC
// requests) and server actions.

/** What a cached page must be dropped for: one exchange's writes, or a write to any exchange. */
export type PageTag = { kind: "exchange"; slug: string } | { kind: "site" };

export type CacheablePage = { key: string; tag: PageTag };

/** Whether a request carries Auth.js's session cookie (a signed-in reader). */
export function hasSessionCookie(cookie: string | string[] | undefined): boolean {
  return cookie !== undefined && SESSION_COOKIE.test(Array.isArray(cookie) ? cookie.join("; ") : cookie);
}

/** The Cookie header without Auth.js's session cookie: a shared copy is rendered as anonymous readers see it. */
export function withoutSessionCookie(cookie: string | undefined): string | undefined {
  if (cookie === undefined) return undefined;
  const kept = cookie.split(/;\s*/).filter((pair) => pair !== "" && !SESSION_COOKIE.test(pair));
  return kept.length > 0 ? kept.join("; ") : undefined;
}

export type RequestFacts = {
  method: string | undefined;
  url: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  https: boolean;
};

// Auth.js's session cookie, with its secure prefix on https and a numbered suffix when chunked.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

// Headers with which Next's client router asks for the RSC payload instead of the HTML, or a
// server action posts: those answers differ per request and are never cached.
const NEXT_CLIENT_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"] as const;

// Slugs are lowercase catalogue keys (prisma/seed): a key outside this stays uncached.
const SLUG = "([a-z0-9][a-z0-9-]{0,63})";

/**
 * For the app's locales: the cache key and tag of a request that may be answered from the page
 * cache, or null.
 */
export function pageCacheRules(locales: readonly string[]): (request: RequestFacts) => CacheablePage | null {
  const locale = locales.map(escapeRegExp).join("|");
  const sitePage = new RegExp(`^/(?:${locale})(?:/compare)?$`);
  const guidePage = new RegExp(`^/(?:${locale})/exchanges/${SLUG}(/reports)?$`);
  const pageTag = (path: string): { tag: PageTag; sameForSignedIn: boolean } | null => {
    if (sitePage.test(path)) return { tag: { kind: "site" }, sameForSignedIn: true };
    const match = guidePage.exec(path);
    return match?.[1] ? { tag: { kind: "exchange", slug: match[1] }, sameForSignedIn: match[2] === undefined } : null;
  };
  return (request) => cacheablePage(request, pageTag);
}

function cacheablePage(request: RequestFacts, pageTag: (path: string) => { tag: PageTag; sameForSignedIn: boolean } | null): CacheablePage | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!request.url?.startsWith("/")) return null;
  const headers = request.headers;
  if (NEXT_CLIENT_HEADERS.some((name) => headers[name] !== undefined)) return null;

  const queryStart = request.url.indexOf("?");
  const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : request.url.slice(queryStart);
  if (query.includes("_rsc=")) return null;
  const page = pageTag(path);
  if (!page) return null;
  if (!page.sameForSignedIn && hasSessionCookie(headers.cookie)) return null;
  // http and https answers differ in their headers (HSTS, upgrade-insecure-requests).
  return { key: `${request.https ? "https" : "http"} ${path}${query}`, tag: page.tag };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
