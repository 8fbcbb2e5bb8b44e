import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, createNonce } from "./lib/security/csp";

// Chooses the locale (URL, then cookie, then Accept-Language) and redirects / to /en or /ja, and
// gives every page a Content-Security-Policy with a fresh nonce. It is never an authorization
// boundary: pages, server actions and lib/data check who may do what themselves.
const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  // Next reads the nonce from the request's CSP header while rendering and puts it on its
  // scripts; next-intl forwards the request headers it is given.
  request.headers.set("Content-Security-Policy", policy);
  request.headers.set("x-nonce", nonce);
  // An address that looks like a file ("/favicon.ico", "/en/x.php") is not a page to localise:
  // it is served as it is, or gets the 404 page, which needs the policy like any other page.
  // Files (public/, feeds, the sitemap) are only read: Next's static handler answers any other
  // method with a 500, so it is refused here.
  if (looksLikeFile(request.nextUrl.pathname) && request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse(null, { status: 405, headers: { Allow: "GET, HEAD", "Content-Security-Policy": policy } });
  }
  const response = looksLikeFile(request.nextUrl.pathname) ? NextResponse.next({ request: { headers: request.headers } }) : handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** A last path segment with a dot in it, as a file name has. */
export function looksLikeFile(pathname: string): boolean {
  return /\.[^/]*$/.test(pathname);
}

// Everything but Next's own files and the API (JSON, no pages), so that every HTML page,
// including the 404 page for any address, carries the policy.
export const config = {
  matcher: "/((?!api(?:/|$)|_next/|_vercel/).*)",
};
