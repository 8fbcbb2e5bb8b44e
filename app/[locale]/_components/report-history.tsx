import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportHistoryEntry } from "@/lib/domain/report-history";

/** When a report was reported, edited, updated and closed: readers see how it grew. */
export async function ReportHistory({ history, Heading }: { history: readonly ReportHistoryEntry[]; Heading: "h2" | "h3" }) {
  // A report never changed since it was written needs no history.
  if (!history.some((entry) => entry.kind !== "CREATED")) return null;
  const [t, tReport, format] = await Promise.all([getTranslations("reportForm.history"), getTranslations("report"), getFormatter()]);
  const describe = (entry: ReportHistoryEntry): string => {
    switch (entry.kind) {
      case "CREATED":
        return t("CREATED");
      case "EDITED":
        return t("EDITED", { fields: entry.fields.map((field) => (t.has(`field.${field}`) ? t(`field.${field}`) : field)).join(", ") });
      case "EVENTS_ADDED":
        return t("EVENTS_ADDED", { count: entry.eventsAdded });
      case "CLOSED":
        return t("CLOSED", { outcome: entry.outcome ? tReport(`outcomeValue.${entry.outcome.to}`) : "" });
    }
  };
  return (
    <section>
      <Heading className="font-semibold">{t("title")}</Heading>
      <ul className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
        {history.map((entry, index) => (
          <li key={index}>
            <time dateTime={entry.createdAt.toISOString()} className="font-medium">
              {format.dateTime(entry.createdAt, { dateStyle: "medium" })}
            </time>{" "}
            · {describe(entry)}
          </li>
        ))}
      </ul>
    </section>
  );
}
