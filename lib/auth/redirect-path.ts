import "server-only";
import { hasLocale } from "next-intl";
import { routing, type Locale } from "../i18n/routing";

// Where to go after signing in: a path on this site inside a locale, taken from a query parameter
// or a form field that anyone can forge, so everything else falls back to the locale's home.
// (Auth.js's redirect callback also refuses other origins; this keeps our own redirects honest.)

const SIGN_IN_PATH = /^\/[a-z]{2}\/sign-in(?:\/|$|\?)/;

export function safeRedirectPath(value: unknown, locale: Locale): string {
  const fallback = `/${locale}`;
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://localhost");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://localhost") return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!hasLocale(routing.locales, url.pathname.split("/")[1]) || SIGN_IN_PATH.test(path)) return fallback;
  return path;
}
