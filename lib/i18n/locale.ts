import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "./routing";

/**
 * Every page checks its own locale segment: layouts and pages render in parallel, so a page
 * cannot rely on its layout's notFound() to stop it from formatting with a bogus locale.
 */
export function resolvePageLocale(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  setRequestLocale(value);
  return value;
}
