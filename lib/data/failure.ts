import type { FieldError } from "../validation/field-errors";
import { asServiceUnavailable, ConflictError, ForbiddenError, InvalidInputError, NotFoundError, NotSignedInError, RateLimitedError } from "./errors";

// The one place where an error thrown by lib/data becomes an answer. Server actions turn a Failure
// into a message from their form's catalogue, the JSON API into a status code; neither decides
// again what an error means.

export type Failure =
  | { code: "invalidInput"; fieldErrors: Record<string, FieldError> }
  | { code: "notSignedIn" }
  | { code: "forbidden" }
  | { code: "notFound" }
  | { code: "conflict" }
  | { code: "rateLimited"; retryAfterSeconds: number; limit: string }
  | { code: "unavailable"; retryAfterSeconds: number }
  | { code: "unexpected" };

export type FailureCode = Failure["code"];

export const FAILURE_HTTP_STATUS: Record<FailureCode, number> = {
  invalidInput: 400,
  notSignedIn: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  rateLimited: 429,
  unavailable: 503,
  unexpected: 500,
};

/**
 * What went wrong, as the user may be told it. `context` names the operation in the log: an
 * outage is logged as a warning (nothing the user did), anything unknown as an error with its
 * stack, and both are answered without internals.
 */
export function failureOf(error: unknown, context: string): Failure {
  if (error instanceof InvalidInputError) return { code: "invalidInput", fieldErrors: error.fieldErrors };
  if (error instanceof NotSignedInError) return { code: "notSignedIn" };
  if (error instanceof ForbiddenError) return { code: "forbidden" };
  if (error instanceof NotFoundError) return { code: "notFound" };
  if (error instanceof ConflictError) return { code: "conflict" };
  if (error instanceof RateLimitedError) return { code: "rateLimited", retryAfterSeconds: error.retryAfterSeconds, limit: error.limit };
  const unavailable = asServiceUnavailable(error);
  if (unavailable) {
    console.warn(`${context}: refused while the database is unavailable: ${firstLine(error)}`);
    return { code: "unavailable", retryAfterSeconds: unavailable.retryAfterSeconds };
  }
  console.error(`${context} failed`, error);
  return { code: "unexpected" };
}

/** Seconds until a refused request may be tried again, or null when it may be tried at once. */
export function retryAfterOf(failure: Failure): number | null {
  return failure.code === "rateLimited" || failure.code === "unavailable" ? failure.retryAfterSeconds : null;
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
