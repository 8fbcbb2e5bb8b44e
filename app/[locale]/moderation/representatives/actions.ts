"use server";

import { revalidatePath } from "next/cache";
import { failedState, type FormState } from "@/lib/actions/form-state";
import { guardedForActor } from "@/lib/actions/guard";
import { postedForm } from "@/lib/actions/posted-form";
import { decideProposal } from "@/lib/data/representatives/decide-proposal";
import { decideRepresentation } from "@/lib/data/representatives/decide-representation";
import { parseForm } from "@/lib/validation/parse-form";
import { ProposalDecisionSchema, RepresentativeDecisionSchema } from "@/lib/validation/representatives";

// Admins approve or revoke representatives; moderators accept or reject proposed facts. lib/data
// checks who may, and logs the decision. Everything posted comes from the page, so a parse
// failure is not the user's to fix.

export async function decideRepresentativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const submission = parseForm(postedForm(formData), RepresentativeDecisionSchema);
  if (submission.status !== "success") return { reply: submission.reply(), failure: { code: "unexpected" } };
  const { representativeId, decision } = submission.value;
  const result = await guardedForActor("representative.decide", (actor) => decideRepresentation({ actor, representativeId, decision }));
  return settled(submission, result);
}

export async function decideProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const submission = parseForm(postedForm(formData), ProposalDecisionSchema);
  if (submission.status !== "success") return { reply: submission.reply(), failure: { code: "unexpected" } };
  const { proposalId, decision } = submission.value;
  const result = await guardedForActor("proposal.decide", (actor) => decideProposal({ actor, proposalId, decision }));
  return settled(submission, result);
}

type Settled = Parameters<typeof failedState>[0];

/** After a decision (or a conflict: someone decided first) the queue and the guides show the current state. */
function settled(submission: NonNullable<Settled>, result: Awaited<ReturnType<typeof guardedForActor>>): FormState {
  if (result.ok || result.failure.code === "conflict") revalidatePath("/[locale]", "layout");
  if (!result.ok) return failedState(submission, result.failure);
  return { reply: submission.reply(), done: true };
}
