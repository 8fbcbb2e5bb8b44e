import "server-only";
import { asServiceUnavailable, ConflictError, ForbiddenError, NotFoundError, NotSignedInError, RateLimitedError } from "@/lib/data/errors";
import { ReportInputError } from "@/lib/data/report-writes";

// lib/data's errors as HTTP answers for the JSON API. The forms use server actions, which always
// answer 200, so this is where a limit is a real 429 with Retry-After for any other client.
export function errorResponse(error: unknown): Response {
  if (error instanceof InvalidBodyError) return Response.json({ error: "invalid_input", fieldErrors: error.fieldErrors }, { status: 400 });
  if (error instanceof ReportInputError) return Response.json({ error: "invalid_input", fieldErrors: error.fieldErrors }, { status: 400 });
  if (error instanceof NotSignedInError) return Response.json({ error: "not_signed_in" }, { status: 401 });
  if (error instanceof ForbiddenError) return Response.json({ error: "forbidden" }, { status: 403 });
  if (error instanceof NotFoundError) return Response.json({ error: "not_found" }, { status: 404 });
  if (error instanceof ConflictError) return Response.json({ error: "conflict" }, { status: 409 });
  if (error instanceof RateLimitedError) {
    return Response.json(
      { error: "rate_limited", limit: error.limit, retryAfterSeconds: error.retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
    );
  }
  // The database down or every connection busy: the client should come back, not give up.
  const unavailable = asServiceUnavailable(error);
  if (unavailable) {
    console.warn(`API request refused while the database is unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return Response.json(
      { error: "unavailable", retryAfterSeconds: unavailable.retryAfterSeconds },
      { status: 503, headers: { "Retry-After": String(unavailable.retryAfterSeconds) } },
    );
  }
  console.error("API request failed", error);
  return Response.json({ error: "unexpected" }, { status: 500 });
}

/** A body that is not JSON, or JSON that fails its schema; field errors are catalogue keys. */
export class InvalidBodyError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("Invalid request body");
    this.name = "InvalidBodyError";
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new InvalidBodyError({ "": "not_json" });
  }
}
