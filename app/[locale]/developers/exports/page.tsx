import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EXPORT_COLUMNS, EXPORT_LICENCE_URL } from "@/lib/domain/public-api/export-format";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/locale";

// The exports' data dictionary: one row per CSV column, in the order of EXPORT_COLUMNS, so a
// column added to the export without a description here fails the messages test.

const linkClass = "text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300";
const buttonClass =
  "inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-brand-300 dark:text-slate-950";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "api.exports" });
  return { title: t("metaTitle") };
}

export default async function ExportsPage({ params }: { params: Promise<{ locale: string }> }) {
  resolvePageLocale((await params).locale);
  const t = await getTranslations("api.exports");

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("lead")}</p>
        <div className="flex flex-wrap gap-3">
          <a href="/api/v1/exports/reports.csv" download className={buttonClass}>
            {t("downloadCsv")}
          </a>
          <a href="/api/v1/exports/reports.jsonl" download className={buttonClass}>
            {t("downloadJsonLines")}
          </a>
        </div>
        <Link href="/developers" className={`inline-block text-sm ${linkClass}`}>
          {t("backToDevelopers")}
        </Link>
      </div>

      <section aria-labelledby="exports-licence" className="space-y-2">
        <h2 id="exports-licence" className="text-xl font-semibold">
          {t("licenceTitle")}
        </h2>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("licence")}</p>
        <a href={EXPORT_LICENCE_URL} rel="license" className={linkClass}>
          {t("licenceLink")}
        </a>
      </section>

      <section aria-labelledby="exports-format" className="space-y-2">
        <h2 id="exports-format" className="text-xl font-semibold">
          {t("formatTitle")}
        </h2>
        <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("format")}</p>
      </section>

      <section aria-labelledby="exports-dictionary" className="space-y-2">
        <h2 id="exports-dictionary" className="text-xl font-semibold">
          {t("dictionaryTitle")}
        </h2>
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-2 pr-4">{t("column")}</th>
                <th scope="col" className="py-2">{t("meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {EXPORT_COLUMNS.map((column) => (
                <tr key={column} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <th scope="row" className="py-2 pr-4 font-mono font-normal">{column}</th>
                  <td className="py-2 text-slate-700 dark:text-slate-300">{t(`columns.${column}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
