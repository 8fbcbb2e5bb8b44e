import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { listModerationLog, type ModerationLogEntry } from "@/lib/data/moderation/list-moderation-log";
import { canModerate } from "@/lib/domain/permissions";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../../_components/names";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "moderation.log" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ModerationLogPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/moderation/log`)}`);
  if (!canModerate(actor)) notFound();
  const [t, format, entries] = await Promise.all([getTranslations("moderation.log"), getFormatter(), listModerationLog({ actor })]);

  function target(entry: ModerationLogEntry) {
    if (entry.reportId) {
      const label = t("reportAt", { exchange: entry.exchange ? primaryName(entry.exchange, locale) : "—" });
      return (
        <Link href={`/reports/${entry.reportId}`} className="text-brand-700 underline dark:text-brand-300">
          {label}
        </Link>
      );
    }
    if (entry.targetUserId) return t("user", { name: entry.targetUserName ?? t("unnamed") });
    return t("deleted");
  }

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <Link href="/moderation" className="text-sm text-brand-700 underline dark:text-brand-300">
            {t("backToQueue")}
          </Link>
        </div>
        <p className="text-slate-700 dark:text-slate-300">{t("lead")}</p>
      </header>

      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4">{t("when")}</th>
                <th scope="col" className="py-2 pr-4">{t("moderator")}</th>
                <th scope="col" className="py-2 pr-4">{t("action")}</th>
                <th scope="col" className="py-2 pr-4">{t("target")}</th>
                <th scope="col" className="py-2">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                  <td className="whitespace-nowrap py-2 pr-4">
                    <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </td>
                  <td className="py-2 pr-4">{entry.moderatorName ?? t("unnamed")}</td>
                  <td className="py-2 pr-4">{t(`kind.${entry.kind}`)}</td>
                  <td className="py-2 pr-4">{target(entry)}</td>
                  <td className="whitespace-pre-line py-2">{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
