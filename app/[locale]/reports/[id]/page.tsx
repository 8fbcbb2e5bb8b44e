import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findPublishedReport } from "@/lib/data/reports";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../../_components/names";
import { ReportView } from "../../_components/report-view";
import { SafetyNotice } from "../../_components/safety-notice";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

const loadReport = cache((id: string) => findPublishedReport({ id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const report = await loadReport(id);
  return report ? { title: primaryName(report.exchange, locale) } : {};
}

export default async function ReportPage({ params }: Props) {
  const { locale: requested, id } = await params;
  const locale = resolvePageLocale(requested);
  const report = await loadReport(id);
  if (!report) notFound();
  const t = await getTranslations("report");

  return (
    <div className="space-y-6">
      <nav>
        <Link href={`/exchanges/${report.exchange.slug}`} className="text-sm text-brand-700 underline dark:text-brand-300">
          ← {t("backToExchange", { exchange: primaryName(report.exchange, locale) })}
        </Link>
      </nav>
      <SafetyNotice />
      <ReportView report={report} headingLevel={1} showPermalink={false} />
    </div>
  );
}
