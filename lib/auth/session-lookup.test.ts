import { describe, expect, it } from "vitest";
import { ServiceUnavailableError } from "../data/errors";
import { lookUpSession, reportingSessionFailures } from "./session-lookup";

// Auth.js in miniature: it catches whatever the adapter throws while reading the session, logs
// it, and answers "no session" (@auth/core lib/actions/session.js).
function authWith(adapter: { getSessionAndUser: (token: string) => Promise<{ user: { id: string } } | null> }) {
  const reporting = reportingSessionFailures(adapter);
  return async () => {
    try {
      return await reporting.getSessionAndUser("token");
    } catch {
      return null;
    }
  };
}

const databaseDown = () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));

describe("lookUpSession", () => {
  it("answers the session, or null for a reader without one", async () => {
    expect(await lookUpSession(authWith({ getSessionAndUser: async () => ({ user: { id: "u1" } }) }))).toEqual({ user: { id: "u1" } });
    expect(await lookUpSession(authWith({ getSessionAndUser: async () => null }))).toBeNull();
  });

  it("turns a session read that failed into ServiceUnavailableError, not a signed-out reader", async () => {
    const lookup = lookUpSession(authWith({ getSessionAndUser: databaseDown }));
    await expect(lookup).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(lookup).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it("keeps each request's failure to itself", async () => {
    let fail: () => void = () => undefined;
    const failing = lookUpSession(authWith({ getSessionAndUser: () => new Promise((_, reject) => (fail = () => reject(new Error("Connection terminated")))) }));
    const healthy = lookUpSession(authWith({ getSessionAndUser: async () => ({ user: { id: "u2" } }) }));
    fail();
    await expect(failing).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(await healthy).toEqual({ user: { id: "u2" } });
  });
});
