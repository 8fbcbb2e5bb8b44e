import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { canEditReport } from "@/lib/domain/permissions";
import { ReportAuthorLinks } from "./report-author-links";

/** Edit, update and delete links on a report, for its author only (lib/data checks again on use). */
export async function ReportAuthorTools({ reportId, authorId }: { reportId: string; authorId: string }) {
  const actor = await getActor();
  if (!canEditReport(actor, { authorId, deletedAt: null })) return null;
  const t = await getTranslations("reportForm");
  return <ReportAuthorLinks reportId={reportId} labels={{ yours: t("author.yours"), edit: t("author.edit"), update: t("update.title"), delete: t("author.delete") }} />;
}
