import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { HeldNotice } from "../../_components/held-notice";
import { loadOwnReportPage, ownReportPageMetadata } from "../../_components/load-own-report";
import { UpdateForm } from "../../_components/update-form";
import { ClientMessages } from "../../../_components/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return ownReportPageMetadata(params, "update.title");
}

export default async function UpdateReportPage({ params }: Props) {
  const { locale, report } = await loadOwnReportPage(params, "update");
  const [t, tReport, format] = await Promise.all([getTranslations("reportForm"), getTranslations("report"), getFormatter()]);
  const { values } = report;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("update.title")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("update.lead")}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/reports/${report.id}`} className="text-brand-700 underline dark:text-brand-300">
            ← {t("author.yours")}
          </Link>
          <Link href={`/reports/${report.id}/edit`} className="text-brand-700 underline dark:text-brand-300">
            {t("fullEditTitle")}
          </Link>
        </p>
      </header>
      <HeldNotice status={report.status} heldReasons={report.heldReasons} />
      <ClientMessages paths="all">
        <UpdateForm
          reportId={report.id}
          locale={locale}
          idempotencyKey={randomUUID()}
          existing={{
            incidentMonth: values.incidentMonth,
            outcome: values.outcome,
            replyLanguages: values.replyLanguages,
            events: values.events.map((event) => ({
              kind: event.kind,
              day: event.day,
              time: event.time,
              label: tReport(`eventKind.${event.kind}`),
              dayLabel: format.dateTime(new Date(`${event.day}T${event.time || "00:00"}:00Z`), event.time ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" }),
            })),
          }}
        />
      </ClientMessages>
    </div>
  );
}
