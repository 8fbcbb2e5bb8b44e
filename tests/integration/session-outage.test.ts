import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { lookUpSession } from "@/lib/auth/session-lookup";
import { ServiceUnavailableError } from "@/lib/data/errors";
import { db } from "@/lib/db";
import { createUser } from "../factories";

// The real Auth.js with the real adapter: a session that cannot be read because the database is
// down is "try again" (503), never "not signed in" (401, "your session ended").

beforeAll(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
  process.env.AUTH_URL = "http://localhost:3000";
});

async function readSession(token: string) {
  const { handlers } = await import("@/lib/auth/config");
  const request = new NextRequest("http://localhost:3000/api/auth/session", { headers: { cookie: `authjs.session-token=${token}` } });
  return lookUpSession(async () => (await handlers.GET(request)).json() as Promise<{ user?: { id: string } } | null>);
}

describe("the session lookup during a database outage", () => {
  it("reads a signed-in reader's session while the database answers", async () => {
    const user = await createUser(db());
    const token = randomUUID();
    await db().session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    expect((await readSession(token))?.user?.id).toBe(user.id);
  });

  it("throws ServiceUnavailableError when the session read fails, where Auth.js alone answers 'no session'", async () => {
    const user = await createUser(db());
    const token = randomUUID();
    await db().session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const findUnique = vi.spyOn(db().session, "findUnique").mockRejectedValue(outage);
    // Auth.js logs the failure itself.
    vi.mocked(console.error).mockImplementation(() => undefined);
    try {
      await expect(readSession(token)).rejects.toBeInstanceOf(ServiceUnavailableError);
      expect(findUnique).toHaveBeenCalled();
    } finally {
      findUnique.mockRestore();
    }
  });
});
