import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass, mutedClass, sectionTitleClass } from "./account-styles";

/** The download of one's data and the way to delete the account. */
export async function DataRightsSection() {
  const t = await getTranslations("accountData");
  return (
    <>
      <section aria-labelledby="export-title" className="space-y-3">
        <h2 id="export-title" className={sectionTitleClass}>
          {t("export.title")}
        </h2>
        <p className={mutedClass}>{t("export.body")}</p>
        {/* A plain link: the route answers with a file to save, not a page. */}
        <a href="/api/account/export" download className={buttonClass}>
          {t("export.download")}
        </a>
      </section>
      <section aria-labelledby="danger-title" className="space-y-3 rounded-md border border-rose-300 p-4 dark:border-rose-800">
        <h2 id="danger-title" className={sectionTitleClass}>
          {t("danger.title")}
        </h2>
        <p className={mutedClass}>{t("danger.body")}</p>
        <Link href="/account/delete" className="font-medium text-rose-700 underline dark:text-rose-300">
          {t("danger.link")}
        </Link>
      </section>
    </>
  );
}
