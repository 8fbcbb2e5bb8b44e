import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signInUrlFor } from "@/lib/actions/posted-form";
import { getActor } from "@/lib/auth/session";
import { listExchangeOptions } from "@/lib/data/reports/list-exchange-options";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { ClientMessages } from "../../_components/client-messages";
import { primaryName } from "../../_components/names";
import { NewCaseForm } from "../_components/new-case-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ exchange?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "cases" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewCasePage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const { exchange } = await searchParams;
  const requested = (Array.isArray(exchange) ? exchange[0] : exchange) ?? "";
  const actor = await getActor();
  if (!actor) redirect(signInUrlFor(locale, requested ? `/cases/new?exchange=${encodeURIComponent(requested)}` : "/cases/new"));
  const [t, exchanges] = await Promise.all([getTranslations("cases"), listExchangeOptions()]);
  const options = exchanges.map((option) => ({ slug: option.slug, name: primaryName(option, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  const preselected = options.some((option) => option.slug === requested) ? requested : "";

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("newTitle")}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t("newLead")}</p>
      </header>
      <ClientMessages paths={["cases", "report", "reportForm.errors", "reportForm.languages", "reportForm.choose", "reportForm.optional", "reportForm.charCount"]}>
        <NewCaseForm locale={locale} exchanges={options} defaultValue={{ exchangeSlug: preselected, inquiryLanguage: locale }} />
      </ClientMessages>
    </div>
  );
}
