import { hasLocale } from "next-intl";
import { routing, type Locale } from "../i18n/routing";

// What every server action reads first from a post, written once. A server action is a public
// endpoint: anything may arrive, including nothing at all.

/** The posted form; anything that is not a form reads as an empty one, which the schema then refuses. */
export function postedForm(formData: unknown): FormData {
  return formData instanceof FormData ? formData : new FormData();
}

/** The page's locale, sent as a hidden input; the default when it is missing or unknown. */
export function postedLocale(form: FormData): Locale {
  const value = form.get("locale");
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

/** The sign-in page that comes back to `returnPath` (a path after the locale, e.g. "/account"). */
export function signInUrlFor(locale: Locale, returnPath: string): string {
  return `/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${returnPath}`)}`;
}
