import { AsyncLocalStorage } from "node:async_hooks";
import { ServiceUnavailableError } from "../data/errors";

// Auth.js swallows an error of the adapter's session lookup: it logs it and answers "no session",
// so a database outage looked like a signed-out reader (401, "your session ended"), and people
// went to sign in again while the real answer was "try again in a moment". The adapter reports
// its failures here (recordSessionLookupFailure), and lookUpSession turns a lookup that failed
// into ServiceUnavailableError instead of a missing session.

type LookupState = { failure?: { error: unknown } };
const lookups = new AsyncLocalStorage<LookupState>();

/** Called by the session adapter when reading or refreshing a session fails. */
export function recordSessionLookupFailure(error: unknown): void {
  const state = lookups.getStore();
  if (state && !state.failure) state.failure = { error };
}

/**
 * Runs `readSession` (Auth.js's `auth()`) and returns its session; throws ServiceUnavailableError
 * when the adapter failed to read it, whatever `readSession` answered.
 */
export async function lookUpSession<T>(readSession: () => Promise<T>): Promise<T> {
  const state: LookupState = {};
  const session = await lookups.run(state, readSession);
  if (state.failure) throw new ServiceUnavailableError(undefined, { cause: state.failure.error });
  return session;
}

/** The adapter with its session reads and refreshes reporting their failures to lookUpSession. */
export function reportingSessionFailures<A extends { getSessionAndUser?: unknown; updateSession?: unknown; deleteSession?: unknown }>(adapter: A): A {
  const wrapped = { ...adapter };
  for (const name of ["getSessionAndUser", "updateSession", "deleteSession"] as const) {
    const method = adapter[name];
    if (typeof method !== "function") continue;
    Object.assign(wrapped, {
      [name]: async (...args: unknown[]) => {
        try {
          return await (method as (...args: unknown[]) => Promise<unknown>).apply(adapter, args);
        } catch (error) {
          recordSessionLookupFailure(error);
          throw error;
        }
      },
    });
  }
  return wrapped;
}
