import { getTranslations } from "next-intl/server";
import type { ConfidenceLabel } from "@/lib/domain/stats";

// The guide's (exchanges/[slug]); the comparison table gives its cells the same look from the table
// itself (compare/page.tsx), since it has a hundred of them.

const confidenceTones: Record<ConfidenceLabel, string> = {
  insufficient: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  low: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100",
  medium: "bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100",
  high: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
};

export async function ConfidenceBadge({ label }: { label: ConfidenceLabel }) {
  const t = await getTranslations("guide.confidence");
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${confidenceTones[label]}`}>
      <span className="sr-only">{t("label")}: </span>
      {t(label)}
    </span>
  );
}
