import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "@/app/api/_lib/responses";
import { NotSignedInError, RateLimitedError, ServiceUnavailableError } from "@/lib/data/errors";

describe("errorResponse", () => {
  it("answers a database outage with 503 and Retry-After, not 401 or 500", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const error of [
      new ServiceUnavailableError(),
      Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { name: "PrismaClientKnownRequestError", code: "P2028" }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("wrapped", { cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }) }),
      // What Prisma 7 with the pg adapter throws for a raw query while PostgreSQL is down.
      Object.assign(new Error("Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:5432`"), { name: "PrismaClientKnownRequestError", code: "P2010" }),
      Object.assign(new Error("Raw query failed. Code: `57P01`. Message: `terminating connection`"), { name: "PrismaClientKnownRequestError", code: "P2010" }),
    ]) {
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({ error: "unavailable" });
    }
    warn.mockRestore();
  });

  it("keeps 500 for an error that is not about reaching the database", () => {
    // These are logged as unexpected, which is right.
    vi.mocked(console.error).mockImplementation(() => undefined);
    expect(errorResponse(Object.assign(new Error("Unique constraint failed"), { name: "PrismaClientKnownRequestError", code: "P2002" })).status).toBe(500);
    expect(errorResponse(new TypeError("x is undefined")).status).toBe(500);
  });

  it("keeps 401 for a reader who is not signed in and 429 for a limit", () => {
    expect(errorResponse(new NotSignedInError()).status).toBe(401);
    const limited = errorResponse(new RateLimitedError(42, "vote.cast"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
  });
});
