import { Link } from "@/lib/i18n/navigation";

export type AuthorLinkLabels = { yours: string; edit: string; update: string; delete: string };

/** Edit, update and delete links on a report. No hooks: rendered by the server (ReportAuthorTools) or in the browser (ViewerAuthorTools). */
export function ReportAuthorLinks({ reportId, labels }: { reportId: string; labels: AuthorLinkLabels }) {
  const linkClass = "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label={labels.yours} className="flex flex-wrap gap-2">
      <Link href={`/reports/${reportId}/edit`} className={linkClass}>
        {labels.edit}
      </Link>
      <Link href={`/reports/${reportId}/update`} className={linkClass}>
        {labels.update}
      </Link>
      <Link href={`/reports/${reportId}/delete`} className={`${linkClass} text-rose-700 dark:text-rose-300`}>
        {labels.delete}
      </Link>
    </nav>
  );
}
