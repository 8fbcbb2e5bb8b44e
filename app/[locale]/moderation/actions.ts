"use server";

import { revalidatePath } from "next/cache";
import { guardedForActor } from "@/lib/actions/guard";
import { failedState, type FormState } from "@/lib/actions/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { banUser, unbanUser } from "@/lib/data/moderation/ban-user";
import { hideReport, publishReport, restoreReport } from "@/lib/data/moderation/decide-report";
import { resolveFlag } from "@/lib/data/moderation/resolve-flag";
import { ModerationDecisionSchema, type ModerationDecision } from "@/lib/validation/moderation";
import { parseForm } from "@/lib/validation/parse-form";
import { postedForm } from "@/lib/actions/posted-form";

/** Done: the decision taken, for the form to confirm it. */
export type DecisionState = FormState<ModerationDecision["intent"]>;

function decide(actor: SessionUser, decision: ModerationDecision): Promise<void> {
  const { reason } = decision;
  switch (decision.intent) {
    case "publish":
      return publishReport({ actor, reportId: decision.reportId, reason });
    case "hide":
      return hideReport({ actor, reportId: decision.reportId, reason });
    case "restore":
      return restoreReport({ actor, reportId: decision.reportId, reason });
    case "uphold":
    case "dismiss":
      return resolveFlag({ actor, flagId: decision.flagId, decision: decision.intent, reason });
    case "ban":
      return banUser({ actor, userId: decision.userId, reason });
    case "unban":
      return unbanUser({ actor, userId: decision.userId, reason });
  }
}

/**
 * Every decision in the queue, posted with or without JavaScript. Thin: parse, the shared guard
 * (origin, session, errors), then lib/data, which checks that the actor may decide (moderators;
 * admins for bans) and logs the decision.
 */
export async function decideAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  const submission = parseForm(postedForm(formData), ModerationDecisionSchema);
  if (submission.status !== "success") {
    // Only the reason is typed; the rest comes from the page, so an error there is not the moderator's to fix.
    const typedOnly = Object.keys(submission.error ?? {}).every((field) => field === "reason");
    return typedOnly ? { reply: submission.reply() } : { reply: submission.reply(), failure: { code: "unexpected" } };
  }
  const result = await guardedForActor("decideAction", (actor) => decide(actor, submission.value));
  // The queue, the exchange pages and the report pages all change with a decision; after a
  // conflict (someone else decided first) the queue shows the current state.
  if (result.ok || result.failure.code === "conflict") revalidatePath("/[locale]", "layout");
  if (!result.ok) return failedState(submission, result.failure);
  return { reply: submission.reply(), done: submission.value.intent };
}
