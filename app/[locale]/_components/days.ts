import { getTranslations } from "next-intl/server";
import { roundDaysForDisplay } from "@/lib/domain/stats";

/** Formats a median or quartile in days, rounded as people read them ("not reached" when the curve never got there). */
export async function getDaysFormatter(): Promise<(value: number | null) => string> {
  const t = await getTranslations("guide.timing");
  return (value) => (value === null ? t("notReached") : t("days", { days: roundDaysForDisplay(value) }));
}
