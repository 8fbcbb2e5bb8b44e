import "server-only";
import { FAILURE_HTTP_STATUS, failureOf, retryAfterOf, type Failure } from "@/lib/data/failure";
import type { FieldError } from "@/lib/validation/field-errors";

// lib/data's errors as HTTP answers for the JSON API, through the same mapper the server actions
// use. The forms always answer 200 with a message, so this is where a limit is a real 429 with
// Retry-After for any other client.
export function errorResponse(error: unknown): Response {
  const failure: Failure = error instanceof InvalidBodyError ? { code: "invalidInput", fieldErrors: error.fieldErrors } : failureOf(error, "API request");
  const status = FAILURE_HTTP_STATUS[failure.code];
  const retryAfter = retryAfterOf(failure);
  const headers = retryAfter === null ? undefined : { "Retry-After": String(retryAfter) };
  switch (failure.code) {
    case "invalidInput":
      return Response.json({ error: "invalid_input", fieldErrors: failure.fieldErrors }, { status });
    case "rateLimited":
      return Response.json({ error: "rate_limited", limit: failure.limit, retryAfterSeconds: failure.retryAfterSeconds }, { status, headers });
    case "unavailable":
      return Response.json({ error: "unavailable", retryAfterSeconds: failure.retryAfterSeconds }, { status, headers });
    default:
      return Response.json({ error: API_ERROR_NAMES[failure.code] }, { status });
  }
}

const API_ERROR_NAMES = { notSignedIn: "not_signed_in", forbidden: "forbidden", notFound: "not_found", conflict: "conflict", unexpected: "unexpected" } as const;

/** A body that is not JSON, or JSON that fails its schema; field errors are catalogue keys. */
export class InvalidBodyError extends Error {
  constructor(readonly fieldErrors: Record<string, FieldError>) {
    super("Invalid request body");
    this.name = "InvalidBodyError";
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new InvalidBodyError({ "": { key: "not_json" } });
  }
}
