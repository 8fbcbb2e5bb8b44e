import { getFormatter, getTranslations } from "next-intl/server";
import { OFFICIAL_EDIT_HISTORY_LIMIT, type OfficialFactEditEntry } from "@/lib/data/official-procedures/list-official-fact-edits";

/** The audit log of an exchange's official facts, for the moderators who keep them. */
export async function OfficialEditHistory({ entries, locale }: { entries: readonly OfficialFactEditEntry[]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("official"), getFormatter()]);
  const fieldLabel = (field: string) => (t.has(`edit.fields.${field}`) ? t(`edit.fields.${field}`) : field);
  if (entries.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("edit.history.empty")}</p>;
  return (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("edit.history.lead", { count: OFFICIAL_EDIT_HISTORY_LIMIT })}</p>
      <ol className="space-y-3 text-sm">
        {entries.map((entry) => {
          const subject = entry.subject === "PROCEDURE" ? t("edit.history.procedure") : t(`kinds.${entry.subject}`);
          const text = entry.text ? (locale === "ja" ? entry.text.ja : entry.text.en) : null;
          return (
            <li key={entry.id} className="border-l-2 border-slate-200 pl-3 dark:border-slate-700">
              <p>
                <time dateTime={entry.at.toISOString()} className="font-medium">
                  {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>{" "}
                · {t(`edit.history.kinds.${entry.kind}`)}: {subject} · {t("edit.history.by", { name: entry.editorName ?? t("edit.history.unnamed") })}
              </p>
              {entry.changedFields.length > 0 ? (
                <p className="text-slate-600 dark:text-slate-400">{t("edit.history.changed", { fields: entry.changedFields.map(fieldLabel).join(", ") })}</p>
              ) : null}
              {text ? <p className="text-slate-700 dark:text-slate-300">{text}</p> : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
