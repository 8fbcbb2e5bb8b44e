import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnCase } from "@/lib/data/users/list-own-cases";
import { Link } from "@/lib/i18n/navigation";
import { primaryName } from "../_components/names";
import { buttonClass, listClass, mutedClass, sectionTitleClass } from "./account-styles";

/** The account's private cases: exchange, status and opening date, each with its page and a way to delete it. */
export async function OwnCasesSection({ cases, locale }: { cases: OwnCase[]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("accountData.cases"), getFormatter()]);
  return (
    <section aria-labelledby="own-cases-title" className="space-y-3">
      <h2 id="own-cases-title" className={sectionTitleClass}>
        {t("title")}
      </h2>
      {cases.length === 0 ? (
        <p className={mutedClass}>{t("empty")}</p>
      ) : (
        <ul className={listClass}>
          {cases.map((recoveryCase) => {
            const exchange = primaryName(recoveryCase.exchange, locale);
            return (
              <li key={recoveryCase.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 p-3">
                <div className="space-y-0.5">
                  <Link href={`/cases/${recoveryCase.id}`} aria-label={t("open", { exchange })} className="font-medium text-brand-700 underline dark:text-brand-300">
                    {exchange}
                  </Link>
                  <p className={mutedClass}>
                    {t(`status.${recoveryCase.status}`)} · {t("opened", { date: format.dateTime(recoveryCase.createdAt, { dateStyle: "medium" }) })}
                  </p>
                </div>
                <Link href={`/account/cases/${recoveryCase.id}/delete`} aria-label={t("deleteLabel", { exchange })} className={buttonClass}>
                  {t("delete")}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
