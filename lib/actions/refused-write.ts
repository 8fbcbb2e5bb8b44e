import type { Failure } from "../data/failure";
import type { FormFailure } from "./form-state";

// A form that posts without an answer state of its own (the case page's buttons: delete an event,
// change the status or the reminders) redirects back to its page either way. When the write was
// refused for a while (a rate limit, the database restarting) the page says so from its address.

export type RefusedWriteSearch = { refused?: string | string[]; retryAfter?: string | string[] };

type RetryableCode = "rateLimited" | "unavailable";
const RETRYABLE: readonly RetryableCode[] = ["rateLimited", "unavailable"];
// The longest wait any limit gives (a day): a longer figure in an address is not ours.
const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;

/** The query string that carries a refusal to wait out, or null for any other failure. */
export function refusedWriteQuery(failure: Failure): string | null {
  if (failure.code !== "rateLimited" && failure.code !== "unavailable") return null;
  return new URLSearchParams({ refused: failure.code, retryAfter: String(failure.retryAfterSeconds) }).toString();
}

/** The refusal an address carries, as the form's failure notice words it; null when there is none. */
export function refusedWriteOf(search: RefusedWriteSearch): FormFailure | null {
  const code = first(search.refused);
  const retryAfter = Number(first(search.retryAfter));
  const retryable = RETRYABLE.find((known) => known === code);
  if (!retryable || !Number.isInteger(retryAfter) || retryAfter < 1 || retryAfter > MAX_RETRY_AFTER_SECONDS) return null;
  return { code: retryable, retryAfterSeconds: retryAfter };
}

/** The wait in seconds, minutes and hours (rounded up, at least 1), for each message to say it its own way. */
export function retryWaitValues(retryAfterSeconds = 0): { seconds: number; minutes: number; hours: number } {
  return { seconds: retryAfterSeconds, minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)), hours: Math.max(1, Math.ceil(retryAfterSeconds / 3600)) };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
