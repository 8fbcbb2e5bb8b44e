import { getFormatter, getTranslations } from "next-intl/server";
import { findReportReply } from "@/lib/data/representatives/find-report-reply";
import { LinkedText } from "../../_components/linked-text";
import { primaryName } from "../../_components/names";

/** The exchange's one reply under a report, set apart from the report it answers and signed with the responder's role. */
export async function ExchangeReply({ reportId, exchange, locale }: { reportId: string; exchange: { nameEn: string; nameJa: string; officialDomains: string[] }; locale: string }) {
  const reply = await findReportReply({ reportId });
  if (!reply) return null;
  const [t, format] = await Promise.all([getTranslations("representatives.reply"), getFormatter()]);
  const name = primaryName(exchange, locale);
  return (
    <section aria-labelledby="exchange-reply-title" className="space-y-2 rounded-xl border-2 border-sky-300 bg-sky-50/60 p-4 dark:border-sky-800 dark:bg-sky-950/30">
      <h2 id="exchange-reply-title" className="font-semibold">
        {t("title", { exchange: name })}
      </h2>
      <p lang={reply.textLanguage} className="whitespace-pre-line">
        <LinkedText text={reply.text} officialDomains={exchange.officialDomains} />
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("byline", { role: reply.roleTitle, exchange: name, date: format.dateTime(reply.createdAt, { dateStyle: "medium" }) })}</p>
    </section>
  );
}
