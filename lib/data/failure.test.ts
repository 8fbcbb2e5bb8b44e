import { describe, expect, it, vi } from "vitest";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, NotSignedInError, RateLimitedError, ServiceUnavailableError } from "./errors";
import { FAILURE_HTTP_STATUS, failureOf, retryAfterOf, type Failure } from "./failure";

// The one mapper from lib/data's errors to what a form or the API answers: each error class to its
// code and status, and nothing internal for anything else.

describe("failureOf", () => {
  it.each<[string, unknown, Failure, number]>([
    ["InvalidInputError", new InvalidInputError({ "events.0.day": { key: "dayOrder" } }), { code: "invalidInput", fieldErrors: { "events.0.day": { key: "dayOrder" } } }, 400],
    ["NotSignedInError", new NotSignedInError(), { code: "notSignedIn" }, 401],
    ["ForbiddenError", new ForbiddenError("vote"), { code: "forbidden" }, 403],
    ["NotFoundError", new NotFoundError("report x"), { code: "notFound" }, 404],
    ["ConflictError", new ConflictError("decided"), { code: "conflict" }, 409],
    ["RateLimitedError", new RateLimitedError(42, "vote.cast"), { code: "rateLimited", retryAfterSeconds: 42, limit: "vote.cast" }, 429],
  ])("%s becomes its code and status", (_name, error, failure, status) => {
    expect(failureOf(error, "test")).toEqual(failure);
    expect(FAILURE_HTTP_STATUS[failure.code]).toBe(status);
  });

  it("an unreachable database is 'unavailable' with the wait, logged as a warning without the stack", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const refused = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432\nmore"), { code: "P1001" });
    const failure = failureOf(refused, "castVoteAction");
    expect(failure).toEqual({ code: "unavailable", retryAfterSeconds: 5 });
    expect(FAILURE_HTTP_STATUS[failure.code]).toBe(503);
    expect(retryAfterOf(failure)).toBe(5);
    expect(warn).toHaveBeenCalledWith("castVoteAction: refused while the database is unavailable: Can't reach database server at 127.0.0.1:5432");
    expect(failureOf(new ServiceUnavailableError(9), "test")).toEqual({ code: "unavailable", retryAfterSeconds: 9 });
    warn.mockRestore();
  });

  it("anything else is logged as an error and answered 'unexpected', with nothing internal", () => {
    // The test setup already watches console.error (tests/setup/fail-on-console-error.ts): here it is expected.
    const error = vi.mocked(console.error).mockImplementation(() => undefined);
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const failure = failureOf(bug, "flagReportAction");
    expect(failure).toEqual({ code: "unexpected" });
    expect(FAILURE_HTTP_STATUS[failure.code]).toBe(500);
    expect(retryAfterOf(failure)).toBeNull();
    expect(error).toHaveBeenCalledWith("flagReportAction failed", bug);
    expect(failureOf("a thrown string", "test")).toEqual({ code: "unexpected" });
  });
});
