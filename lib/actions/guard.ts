import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getActor, type SessionUser } from "../auth/session";
import { NotSignedInError } from "../data/errors";
import { failureOf, type Failure } from "../data/failure";
import { assertSameOrigin } from "../security/origin";

// The preamble every server action shares, written once: a server action is a public endpoint,
// so it checks the request came from our own pages, reads the session (an outage there is "try
// again", not "sign in"), runs the work and turns whatever lib/data throws into a Failure.

export type Guarded<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** Runs `work` for a same-origin request; the failure, if any, in the shared vocabulary. */
export async function guarded<T>(context: string, work: () => Promise<T>): Promise<Guarded<T>> {
  try {
    await assertSameOrigin();
  } catch {
    return { ok: false, failure: { code: "forbidden" } };
  }
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    // redirect() and notFound() are Next's control flow, not failures.
    unstable_rethrow(error);
    return { ok: false, failure: failureOf(error, context) };
  }
}

/** As guarded, for a signed-in actor: no session is the failure "notSignedIn". */
export async function guardedForActor<T>(context: string, work: (actor: SessionUser) => Promise<T>): Promise<Guarded<T>> {
  return guarded(context, async () => {
    const actor = await getActor();
    if (!actor) throw new NotSignedInError();
    return work(actor);
  });
}
