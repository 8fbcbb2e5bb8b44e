"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import type { VoteTally } from "@/lib/data/votes/tally-votes";
import type { VoteValue } from "@/lib/validation/vote";
import { castVoteAction, type VoteErrorKey } from "./vote-action";

function applyVote(tally: VoteTally, value: VoteValue | null): VoteTally {
  const next = { ...tally, mine: value };
  if (tally.mine === "HELPFUL") next.helpful -= 1;
  if (tally.mine === "NOT_HELPFUL") next.notHelpful -= 1;
  if (value === "HELPFUL") next.helpful += 1;
  if (value === "NOT_HELPFUL") next.notHelpful += 1;
  return next;
}

/**
 * The two vote buttons under a report for a signed-in reader who is not its author. A button is a
 * toggle (aria-pressed): clicking the pressed one withdraws the vote, the other one changes it.
 * The counts move at once and settle on the server's tally; on failure they go back and say why.
 */
export function VoteButtons({ reportId, tally: serverTally }: { reportId: string; tally: VoteTally }) {
  const t = useTranslations("guide.votes");
  // The server's tally after our own last vote, until a refresh of the page brings a newer one.
  const [confirmed, setConfirmed] = useState<{ base: VoteTally; tally: VoteTally } | null>(null);
  const current = confirmed && confirmed.base === serverTally ? confirmed.tally : serverTally;
  const [optimistic, setOptimistic] = useOptimistic(current, applyVote);
  const [error, setError] = useState<{ key: VoteErrorKey; seconds: number } | null>(null);
  const [, startTransition] = useTransition();

  function vote(value: VoteValue) {
    const next = optimistic.mine === value ? null : value;
    setError(null);
    startTransition(async () => {
      setOptimistic(next);
      try {
        const result = await castVoteAction({ reportId, value: next });
        if (result.status === "ok") setConfirmed({ base: serverTally, tally: result.tally });
        else setError({ key: result.error, seconds: result.retryAfterSeconds ?? 0 });
      } catch {
        setError({ key: "generic", seconds: 0 });
      }
    });
  }

  const buttonClass =
    "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm font-medium border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-700 dark:aria-pressed:border-brand-300 dark:aria-pressed:bg-slate-900 dark:aria-pressed:text-brand-300";

  return (
    <div className="space-y-1">
      <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-2">
        <button type="button" aria-pressed={optimistic.mine === "HELPFUL"} onClick={() => vote("HELPFUL")} className={buttonClass}>
          <span>{t("helpful")}</span>
          <span className="tabular-nums" data-testid="helpful-count">
            {optimistic.helpful}
          </span>
        </button>
        <button type="button" aria-pressed={optimistic.mine === "NOT_HELPFUL"} onClick={() => vote("NOT_HELPFUL")} className={buttonClass}>
          <span>{t("notHelpful")}</span>
          <span className="tabular-nums" data-testid="not-helpful-count">
            {optimistic.notHelpful}
          </span>
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {t(`errors.${error.key}`, { seconds: error.seconds })}
        </p>
      ) : null}
    </div>
  );
}
