"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { useEffect, useOptimistic, useRef, useState } from "react";
import type { VoteTally } from "@/lib/data/votes/tally-votes";
import { VOTE_WITHDRAW, VoteFormSchema, type VoteValue } from "@/lib/validation/vote";
import { FormFailureNotice } from "./form-failure";
import { useActionForm } from "./use-action-form";
import { castVoteAction } from "./vote-action";

function applyVote(tally: VoteTally, value: VoteValue | null): VoteTally {
  const next = { ...tally, mine: value };
  if (tally.mine === "HELPFUL") next.helpful -= 1;
  if (tally.mine === "NOT_HELPFUL") next.notHelpful -= 1;
  if (value === "HELPFUL") next.helpful += 1;
  if (value === "NOT_HELPFUL") next.notHelpful += 1;
  return next;
}

/**
 * The two vote buttons under a report for a signed-in reader who is not its author: a form whose
 * buttons post the vote, so voting works without JavaScript too. A button is a toggle
 * (aria-pressed): the pressed one posts a withdrawal, the other one the new vote. With
 * JavaScript the counts move at once and settle on the server's tally; on failure they go back
 * and say why.
 */
export function VoteButtons({
  reportId,
  tally: serverTally,
  onVoted,
}: {
  reportId: string;
  tally: VoteTally;
  /** Told the server's answer to each vote, where the page keeps the reader's vote apart from the counts (a cached guide). */
  onVoted?: (answer: VoteTally) => void;
}) {
  const t = useTranslations("guide.votes");
  // The page's tally when our last vote was sent: until a refresh brings a newer one, the
  // action's answer is the latest.
  const [sentOver, setSentOver] = useState<VoteTally | null>(null);
  const { state, formAction, pending, form } = useActionForm(castVoteAction, VoteFormSchema, {
    // The counts move at once, before the answer.
    beforeSend(submission) {
      setSentOver(serverTally);
      if (submission?.status === "success") setOptimistic(submission.value.value);
    },
  });
  const current = state.done && sentOver === serverTally ? state.done : serverTally;
  // Told once per answer, with the page as it was when the answer came.
  const latestOnVoted = useRef(onVoted);
  useEffect(() => {
    latestOnVoted.current = onVoted;
  });
  useEffect(() => {
    if (state.done) latestOnVoted.current?.(state.done);
  }, [state.done]);
  const [optimistic, setOptimistic] = useOptimistic(current, applyVote);

  const buttonClass =
    "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm font-medium border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-700 dark:aria-pressed:border-brand-300 dark:aria-pressed:bg-slate-900 dark:aria-pressed:text-brand-300";
  const valueOf = (value: VoteValue) => (optimistic.mine === value ? VOTE_WITHDRAW : value);

  return (
    <form {...getFormProps(form)} action={formAction} className="space-y-1">
      <input type="hidden" name="reportId" value={reportId} />
      <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-2">
        <button type="submit" name="value" value={valueOf("HELPFUL")} aria-pressed={optimistic.mine === "HELPFUL"} className={buttonClass}>
          <span>{t("helpful")}</span>
          <span className="tabular-nums" data-testid="helpful-count">
            {optimistic.helpful}
          </span>
        </button>
        <button type="submit" name="value" value={valueOf("NOT_HELPFUL")} aria-pressed={optimistic.mine === "NOT_HELPFUL"} className={buttonClass}>
          <span>{t("notHelpful")}</span>
          <span className="tabular-nums" data-testid="not-helpful-count">
            {optimistic.notHelpful}
          </span>
        </button>
      </div>
      <FormFailureNotice failure={pending ? undefined : state.failure} namespace="guide.votes" />
    </form>
  );
}
