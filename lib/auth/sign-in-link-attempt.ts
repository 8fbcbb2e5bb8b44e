import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { SignInLinkRefusal, SignInLinkRequester } from "../data/rate-limit";

// Auth.js's signIn callback is where every sign-in link is decided, for our form and for posts to
// Auth.js's own endpoint alike, and before it creates a token; but it sees no request. The entry
// points (the form's action, the /api/auth route) run Auth.js inside an attempt that carries who
// asks, and read back whether the limits refused the link, to answer "too many" in their way.

export type SignInLinkAttempt = { requester: SignInLinkRequester; refusal: SignInLinkRefusal | null };

const attempts = new AsyncLocalStorage<SignInLinkAttempt>();

/** Runs `action` (which may ask Auth.js for a link) on behalf of `requester`; returns the attempt too. */
export async function withSignInLinkAttempt<T>(requester: SignInLinkRequester, action: () => Promise<T>): Promise<{ attempt: SignInLinkAttempt; outcome: PromiseSettledResult<T> }> {
  const attempt: SignInLinkAttempt = { requester, refusal: null };
  const outcome = await attempts.run(attempt, async () => {
    try {
      return { status: "fulfilled" as const, value: await action() };
    } catch (reason) {
      return { status: "rejected" as const, reason: reason as unknown };
    }
  });
  return { attempt, outcome };
}

/** The attempt Auth.js runs in; none when something else called it, which then counts as an unknown client. */
export function currentSignInLinkAttempt(): SignInLinkAttempt | undefined {
  return attempts.getStore();
}
