import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { ReminderUnsubscribeSchema } from "@/lib/validation/reminder-unsubscribe";
import { confirmUnsubscribe } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "jobs.unsubscribe" });
  // The token is in the address: it must not leave in a Referer header.
  return { title: t("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** From a reminder e-mail's link: a page, not a GET that unsubscribes, since mail scanners open links. */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const locale = resolvePageLocale((await params).locale);
  const query = await searchParams;
  const t = await getTranslations("jobs.unsubscribe");
  const parsed = ReminderUnsubscribeSchema.safeParse({ token: query.token });
  const notice = "rounded-lg border p-4";

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {query.done === "1" ? (
        <p role="status" className={`${notice} border-green-300 bg-green-50 dark:border-green-800 dark:bg-green-950`}>
          {t("done")}
        </p>
      ) : !parsed.success || query.invalid === "1" ? (
        <p role="alert" className={`${notice} border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950`}>
          {t("invalid")}
        </p>
      ) : (
        <form action={confirmUnsubscribe} className="space-y-4">
          <p className="text-slate-700 dark:text-slate-300">{t("lead")}</p>
          <input type="hidden" name="token" value={parsed.data.token} />
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-brand-600 dark:hover:bg-brand-500"
          >
            {t("confirm")}
          </button>
        </form>
      )}
    </div>
  );
}
