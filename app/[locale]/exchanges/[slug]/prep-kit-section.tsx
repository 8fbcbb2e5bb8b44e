import { getTranslations } from "next-intl/server";
import type { Guide } from "@/lib/data/guides/find-guide";
import type { GuideOutline } from "@/lib/domain/guide-outline";
import type { OfficialProcedure } from "@/lib/domain/official-procedure";
import { buildPrepKit } from "@/lib/domain/prep-kit/kit";
import { HUMAN_REPLY_KINDS, type ItemShare } from "@/lib/domain/stats";
import { ClientMessages } from "../../_components/client-messages";
import { primaryName } from "../../_components/names";
import { sectionClass } from "./guide-sections";
import { PrepKit } from "./prep-kit";

// "Prepare your request" (issue 12): on every guide, with or without reports. The server only
// gathers the facts; the kit runs in the browser and keeps the person's answers there.

/** The languages each listed report was answered in: its reply languages and its replies' own. */
function replyLanguagesOf(guide: Guide): string[][] {
  return guide.topReports.map((report) => [
    ...report.replyLanguages,
    ...report.events.filter((event) => HUMAN_REPLY_KINDS.has(event.kind) && event.language).map((event) => event.language ?? ""),
  ]);
}

export async function PrepKitSection({ guide, procedure, communityItems, outline, locale }: { guide: Guide; procedure: OfficialProcedure | null; communityItems: ItemShare[]; outline: GuideOutline; locale: string }) {
  const t = await getTranslations("prepKit");
  const { exchange } = guide;
  const kit = buildPrepKit({
    exchange,
    procedure,
    communityItems,
    communityPath: guide.stats.figures?.mostCommonContactPath?.value ?? outline.paths[0]?.value ?? null,
    replyLanguages: replyLanguagesOf(guide),
    itemLabels: guide.itemLabels,
  });
  const name = primaryName(exchange, locale);
  return (
    <section aria-labelledby="prep-kit" className={sectionClass}>
      <h2 id="prep-kit" className="scroll-mt-4 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("lead", { exchange: name })}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("privacy")}</p>
      <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium dark:border-amber-700/60 dark:bg-amber-950/40">
        {t("safety")}
      </p>
      <ClientMessages paths={["prepKit"]}>
        <PrepKit kit={kit} displayName={name} />
      </ClientMessages>
    </section>
  );
}
