"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

const localeNames: Record<(typeof routing.locales)[number], string> = { en: "English", ja: "日本語" };

/** Links to the same page in every language; the current one is marked, not linked. */
export function LocaleSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();

  return (
    <ul aria-label={label} className="flex items-center gap-1 text-sm">
      {routing.locales.map((target) =>
        target === locale ? (
          <li key={target} aria-current="true" className="rounded-md bg-slate-100 px-2.5 py-1.5 font-semibold dark:bg-slate-800" lang={target}>
            {localeNames[target]}
          </li>
        ) : (
          <li key={target}>
            <Link
              href={pathname}
              locale={target}
              lang={target}
              hrefLang={target}
              className="rounded-md px-2.5 py-1.5 text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
            >
              {localeNames[target]}
            </Link>
          </li>
        ),
      )}
    </ul>
  );
}
