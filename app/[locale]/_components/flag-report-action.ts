"use server";

import { getActor } from "@/lib/auth/session";
import { asServiceUnavailable, ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError } from "@/lib/data/errors";
import { createFlag } from "@/lib/data/moderation/create-flag";
import { assertSameOrigin } from "@/lib/security/origin";
import { FLAG_DETAILS_MAX, FlagInputSchema } from "@/lib/validation/flag";
import { isRecordId } from "@/lib/validation/text";

export type FlagErrorKey = "reasonRequired" | "detailsRequired" | "detailsTooLong" | "detailsInvalidCharacters" | "signIn" | "forbidden" | "notFound" | "rateLimited" | "unavailable" | "generic";

export type FlagFormState =
  | { status: "idle" }
  | { status: "sent" }
  | { status: "already" }
  | { status: "error"; error: FlagErrorKey; field?: "reason" | "details"; values?: { max?: number; hours?: number } };

const fieldErrorKeys = new Set<string>(["reasonRequired", "detailsRequired", "detailsTooLong", "detailsInvalidCharacters"]);

/** The "Report a problem" form on a report. Thin: origin, session, parse, lib/data. */
export async function flagReportAction(_previous: FlagFormState, formData: FormData): Promise<FlagFormState> {
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

  const reportId = formData.get("reportId");
  if (!isRecordId(reportId)) return { status: "error", error: "notFound" };
  const parsed = FlagInputSchema.safeParse({ reason: formData.get("reason") ?? undefined, details: formData.get("details") ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue && fieldErrorKeys.has(issue.message) ? (issue.message as FlagErrorKey) : "generic";
    return { status: "error", error: key, field: issue?.path[0] === "details" ? "details" : "reason", values: { max: FLAG_DETAILS_MAX } };
  }

  try {
    const { created } = await createFlag({ actor, reportId, input: parsed.data });
    return { status: created ? "sent" : "already" };
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "error", error: "rateLimited", values: { hours: Math.ceil(error.retryAfterSeconds / 3600) } };
    if (error instanceof NotSignedInError) return { status: "error", error: "signIn" };
    if (error instanceof ForbiddenError) return { status: "error", error: "forbidden" };
    if (error instanceof NotFoundError) return { status: "error", error: "notFound" };
    if (asServiceUnavailable(error)) return { status: "error", error: "unavailable" };
    throw error;
  }
}
