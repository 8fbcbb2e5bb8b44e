// Which requests the shared page cache (docs/decisions/006-page-cache.md) may answer, and what a
// cached page depends on. Only pages that look the same to every anonymous reader qualify: the
// home page, the comparison, a guide and its report list. Anything signed in, any client-side
// navigation (RSC requests) and any server action goes to Next.

/** What a cached page must be dropped for: one exchange's writes, or a write to any exchange. */
export type PageTag = { kind: "exchange"; slug: string } | { kind: "site" };

export type CacheablePage = { key: string; tag: PageTag };

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
  const guidePage = new RegExp(`^/(?:${locale})/exchanges/${SLUG}(?:/reports)?$`);
  const pageTag = (path: string): PageTag | null => {
    if (sitePage.test(path)) return { kind: "site" };
    const slug = guidePage.exec(path)?.[1];
    return slug ? { kind: "exchange", slug } : null;
  };
  return (request) => cacheablePage(request, pageTag);
}

function cacheablePage(request: RequestFacts, pageTag: (path: string) => PageTag | null): CacheablePage | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!request.url?.startsWith("/")) return null;
  const headers = request.headers;
  if (NEXT_CLIENT_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const cookie = headers.cookie;
  if (cookie !== undefined && SESSION_COOKIE.test(Array.isArray(cookie) ? cookie.join("; ") : cookie)) return null;

  const queryStart = request.url.indexOf("?");
  const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : request.url.slice(queryStart);
  if (query.includes("_rsc=")) return null;
  const tag = pageTag(path);
  if (!tag) return null;
  // http and https answers differ in their headers (HSTS, upgrade-insecure-requests).
  return { key: `${request.https ? "https" : "http"} ${path}${query}`, tag };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
