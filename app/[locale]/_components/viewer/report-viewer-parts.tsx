"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import type { VoteTally } from "@/lib/data/votes/tally-votes";
import { FlagReport } from "../flag-report";
import { ReportAuthorLinks } from "../report-author-links";
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
  return <ReportAuthorLinks reportId={reportId} labels={{ yours: t("author.yours"), edit: t("author.edit"), update: t("update.title"), delete: t("author.delete") }} />;
}

/** The vote buttons (or the counts) and the flag form under a report. */
export function ViewerReportActions({ reportId, helpful, notHelpful }: { reportId: string; helpful: number; notHelpful: number }) {
  const { state, signedIn } = useViewerReport(reportId);
  const t = useTranslations("guide.votes");
  // The server's answer to this reader's last vote, and the page's counts when it came: until the
  // page brings newer counts (a live refresh) the answer is the latest tally; after that the counts
  // are the page's and the vote the answer's (the reader's own vote is not in the shared page).
  const [answer, setAnswer] = useState<{ tally: VoteTally; counts: string } | null>(null);
  const counts = `${helpful}/${notHelpful}`;
  const onVoted = useCallback((tally: VoteTally) => setAnswer({ tally, counts }), [counts]);
  // A withdrawn vote is a null answer, not a missing one.
  const mine = answer ? answer.tally.mine : (state?.vote?.mine ?? null);
  const answerIsNewest = answer !== null && answer.counts === counts;
  // One object per change: VoteButtons tells a newer server tally from its own answer by identity.
  const tally = useMemo(() => (answerIsNewest ? answer.tally : { helpful, notHelpful, mine }), [answerIsNewest, answer, helpful, notHelpful, mine]);
  const flag = state?.flag;
  return (
    <>
      {state?.vote ? (
        <VoteButtons reportId={reportId} tally={tally} onVoted={onVoted} />
      ) : (
        <div className="report-votes">
          <p data-testid="vote-counts">{t("counts", { helpful, notHelpful })}</p>
          {!signedIn ? <SignInLink label={t("signIn")} className="text-brand-700 underline dark:text-brand-300" /> : null}
          {/* Signed in and known, but no vote buttons: the reader wrote this report. */}
          {signedIn && state ? <p>{t("yours")}</p> : null}
        </div>
      )}
      {flag && (flag.canFlag || flag.alreadyFlagged) ? <FlagReport reportId={reportId} alreadyFlagged={flag.alreadyFlagged} /> : null}
    </>
  );
}
