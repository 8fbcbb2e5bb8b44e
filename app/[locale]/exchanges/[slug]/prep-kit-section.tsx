import { getTranslations } from "next-intl/server";
import { primaryName } from "../../_components/names";
import { sectionClass } from "./guide-sections";
import { PrepKit } from "./prep-kit";

// "Prepare your request" (issue 12): on every guide, with or without reports. The kit runs in the
// browser and keeps the person's answers there; its facts come from
// GET /api/exchanges/<slug>/prep-kit when the reader opens it (prep-kit-data.ts).

export async function PrepKitSection({ exchange, locale }: { exchange: { slug: string; nameEn: string; nameJa: string }; locale: string }) {
  const t = await getTranslations("prepKit");
  const name = primaryName(exchange, locale);
  return (
    <section aria-labelledby="prep-kit" className={sectionClass}>
      <h2 id="prep-kit" className="scroll-mt-4">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("lead", { exchange: name })}</p>
      <p className="muted">{t("privacy")}</p>
      <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium dark:border-amber-700/60 dark:bg-amber-950/40">
        {t("safety")}
      </p>
      <PrepKit slug={exchange.slug} texts={{ open: t("open"), loading: t("loading"), failed: t("loadFailed"), needsScripts: t("needsScripts") }} />
    </section>
  );
}
