import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listExchangeOptions } from "@/lib/data/reports/list-exchange-options";
import { listRequiredItems } from "@/lib/data/reports/list-required-items";
import { Link } from "@/lib/i18n/navigation";
import { formDefaults } from "../../_components/form-values";
import { HeldNotice } from "../../_components/held-notice";
import { loadOwnReportPage, ownReportPageMetadata } from "../../_components/load-own-report";
import { ReportForm } from "../../_components/report-form";
import { ClientMessages } from "../../../_components/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return ownReportPageMetadata(params, "editTitle");
}

export default async function EditReportPage({ params }: Props) {
  const { locale, actor, report } = await loadOwnReportPage(params, "edit");
  const [t, exchanges, vocabulary] = await Promise.all([getTranslations("reportForm"), listExchangeOptions(), listRequiredItems()]);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("editTitle")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("editLead")}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/reports/${report.id}`} className="text-brand-700 underline dark:text-brand-300">
            ← {t("author.yours")}
          </Link>
          <Link href={`/reports/${report.id}/update`} className="text-brand-700 underline dark:text-brand-300">
            {t("update.title")}
          </Link>
          <Link href={`/reports/${report.id}/delete`} className="text-rose-700 underline dark:text-rose-300">
            {t("author.delete")}
          </Link>
        </p>
      </header>
      <HeldNotice status={report.status} heldReasons={report.heldReasons} showEditHint />
      <ClientMessages paths="all">
        <ReportForm
          mode="edit"
          reportId={report.id}
          locale={locale}
          userId={actor.id}
          exchanges={exchanges}
          vocabulary={vocabulary}
          defaultValue={formDefaults({ stored: report.values, exchangeSlug: report.values.exchangeSlug, locale, idempotencyKey: randomUUID(), vocabulary: vocabulary.map((item) => item.code) })}
        />
      </ClientMessages>
    </div>
  );
}
