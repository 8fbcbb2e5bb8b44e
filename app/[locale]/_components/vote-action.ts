"use server";

import { guardedForActor } from "@/lib/actions/guard";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { castVote } from "@/lib/data/votes/cast-vote";
import type { VoteTally } from "@/lib/data/votes/tally-votes";
import { parseForm } from "@/lib/validation/parse-form";
import { VoteFormSchema } from "@/lib/validation/vote";
import { postedForm } from "@/lib/actions/posted-form";

export type VoteState = FormState<VoteTally>;

/**
 * Casts, changes or withdraws the reader's vote on a report: the vote buttons' form, posted with
 * or without JavaScript. Thin: parse, then the shared guard (origin, session, errors) and lib/data.
 */
export async function castVoteAction(_previous: VoteState, formData: FormData): Promise<VoteState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  const submission = parseForm(postedForm(formData), VoteFormSchema);
  if (submission.status !== "success") return { reply: submission.reply(), failure: { code: "unexpected" } };
  const result = await guardedForActor("castVoteAction", (actor) => castVote({ actor, input: submission.value }));
  if (!result.ok) return failedState(submission, result.failure);
  return { reply: submission.reply(), done: result.value };
}
