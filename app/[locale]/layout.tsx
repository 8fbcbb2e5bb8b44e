import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { openGraphFor, siteAlternates } from "@/lib/seo/page-alternates";
import { publicOrigin } from "@/lib/seo/public-origin";
import { LocaleSwitcher } from "./_components/locale-switcher";
import { AccountMenu } from "./_components/viewer/account-menu";
import { ViewerProvider } from "./_components/viewer/viewer-context";
import { ClientMessages } from "./_components/client-messages";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    alternates: await siteAlternates(locale),
    openGraph: await openGraphFor({ locale }),
    twitter: { card: "summary" },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("nav");
  const tMeta = await getTranslations("meta");
  const tCompare = await getTranslations("guide.compare");

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages paths={["auth.menu", "cases.menuLink"]}>
          <ViewerProvider renderToken={randomUUID()}>
            <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
              <nav aria-label={t("primary")} className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3">
                <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                  {/* Links on live pages (the header, a guide, the comparison) are not prefetched:
                      every router.refresh() prefetches the visible ones again, one server render
                      per link per open page per write. */}
                  <Link href="/" prefetch={false} className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-300">
                    {tMeta("title")}
                  </Link>
                  <Link href="/compare" prefetch={false} className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
                    {tCompare("nav")}
                  </Link>
                </div>
                <div className="flex shrink-0 flex-col items-end gap-1 sm:flex-row sm:items-center sm:gap-2">
                  <LocaleSwitcher label={t("language")} />
                  <AccountMenu />
                </div>
              </nav>
            </header>
            <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-6 outline-none sm:py-10">
              {children}
            </main>
            <footer className="border-t border-slate-200 px-4 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <p className="mx-auto max-w-4xl">{tMeta("description")}</p>
              <p className="mx-auto mt-2 max-w-4xl"><Link href="/developers" prefetch={false} className="underline underline-offset-4 hover:no-underline">{(await getTranslations("api"))("footerLink")}</Link></p>
            </footer>
          </ViewerProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
