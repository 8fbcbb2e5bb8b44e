import "server-only";
import { hasLocale } from "next-intl";
import { routing, type Locale } from "../i18n/routing";

// Auth.js's own routes (/api/auth/...) carry no locale segment. The page the user is going back
// to does: the callback URL, as a query parameter of e-mail links and as a cookie during OAuth.

/** The locale of the page a callback URL points at ("/ja/account", "http://host/en"), if any. */
export function localeOfCallbackUrl(value: string | null | undefined): Locale | null {
  if (!value) return null;
  try {
    const segment = new URL(value, "http://localhost").pathname.split("/")[1];
    return hasLocale(routing.locales, segment) ? segment : null;
  } catch {
    return null;
  }
}

/** The locale for text created during an Auth.js request (a new account's pseudonym). */
export function localeOfAuthRequest(request: { url: string; headers: Headers } | undefined): Locale {
  if (!request) return routing.defaultLocale;
  const fromQuery = localeOfCallbackUrl(new URL(request.url).searchParams.get("callbackUrl"));
  if (fromQuery) return fromQuery;
  const cookies = parseCookies(request.headers.get("cookie"));
  for (const [name, value] of cookies) {
    if (name.endsWith("authjs.callback-url")) {
      const fromCookie = localeOfCallbackUrl(value);
      if (fromCookie) return fromCookie;
    }
  }
  const preferred = cookies.get("NEXT_LOCALE");
  return hasLocale(routing.locales, preferred) ? preferred : routing.defaultLocale;
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    const value = part.slice(separator + 1).trim();
    try {
      cookies.set(part.slice(0, separator).trim(), decodeURIComponent(value));
    } catch {
      cookies.set(part.slice(0, separator).trim(), value);
    }
  }
  return cookies;
}
