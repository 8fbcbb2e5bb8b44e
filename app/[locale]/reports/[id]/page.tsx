import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/auth/session";
import { findReportForViewer } from "@/lib/data/reports/find-report";
import { canEditReport } from "@/lib/domain/permissions";
import { resolvePageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../../_components/names";
import { ReportView } from "../../_components/report-view";
import { SafetyNotice } from "../../_components/safety-notice";
import { ClearSubmittedDraft } from "../_components/clear-submitted-draft";
import { HeldNotice } from "../_components/held-notice";
import { ExchangeReply } from "../_components/exchange-reply";
import { reportMetadata } from "./report-metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

// Published reports for everyone; the author also sees their own while it is held or hidden.
const loadReport = cache(async (id: string) => {
  const actor = await getActor();
  const report = await findReportForViewer({ id, viewerId: actor?.id ?? null });
  return report ? { report, isAuthor: canEditReport(actor, { authorId: report.authorId, deletedAt: null }) } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const loaded = await loadReport(id);
  return loaded ? reportMetadata({ report: loaded.report, locale }) : {};
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { locale: requested, id } = await params;
  const locale = resolvePageLocale(requested);
  const loaded = await loadReport(id);
  if (!loaded) notFound();
  const { report, isAuthor } = loaded;
  const { saved } = await searchParams;
  const savedKind = Array.isArray(saved) ? saved[0] : saved;
  const [t, tForm] = await Promise.all([getTranslations("report"), getTranslations("reportForm")]);

  return (
    <div className="space-y-6">
      <nav>
        <Link href={`/exchanges/${report.exchange.slug}`} className="text-sm text-brand-700 underline dark:text-brand-300">
          ← {t("backToExchange", { exchange: primaryName(report.exchange, locale) })}
        </Link>
      </nav>
      {isAuthor && (savedKind === "created" || savedKind === "updated") ? (
        <>
          <ClearSubmittedDraft />
          {report.status === "PUBLISHED" ? (
            <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-950 dark:border-emerald-700/60 dark:bg-emerald-950/40 dark:text-emerald-100">
              {tForm(`saved.${savedKind}`)}
            </p>
          ) : null}
        </>
      ) : null}
      {isAuthor ? <HeldNotice status={report.status} heldReasons={report.heldReasons} showEditHint /> : null}
      <SafetyNotice />
      <ReportView report={report} headingLevel={1} showPermalink={false} />
      <ExchangeReply reportId={report.id} exchange={report.exchange} locale={locale} />
    </div>
  );
}
