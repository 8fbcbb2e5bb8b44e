import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnReport } from "@/lib/data/users/list-own-reports";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../_components/names";
import { listClass, mutedClass, sectionTitleClass } from "./account-styles";

/** The account's own reports: status, exchange and date, each linking to its page. */
export async function OwnReportsSection({ reports, locale }: { reports: OwnReport[]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("accountData.reports"), getFormatter()]);
  return (
    <section aria-labelledby="own-reports-title" className="space-y-3">
      <h2 id="own-reports-title" className={sectionTitleClass}>
        {t("title")}
      </h2>
      {reports.length === 0 ? (
        <p className={mutedClass}>
          {t("empty")}{" "}
          <Link href="/reports/new" className="font-medium text-brand-700 underline dark:text-brand-300">
            {t("write")}
          </Link>
        </p>
      ) : (
        <ul className={listClass}>
          {reports.map((report) => (
            <li key={report.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3">
              <Link href={`/reports/${report.id}`} className="font-medium text-brand-700 underline dark:text-brand-300">
                {primaryName(report.exchange, locale)}
              </Link>
              <span className={mutedClass}>
                {t(`status.${report.status}`)} · {t("submitted", { date: format.dateTime(report.createdAt, { dateStyle: "medium" }) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
