"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { asServiceUnavailable, ConflictError, ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/data/errors";
import { banUser, unbanUser } from "@/lib/data/moderation/ban-user";
import { hideReport, publishReport, restoreReport } from "@/lib/data/moderation/decide-report";
import { resolveFlag } from "@/lib/data/moderation/resolve-flag";
import { assertSameOrigin } from "@/lib/security/origin";
import { MODERATION_REASON_MAX, ModerationDecisionSchema, type ModerationDecision } from "@/lib/validation/moderation";

export type DecisionErrorKey = "conflict" | "notFound" | "forbidden" | "signIn" | "reasonTooLong" | "unavailable" | "generic";

export type DecisionFormState =
  | { status: "idle" }
  | { status: "done"; intent: ModerationDecision["intent"] }
  | { status: "error"; error: DecisionErrorKey; max?: number };

function decide(actor: Awaited<ReturnType<typeof getActor>>, decision: ModerationDecision): Promise<void> {
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
 * Every decision in the queue. Thin: origin, session, parse, then lib/data, which checks that
 * the actor may decide (moderators; admins for bans) and logs the decision.
 */
export async function decideAction(_previous: DecisionFormState, formData: FormData): Promise<DecisionFormState> {
  // A public endpoint: a forged call may send anything, or nothing, instead of the form.
  if (!(formData instanceof FormData)) return { status: "error", error: "generic" };
  try {
    await assertSameOrigin();
  } catch {
    return { status: "error", error: "forbidden" };
  }
  let actor;
  try {
    actor = await getActor();
  } catch (error) {
    if (asServiceUnavailable(error)) return { status: "error", error: "unavailable" };
    throw error;
  }
  if (!actor) return { status: "error", error: "signIn" };

  const parsed = ModerationDecisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.message === "reasonTooLong");
    return tooLong ? { status: "error", error: "reasonTooLong", max: MODERATION_REASON_MAX } : { status: "error", error: "generic" };
  }

  try {
    await decide(actor, parsed.data);
  } catch (error) {
    // Someone else decided first: show the queue as it is now.
    if (error instanceof ConflictError) {
      revalidatePath("/[locale]", "layout");
      return { status: "error", error: "conflict" };
    }
    if (error instanceof NotFoundError) return { status: "error", error: "notFound" };
    if (error instanceof ForbiddenError) return { status: "error", error: "forbidden" };
    if (error instanceof NotSignedInError) return { status: "error", error: "signIn" };
    if (asServiceUnavailable(error)) return { status: "error", error: "unavailable" };
    throw error;
  }
  // The queue, the exchange pages and the report pages all change with a decision.
  revalidatePath("/[locale]", "layout");
  return { status: "done", intent: parsed.data.intent };
}
