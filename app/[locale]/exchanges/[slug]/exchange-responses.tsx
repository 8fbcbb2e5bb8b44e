import { getFormatter, getTranslations } from "next-intl/server";
import { listExchangeResponses, type ExchangeResponseView } from "@/lib/data/representatives/list-exchange-responses";
import { Link } from "@/lib/i18n/navigation";
import { LinkedText } from "../../_components/linked-text";

// The exchange's own voice on its guide: official responses by its approved representatives,
// set apart from the reports (a bordered, labelled section of its own), dated and signed with the
// responder's role. Shown in the reader's language where the representative translated it.

type Props = { exchange: { slug: string; officialDomains: string[] }; exchangeName: string; locale: "en" | "ja" };

function shownText(response: ExchangeResponseView, locale: string): { text: string; language: string } {
  if (response.textLanguage !== locale && response.translationLanguage === locale && response.textTranslation) return { text: response.textTranslation, language: locale };
  return { text: response.text, language: response.textLanguage };
}

export async function ExchangeResponses({ exchange, exchangeName, locale }: Props) {
  const [responses, t, format] = await Promise.all([listExchangeResponses({ slug: exchange.slug }), getTranslations("representatives"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <>
      {responses.length > 0 ? (
        <section aria-labelledby="exchange-responses-title" className="space-y-3 rounded-xl border-2 border-sky-300 bg-sky-50/60 p-4 sm:p-6 dark:border-sky-800 dark:bg-sky-950/30">
          <h2 id="exchange-responses-title" className="text-lg font-semibold">
            {t("guide.title", { exchange: exchangeName })}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("guide.lead", { exchange: exchangeName })}</p>
          {responses.map((response) => {
            const shown = shownText(response, locale);
            return (
              <article key={response.id} lang={shown.language} aria-label={t("guide.byline", { role: response.roleTitle, exchange: exchangeName })} className="space-y-2 rounded-lg bg-white p-4 dark:bg-slate-900">
                <p className="whitespace-pre-line">
                  <LinkedText text={shown.text} officialDomains={exchange.officialDomains} />
                </p>
                {shown.language !== locale ? (
                  <p lang={locale} className="text-xs text-slate-600 dark:text-slate-400">
                    {t("guide.writtenIn", { language: t(`languages.${shown.language === "ja" ? "ja" : "en"}`), exchange: exchangeName })}
                  </p>
                ) : null}
                <p lang={locale} className="muted">
                  <span className="font-medium text-slate-800 dark:text-slate-200">{t("guide.byline", { role: response.roleTitle, exchange: exchangeName })}</span>
                  {" · "}
                  <time dateTime={response.createdAt.toISOString()}>{t("guide.posted", { date: date(response.createdAt) })}</time>
                  {response.updatedAt.getTime() - response.createdAt.getTime() > 1000 ? (
                    <>
                      {" · "}
                      <time dateTime={response.updatedAt.toISOString()}>{t("guide.edited", { date: date(response.updatedAt) })}</time>
                    </>
                  ) : null}
                </p>
              </article>
            );
          })}
        </section>
      ) : null}
      <p className="text-sm">
        <Link href={`/exchanges/${exchange.slug}/representatives`} prefetch={false} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
          {t("guide.areYouFrom", { exchange: exchangeName })}
        </Link>
      </p>
    </>
  );
}
