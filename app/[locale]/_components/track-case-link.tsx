import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The guide's way into the private case tracker for this exchange; the same for every reader, so the page stays cacheable. */
export async function TrackCaseLink({ slug }: { slug: string }) {
  const t = await getTranslations("cases");
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      <Link href={`/cases/new?exchange=${slug}`} prefetch={false} className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-300">
        {t("trackMyCase")}
      </Link>{" "}
      {t("trackMyCaseHint")}
    </p>
  );
}
