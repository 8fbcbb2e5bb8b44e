import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
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
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
