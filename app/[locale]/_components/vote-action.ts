"use server";

import { getActor } from "@/lib/auth/session";
import { asServiceUnavailable, ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError } from "@/lib/data/errors";
import { castVote } from "@/lib/data/votes/cast-vote";
import type { VoteTally } from "@/lib/data/votes/tally-votes";
import { assertSameOrigin } from "@/lib/security/origin";
import { VoteInputSchema } from "@/lib/validation/vote";

export type VoteErrorKey = "signIn" | "forbidden" | "notFound" | "generic" | "rateLimited" | "unavailable";
export type VoteResult = { status: "ok"; tally: VoteTally } | { status: "error"; error: VoteErrorKey; retryAfterSeconds?: number };

/** Casts, changes or withdraws (value null) the reader's vote on a report. Thin: origin, parse, session, lib/data. */
export async function castVoteAction(input: unknown): Promise<VoteResult> {
  try {
    await assertSameOrigin();
  } catch {
    return { status: "error", error: "forbidden" };
  }
  const parsed = VoteInputSchema.safeParse(input);
  if (!parsed.success) return { status: "error", error: "generic" };
  try {
    const actor = await getActor();
    if (!actor) return { status: "error", error: "signIn" };
    return { status: "ok", tally: await castVote({ actor, input: parsed.data }) };
  } catch (error) {
    if (error instanceof NotSignedInError) return { status: "error", error: "signIn" };
    if (error instanceof ForbiddenError) return { status: "error", error: "forbidden" };
    if (error instanceof NotFoundError) return { status: "error", error: "notFound" };
    if (error instanceof RateLimitedError) return { status: "error", error: "rateLimited", retryAfterSeconds: error.retryAfterSeconds };
    // The database is down or every connection busy: say so, instead of an unexpected error.
    const unavailable = asServiceUnavailable(error);
    if (unavailable) return { status: "error", error: "unavailable", retryAfterSeconds: unavailable.retryAfterSeconds };
    throw error;
  }
}
