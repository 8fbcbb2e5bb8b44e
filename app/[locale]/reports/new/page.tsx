import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { listExchangeOptions } from "@/lib/data/reports/list-exchange-options";
import { listRequiredItems } from "@/lib/data/reports/list-required-items";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { SafetyNotice } from "../../_components/safety-notice";
import { formDefaults } from "../_components/form-values";
import { ReportForm } from "../_components/report-form";
import { redirectToSignIn } from "../_components/sign-in-redirect";
import { ClientMessages } from "../../_components/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ exchange?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reportForm" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewReportPage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const { exchange } = await searchParams;
  const requested = (Array.isArray(exchange) ? exchange[0] : exchange) ?? "";
  const actor = await getActor();
  if (!actor) redirectToSignIn(locale, requested ? `/reports/new?exchange=${encodeURIComponent(requested)}` : "/reports/new");

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
          exchanges={exchanges}
          vocabulary={vocabulary}
          defaultValue={formDefaults({ exchangeSlug: preselected, locale, idempotencyKey: randomUUID(), vocabulary: vocabulary.map((item) => item.code) })}
        />
      </ClientMessages>
    </div>
  );
}
