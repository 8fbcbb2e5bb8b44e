import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { refusedWriteOf, retryWaitValues, type RefusedWriteSearch } from "@/lib/actions/refused-write";
import { getActor } from "@/lib/auth/session";
import { findOwnCase, type OwnCase } from "@/lib/data/cases/find-own-case";
import { NotFoundError, NotSignedInError } from "@/lib/data/errors";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "../../_components/client-messages";
import { primaryName } from "../../_components/names";
import { CaseStatusBadge } from "../_components/case-status-badge";
import { CaseEventForm } from "../_components/case-event-form";
import { CaseSettingsSections } from "../_components/case-settings-sections";
import { CaseStandingSection } from "../_components/case-standing-section";
import { CaseTimeline } from "../_components/case-timeline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ edit?: string | string[] } & RefusedWriteSearch> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "cases" });
  return { title: t("listTitle"), robots: { index: false } };
}

/** The owner's case; for anyone else, signed in or not, whatever their role, the 404 page. */
async function ownCaseOrNotFound(caseId: string): Promise<OwnCase> {
  try {
    return await findOwnCase({ actor: await getActor(), caseId });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof NotSignedInError) notFound();
    throw error;
  }
}

export default async function CasePage({ params, searchParams }: Props) {
  const { locale: localeParam, id } = await params;
  const locale = resolvePageLocale(localeParam);
  const recoveryCase = await ownCaseOrNotFound(id);
  const [t, tReport, format] = await Promise.all([getTranslations("cases"), getTranslations("report"), getFormatter()]);
  const search = await searchParams;
  const editParam = search.edit;
  // A button's write that was refused for a while (lib/actions/refused-write.ts).
  const refused = refusedWriteOf(search);
  const editing = recoveryCase.events.find((event) => event.id === (Array.isArray(editParam) ? editParam[0] : editParam));
  const exchangeName = primaryName(recoveryCase.exchange, locale);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <Link href="/cases" className="text-sm text-brand-700 underline underline-offset-4 dark:text-brand-300">
          {t("backToList")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("caseTitle", { exchange: exchangeName })}</h1>
          <CaseStatusBadge status={recoveryCase.status} label={t(`status.${recoveryCase.status}`)} />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("privateNotice")}</p>
        <CaseDetails recoveryCase={recoveryCase} locale={locale} />
      </header>

      {refused ? (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100">
          {t(`errors.${refused.code}`, retryWaitValues(refused.retryAfterSeconds))}
        </p>
      ) : null}

      <CaseStandingSection recoveryCase={recoveryCase} exchangeName={exchangeName} locale={locale} />

      <section aria-labelledby="case-events-title" className="space-y-4">
        <h2 id="case-events-title" className="text-xl font-semibold">
          {t("timeline.title")}
        </h2>
        <CaseTimeline recoveryCase={recoveryCase} locale={locale} />
        <div id="event-form" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 className="font-semibold">{editing ? t("timeline.editEvent", { kind: tReport(`eventKind.${editing.kind}`), date: format.dateTime(new Date(`${editing.day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) }) : t("timeline.add")}</h3>
          <ClientMessages paths={["cases", "report", "reportForm.errors", "reportForm.timeline", "reportForm.choose", "reportForm.optional", "reportForm.charCount"]}>
            <CaseEventForm
              key={editing?.id ?? "new"}
              locale={locale}
              caseId={recoveryCase.id}
              eventId={editing?.id}
              today={today}
              defaultValue={editing ? { kind: editing.kind, day: editing.day, time: editing.time ?? "", note: editing.note ?? "" } : { day: today }}
            />
          </ClientMessages>
        </div>
      </section>

      <CaseSettingsSections recoveryCase={recoveryCase} locale={locale} />
    </div>
  );
}

async function CaseDetails({ recoveryCase, locale }: { recoveryCase: OwnCase; locale: string }) {
  const [t, tReport, tForm] = await Promise.all([getTranslations("cases"), getTranslations("report"), getTranslations("reportForm")]);
  const rows: [string, string | null][] = [
    [t("fields.lockoutCause"), recoveryCase.lockoutCause && tReport(`lockoutCause.${recoveryCase.lockoutCause}`)],
    [t("fields.contactChannel"), recoveryCase.contactChannel && tReport(`channelValue.${recoveryCase.contactChannel}`)],
    [t("fields.inquiryLanguage"), recoveryCase.inquiryLanguage && (tForm.has(`languages.${recoveryCase.inquiryLanguage}`) ? tForm(`languages.${recoveryCase.inquiryLanguage}`) : recoveryCase.inquiryLanguage)],
    [t("fields.ticketReference"), recoveryCase.ticketReference],
    [t("fields.notes"), recoveryCase.notes],
  ];
  return (
    <dl lang={locale} className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
