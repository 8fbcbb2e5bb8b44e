import { getTranslations } from "next-intl/server";

export async function SafetyNotice() {
  const t = await getTranslations("safety");
  return (
    <aside
      aria-labelledby="safety-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 id="safety-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("body")}</p>
    </aside>
  );
}
