import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { tallyVotes, type VoteTally } from "@/lib/data/votes/tally-votes";
import { canVote } from "@/lib/domain/permissions";
import { SignInLink } from "./sign-in-link";
import { VoteButtons } from "./vote-buttons";

/**
 * Votes under a report: buttons for signed-in readers who may vote, the counts and a sign-in link
 * for everyone else. `tally` comes with the guide; a lone report page looks it up.
 */
export async function ReportVoteSection({ reportId, authorId, tally }: { reportId: string; authorId: string; tally?: VoteTally }) {
  const actor = await getActor();
  const [t, votes] = await Promise.all([getTranslations("guide.votes"), tally ?? tallyVotes({ reportId, viewerId: actor?.id ?? null })]);
  if (canVote(actor, { authorId, deletedAt: null })) return <VoteButtons reportId={reportId} tally={votes} />;

  return (
    <div className="report-votes">
      <p data-testid="vote-counts">{t("counts", { helpful: votes.helpful, notHelpful: votes.notHelpful })}</p>
      {actor ? (
        <p>{t("yours")}</p>
      ) : (
        <SignInLink label={t("signIn")} className="text-brand-700 underline dark:text-brand-300" />
      )}
    </div>
  );
}
