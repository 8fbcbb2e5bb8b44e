import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AuthRouteClient } from "../auth-route-client";

// A local try-out: no AUTH_URL (scripts/start.ts no longer invents one). The link must come back
// to the address the person used, or the session cookie is set for another host and they stay
// signed out where they started; a Host header naming anything else must not steer the link.

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
  delete process.env.AUTH_URL;
  process.env.PORT = "3000";
  process.env.RECOVERY_ATLAS_CLIENT_HEADERS = "1";
  delete process.env.SMTP_URL;
});

let handlers: ConstructorParameters<typeof AuthRouteClient>[0];
beforeAll(async () => {
  handlers = await import("@/app/api/auth/[...nextauth]/route");
});

async function linkFor(email: string): Promise<string> {
  const mail = await db().devMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return mail.url ?? "";
}

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  return run().finally(() => log.mockRestore());
}

describe("sign-in links without AUTH_URL", () => {
  it.each(["http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"])("come back to %s, where the session is then set", async (origin) => {
    const email = `origin-${randomUUID()}@example.com`;
    const browser = new AuthRouteClient(handlers, origin, "127.0.0.1");
    await quietly(() => browser.requestLink(email, "/en/account"));
    const link = await linkFor(email);
    expect(link).toMatch(new RegExp(`^${origin.replace(/[.[\]]/g, "\\$&")}/api/auth/callback/nodemailer\\?`));
    const opened = await browser.open(link);
    expect(opened.headers.get("location")).toBe(`${origin}/en/account`);
    expect(browser.sessionToken()).toBeDefined();
  });

  it("go to http://localhost:PORT when the request named another host", async () => {
    const email = `forged-${randomUUID()}@example.com`;
    await quietly(() => new AuthRouteClient(handlers, "http://evil.example:3000", "203.0.113.5").requestLink(email, "/en"));
    const link = new URL(await linkFor(email));
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.searchParams.get("callbackUrl")).toBe("http://localhost:3000/en");
  });
});
