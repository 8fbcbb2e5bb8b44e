import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { findCaseReportPrefill, type CaseReportPrefill } from "@/lib/data/cases/find-case-report-prefill";
import { NotFoundError } from "@/lib/data/errors";
import { listExchangeOptions } from "@/lib/data/reports/list-exchange-options";
import { listRequiredItems } from "@/lib/data/reports/list-required-items";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { SafetyNotice } from "../../_components/safety-notice";
import { formDefaults } from "../_components/form-values";
import { ReportForm } from "../_components/report-form";
import { redirectToSignIn } from "../_components/sign-in-redirect";
import { ClientMessages } from "../../_components/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ exchange?: string | string[]; case?: string | string[] }> };

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The owner's tracked case to publish from; anyone else's, or a malformed id, is the 404 page. */
async function casePrefill(actor: Parameters<typeof findCaseReportPrefill>[0]["actor"], caseId: string): Promise<CaseReportPrefill | null> {
  try {
    return await findCaseReportPrefill({ actor, caseId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reportForm" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** The case's facts as the form's values; the link to the case travels as its own hidden input. */
function casePrefillValues({ caseId: _caseId, exchangeSlug: _exchangeSlug, ...values }: CaseReportPrefill) {
  return values;
}

export default async function NewReportPage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const query = await searchParams;
  const fromCase = firstOf(query.case);
  const actor = await getActor();
  if (!actor) redirectToSignIn(locale, fromCase ? `/reports/new?case=${encodeURIComponent(fromCase)}` : firstOf(query.exchange) ? `/reports/new?exchange=${encodeURIComponent(firstOf(query.exchange))}` : "/reports/new");
  const prefill = fromCase ? await casePrefill(actor, fromCase) : null;
  const requested = prefill?.exchangeSlug ?? firstOf(query.exchange);

  const [t, exchanges, vocabulary] = await Promise.all([getTranslations("reportForm"), listExchangeOptions(), listRequiredItems()]);
  const preselected = exchanges.some((option) => option.slug === requested) ? requested : "";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("newTitle")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("newLead")}</p>
      </header>
      <SafetyNotice />
      <ClientMessages paths="all">
        <ReportForm
          mode="create"
          locale={locale}
          userId={actor.id}
          caseId={prefill?.caseId}
          exchanges={exchanges}
          vocabulary={vocabulary}
          defaultValue={formDefaults({ prefill: prefill ? casePrefillValues(prefill) : undefined, exchangeSlug: preselected, locale, idempotencyKey: randomUUID(), vocabulary: vocabulary.map((item) => item.code) })}
        />
      </ClientMessages>
    </div>
  );
}
