import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { canEditReport } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";

/** Edit, update and delete links on a report, for its author only (lib/data checks again on use). */
export async function ReportAuthorTools({ reportId, authorId }: { reportId: string; authorId: string }) {
  const actor = await getActor();
  if (!canEditReport(actor, { authorId, deletedAt: null })) return null;
  const t = await getTranslations("reportForm");
  const linkClass = "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label={t("author.yours")} className="flex flex-wrap gap-2">
      <Link href={`/reports/${reportId}/edit`} className={linkClass}>
        {t("author.edit")}
      </Link>
      <Link href={`/reports/${reportId}/update`} className={linkClass}>
        {t("update.title")}
      </Link>
      <Link href={`/reports/${reportId}/delete`} className={`${linkClass} text-rose-700 dark:text-rose-300`}>
        {t("author.delete")}
      </Link>
    </nav>
  );
}
