import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { listModerationQueue, type QueueItem } from "@/lib/data/moderation/list-moderation-queue";
import { reportDecisionsFor } from "@/lib/domain/moderation";
import { canManageUser, canModerate, isAdmin } from "@/lib/domain/permissions";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { primaryName } from "../_components/names";
import { DecisionForm } from "./decision-form";
import { ClientMessages } from "../_components/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "moderation.queue" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Moderators and admins only: anyone else gets the 404 page, as if it did not exist. */
export default async function ModerationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/moderation`)}`);
  if (!canModerate(actor)) notFound();
  const [t, queue] = await Promise.all([getTranslations("moderation.queue"), listModerationQueue({ actor })]);
  const format = await getFormatter();

  return (
    <ClientMessages paths={["moderation.queue"]}>
      <div className="space-y-8">
        <header className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h1 className="text-2xl font-bold">{t("title")}</h1>
            <nav aria-label={t("toolsLabel")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href="/moderation/log" className="text-brand-700 underline dark:text-brand-300">
                {t("logLink")}
              </Link>
              <Link href="/moderation/representatives" className="text-brand-700 underline dark:text-brand-300">
                {t("representativesLink")}
              </Link>
              {isAdmin(actor) ? (
                <Link href="/moderation/jobs" className="text-brand-700 underline dark:text-brand-300">
                  {t("jobsLink")}
                </Link>
              ) : null}
            </nav>
          </div>
          <p className="text-slate-700 dark:text-slate-300">{t("lead")}</p>
          <p className="text-sm font-medium">{t("counts", queue.counts)}</p>
        </header>

        {queue.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">{t("empty")}</p>
        ) : (
          <ul className="space-y-6">
            {queue.items.map((item) => (
              <li key={item.id}>
                <QueueEntry item={item} locale={locale} canBan={canManageUser(actor, item.author.id)} />
              </li>
            ))}
          </ul>
        )}

        <section aria-labelledby="hidden-title" className="space-y-3">
          <h2 id="hidden-title" className="text-lg font-semibold">
            {t("hiddenTitle")}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("hiddenLead")}</p>
          {queue.hidden.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("hiddenEmpty")}</p>
          ) : (
            <ul className="space-y-3">
              {queue.hidden.map((report) => {
                const headingId = `hidden-${report.id}`;
                return (
                  <li key={report.id}>
                    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                      <h3 id={headingId} className="font-medium">
                        {t("itemTitle", { exchange: primaryName(report.exchange, locale), name: report.author.displayName ?? "—" })}
                      </h3>
                      <p className="text-sm text-slate-600 dark:text-slate-400">{t("hiddenOn", { date: format.dateTime(report.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
                      {report.summary ? <p className="line-clamp-3 whitespace-pre-line text-sm">{report.summary}</p> : null}
                      <DecisionForm target={{ reportId: report.id }} intents={["restore"]} label={t("decisions")} />
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}

async function QueueEntry({ item, locale, canBan }: { item: QueueItem; locale: Locale; canBan: boolean }) {
  const [t, tFlag, tReport, format] = await Promise.all([
    getTranslations("moderation.queue"),
    getTranslations("moderation.flag"),
    getTranslations("report"),
    getFormatter(),
  ]);
  const headingId = `queue-${item.id}`;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  // Free text is rendered as text (React escapes it): held reports may hold hostile content.
  const texts: [string, string | null][] = [
    [tReport("summary"), item.summary],
    [tReport("lockout"), item.lockoutDetail],
    [tReport("verificationLevel"), item.verificationLevel],
    [tReport("contactPath"), item.contactPath],
    [tReport("tips"), item.tips],
    ...(
      [
        ["summary", item.summaryTranslation],
        ["lockout", item.lockoutDetailTranslation],
        ["verificationLevel", item.verificationLevelTranslation],
        ["contactPath", item.contactPathTranslation],
        ["tips", item.tipsTranslation],
      ] as const
    ).map(([key, text]): [string, string | null] => [t("translated", { field: tReport(key) }), text]),
  ];
  const reportIntents = reportDecisionsFor(item.status);
  const authorIntents = canBan ? [item.author.bannedAt ? ("unban" as const) : ("ban" as const)] : [];

  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <header className="space-y-1">
        <p className="flex flex-wrap gap-2 text-sm">
          <span className="rounded-full bg-slate-100 px-2 py-0.5 font-semibold dark:bg-slate-800">{t(`status.${item.status}`)}</span>
          {item.author.bannedAt ? <span className="rounded-full bg-rose-100 px-2 py-0.5 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100">{t("authorBanned")}</span> : null}
        </p>
        <h2 id={headingId} className="text-lg font-semibold">
          {t("itemTitle", { exchange: primaryName(item.exchange, locale), name: item.author.displayName ?? "—" })}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("submitted", { date: when(item.createdAt) })}</p>
      </header>

      {item.status === "PENDING_REVIEW" && item.heldReasons.length > 0 ? (
        <section className="rounded-lg bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <h3 className="font-semibold">{t("heldReasonsTitle")}</h3>
          <ul className="mt-1 list-disc pl-5">
            {item.heldReasons.map((reason) => (
              <li key={reason}>{t.has(`heldReason.${reason}`) ? t(`heldReason.${reason}`) : reason}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {item.flags.length > 0 ? (
        <section className="space-y-3 rounded-lg bg-rose-50 p-3 text-rose-950 dark:bg-rose-950 dark:text-rose-100">
          <h3 className="font-semibold">{t("flagsTitle", { count: item.flags.length })}</h3>
          <ul className="space-y-3">
            {item.flags.map((flag) => (
              <li key={flag.id} className="space-y-2 border-t border-rose-200 pt-2 first:border-t-0 first:pt-0 dark:border-rose-900">
                <p>
                  <span className="font-medium">{tFlag(`reasons.${flag.reason}`)}</span>
                  <span className="ml-2 text-sm">{t("flaggedOn", { date: when(flag.createdAt) })}</span>
                </p>
                {flag.details ? (
                  <p className="whitespace-pre-line text-sm">
                    <span className="font-medium">{t("flagNote")}
                      {t("labelSeparator")}
                    </span>
                    {flag.details}
                  </p>
                ) : null}
                <DecisionForm target={{ flagId: flag.id }} intents={["uphold", "dismiss"]} label={tFlag(`reasons.${flag.reason}`)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section lang={item.textLanguage} className="space-y-2">
        <h3 className="font-semibold">{t("textTitle")}</h3>
        <dl className="space-y-2">
          {texts.map(([label, text]) =>
            text ? (
              <div key={label}>
                <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
                <dd className="whitespace-pre-line">{text}</dd>
              </div>
            ) : null,
          )}
          {item.eventNotes.length > 0 ? (
            <div>
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("eventNotes")}</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {item.eventNotes.map((event) => (
                    <li key={event.id}>
                      <span className="text-sm text-slate-600 dark:text-slate-400">{tReport(`eventKind.${event.kind}`)}
                        {t("labelSeparator")}
                      </span>
                      {event.note}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {item.itemNotes.length > 0 ? (
            <div>
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("itemNotes")}</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {item.itemNotes.map((note) => (
                    <li key={note.code}>{note.note}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className="border-t border-slate-200 pt-3 dark:border-slate-800">
        <DecisionForm target={{ reportId: item.id, userId: item.author.id }} intents={[...reportIntents, ...authorIntents]} label={t("decisions")} />
      </section>
    </article>
  );
}
