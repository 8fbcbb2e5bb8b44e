import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { signInMailDelivery } from "@/lib/auth/providers";
import { listDevMails } from "@/lib/data/dev-mailbox";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { requestClient } from "@/lib/security/request-client";

export const dynamic = "force-dynamic";

// Exists only while sign-in e-mails land in the local mailbox (no SMTP_URL, AUTH_URL on this
// machine); everywhere else it is a 404, so it never shows anyone else's sign-in links. Even then
// only this machine sees it: anyone who could open it could sign in as anyone, an admin included,
// and `npm start` listens on every address. "This machine" is what scripts/serve.ts saw on the
// socket, never a header a client sends; `next dev` is a developer's own server.
async function mayOpenMailbox(): Promise<boolean> {
  if (signInMailDelivery() !== "dev-mailbox") return false;
  return process.env.NODE_ENV === "development" || (await requestClient()).loopback;
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.mailbox" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function DevMailboxPage({ params }: { params: Promise<{ locale: string }> }) {
  resolvePageLocale((await params).locale);
  if (!(await mayOpenMailbox())) notFound();
  const [t, format, mails] = await Promise.all([getTranslations("auth.mailbox"), getFormatter(), listDevMails({ limit: 30 })]);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("lead")}</p>
        {/* A plain reload link: the page is dynamic, and a new mail needs no script to show. */}
        <a href="" className="inline-block text-sm text-brand-700 underline dark:text-brand-300">
          {t("refresh")}
        </a>
      </div>

      {mails.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <section aria-labelledby="mailbox-list-title" className="space-y-3">
          <h2 id="mailbox-list-title" className="text-sm text-slate-600 dark:text-slate-400">
            {t("count", { count: mails.length })}
          </h2>
          <ul className="space-y-3">
            {mails.map((mail) => (
              <li key={mail.id} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <p className="font-semibold">{mail.subject}</p>
                <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
                  <span className="break-all">{t("to", { to: mail.to })}</span>
                  <span>{t("sentAt", { time: format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "medium" }) })}</span>
                </p>
                {mail.url ? (
                  <p className="text-sm">
                    <span className="font-medium">{t("link")}</span>{" "}
                    {/* A plain <a>, never next/link: a prefetch would spend the one-time token. */}
                    <a href={mail.url} className="break-all text-brand-700 underline dark:text-brand-300">
                      {mail.url}
                    </a>
                  </p>
                ) : (
                  // Mail without a sign-in link (case reminders): its text, links and all.
                  <pre className="text-sm break-all whitespace-pre-wrap text-slate-700 dark:text-slate-300">{mail.text}</pre>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
