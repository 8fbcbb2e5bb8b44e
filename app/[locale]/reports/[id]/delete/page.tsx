import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../../../_components/names";
import { deleteReportAction } from "../../actions";
import { buttonClass, dangerButtonClass } from "../../../_components/field";
import { loadOwnReportPage, ownReportPageMetadata } from "../../_components/load-own-report";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return ownReportPageMetadata(params, "delete.title");
}

/** Deleting asks once more, on a page of its own: it works without scripts and cannot be clicked by accident. */
export default async function DeleteReportPage({ params }: Props) {
  const { locale, report } = await loadOwnReportPage(params, "delete");
  const [t, tReport, format] = await Promise.all([getTranslations("reportForm"), getTranslations("report"), getFormatter()]);
  const month = format.dateTime(new Date(`${report.values.incidentMonth}-01T00:00:00Z`), { year: "numeric", month: "long" });

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("delete.title")}</h1>
      <p className="font-medium">{tReport("title", { exchange: primaryName(report.exchange, locale), month })}</p>
      <p className="text-slate-700 dark:text-slate-300">{t("delete.body")}</p>
      <form action={deleteReportAction} className="flex flex-col gap-3 sm:flex-row">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="reportId" value={report.id} />
        <button type="submit" className={dangerButtonClass}>
          {t("delete.confirm")}
        </button>
        <Link href={`/reports/${report.id}`} className={buttonClass}>
          {t("delete.cancel")}
        </Link>
      </form>
    </div>
  );
}
