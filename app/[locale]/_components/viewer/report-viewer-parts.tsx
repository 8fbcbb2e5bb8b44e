"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Link } from "@/lib/i18n/navigation";
import { FlagReport } from "../flag-report";
import { SignInLink } from "../sign-in-link";
import { VoteButtons } from "../vote-buttons";
import { useViewerReport } from "./viewer-context";

// A report's per-reader parts on a page shared by every reader (a cached guide), filled in from
// GET /api/viewer. Until then, and without JavaScript, they read as they do for anonymous readers:
// the counts and a sign-in link; the report's own page has the same parts rendered per reader.

/** Edit, update and delete links, for the report's author only (lib/data checks again on use). */
export function ViewerAuthorTools({ reportId }: { reportId: string }) {
  const { state } = useViewerReport(reportId);
  const t = useTranslations("reportForm");
  if (!state?.isAuthor) return null;
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

/** The vote buttons (or the counts) and the flag form under a report. */
export function ViewerReportActions({ reportId, helpful, notHelpful }: { reportId: string; helpful: number; notHelpful: number }) {
  const { state, signedIn, recordVote } = useViewerReport(reportId);
  const t = useTranslations("guide.votes");
  const mine = state?.vote?.mine ?? null;
  // One object per change: VoteButtons tells a newer server tally from its own answer by identity.
  const tally = useMemo(() => ({ helpful, notHelpful, mine }), [helpful, notHelpful, mine]);
  const flag = state?.flag;
  return (
    <>
      {state?.vote ? (
        <VoteButtons reportId={reportId} tally={tally} onVoted={recordVote} />
      ) : (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          <p data-testid="vote-counts">{t("counts", { helpful, notHelpful })}</p>
          {signedIn ? state ? <p>{t("yours")}</p> : null : <SignInLink label={t("signIn")} className="text-brand-700 underline dark:text-brand-300" />}
        </div>
      )}
      {flag && (flag.canFlag || flag.alreadyFlagged) ? <FlagReport reportId={reportId} alreadyFlagged={flag.alreadyFlagged} /> : null}
    </>
  );
}
