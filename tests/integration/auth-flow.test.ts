import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInLinkRetryAfter, takeSignInLink } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import { signInLinkLimit } from "@/lib/domain/rate-limit-policy";
import { AuthRouteClient } from "../auth-route-client";
import { createUser } from "../factories";

// The whole e-mail sign-in through Auth.js's own route handler with our configuration: the
// Prisma adapter on this file's database, the local mailbox (no SMTP_URL here), the pseudonym
// given at sign-up, the session callback, and banned users refused at both ends of the link.

const origin = "http://localhost:3000";
vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
  process.env.AUTH_URL = "http://localhost:3000";
  delete process.env.SMTP_URL;
});

let handlers: ConstructorParameters<typeof AuthRouteClient>[0];
beforeAll(async () => {
  ({ handlers } = await import("@/lib/auth/config"));
});
const newBrowser = () => new AuthRouteClient(handlers, origin);

async function latestLinkFor(email: string): Promise<string | null> {
  const mail = await db().devMail.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return mail?.url ?? null;
}

/** Runs a step whose log lines (the link, refused sign-ins) this test expects. */
function quietly<T>(run: () => Promise<T>): Promise<T> {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  return run().finally(() => {
    log.mockRestore();
    warn.mockRestore();
  });
}

async function signedIn(email: string): Promise<AuthRouteClient> {
  const browser = newBrowser();
  await quietly(() => browser.requestLink(email, "/en"));
  await browser.open((await latestLinkFor(email)) ?? "");
  return browser;
}

describe("e-mail sign-in through Auth.js", () => {
  it("creates the account with a pseudonym in the language it signed up in, and a database session", async () => {
    const email = `flow-${randomUUID()}@example.com`;
    const browser = newBrowser();
    const requested = await quietly(() => browser.requestLink(email, "/ja/account"));
    expect(requested.status).toBe(302);

    const link = await latestLinkFor(email);
    expect(link).toMatch(/^http:\/\/localhost:3000\/api\/auth\/callback\/nodemailer\?/);
    const opened = await browser.open(link ?? "");
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe(`${origin}/ja/account`);

    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { sessions: true } });
    expect(user.displayName).toMatch(/^旅人-\d{4}$/);
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.sessions.map((session) => session.sessionToken)).toEqual([browser.sessionToken()]);

    const session = (await (await browser.request("/api/auth/session")).json()) as { user: Record<string, unknown> };
    expect(session.user).toEqual({
      id: user.id,
      email,
      displayName: user.displayName,
      role: "USER",
      bannedAt: null,
      createdAt: user.createdAt.toISOString(),
    });
  });

  it("keeps the pseudonym on later sign-ins, and shows a new role on the next request", async () => {
    const email = `again-${randomUUID()}@example.com`;
    await signedIn(email);
    const { displayName } = await db().user.findUniqueOrThrow({ where: { email } });
    const browser = await signedIn(email);
    expect((await db().user.findUniqueOrThrow({ where: { email } })).displayName).toBe(displayName);

    await db().user.update({ where: { email }, data: { role: "MODERATOR" } });
    const session = (await (await browser.request("/api/auth/session")).json()) as { user: { role: string } };
    expect(session.user.role).toBe("MODERATOR");
  });

  it("uses a link once", async () => {
    const email = `once-${randomUUID()}@example.com`;
    const first = newBrowser();
    await quietly(() => first.requestLink(email, "/en"));
    const link = (await latestLinkFor(email)) ?? "";
    expect((await first.open(link)).headers.get("location")).toBe(`${origin}/en`);

    const second = newBrowser();
    const reused = await quietly(() => second.open(link));
    expect(reused.headers.get("location")).toBe(`${origin}/sign-in?error=Verification`);
    expect(second.sessionToken()).toBeUndefined();
  });

  it("sends no link to a banned address", async () => {
    const email = `banned-${randomUUID()}@example.com`;
    await createUser(db(), { email, bannedAt: new Date() });
    const response = await quietly(() => newBrowser().requestLink(email, "/en"));
    // Our own form shows "check your e-mail" here too; Auth.js's route says AccessDenied.
    expect(response.headers.get("location")).toBe(`${origin}/sign-in?error=AccessDenied`);
    expect(await latestLinkFor(email)).toBeNull();
  });

  it("sends at most signInLinkLimit links to one address, even to requests made to Auth.js's endpoint directly", async () => {
    const email = `flood-${randomUUID()}@example.com`;
    const browser = newBrowser();
    for (let sent = 0; sent < signInLinkLimit.limit; sent++) {
      expect(await signInLinkRetryAfter({ email })).toBeNull();
      await quietly(() => browser.requestLink(email, "/en"));
    }
    const sentMail = () => db().devMail.count({ where: { to: email } });
    expect(await sentMail()).toBe(signInLinkLimit.limit);

    const retryAfter = await signInLinkRetryAfter({ email: email.toUpperCase() });
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(signInLinkLimit.windowSeconds);
    // The same answer as a sent link, so the endpoint tells nobody about the limit, and no mail.
    const refused = await quietly(() => browser.requestLink(email, "/en"));
    expect(refused.status).toBe(302);
    expect(refused.headers.get("location")).not.toContain("error=");
    expect(await sentMail()).toBe(signInLinkLimit.limit);

    // Another address is not held up by this one, and the limiter keeps hashes, not addresses.
    const other = `flood-other-${randomUUID()}@example.com`;
    await quietly(() => newBrowser().requestLink(other, "/en"));
    expect(await latestLinkFor(other)).not.toBeNull();
    expect(await db().rateLimitBucket.count({ where: { key: { contains: "@" } } })).toBe(0);
  });

  it("counts sign-in links per fixed hour: the next hour sends again", async () => {
    const email = `hourly-${randomUUID()}@example.com`;
    const now = new Date("2026-03-10T15:59:00Z");
    for (let sent = 0; sent < signInLinkLimit.limit; sent++) expect(await takeSignInLink({ email, now })).toBe(true);
    expect(await takeSignInLink({ email, now })).toBe(false);
    expect(await signInLinkRetryAfter({ email, now })).toBe(60);
    const nextHour = new Date("2026-03-10T16:00:00Z");
    expect(await signInLinkRetryAfter({ email, now: nextHour })).toBeNull();
    expect(await takeSignInLink({ email, now: nextHour })).toBe(true);
  });

  it("refuses a link that was sent before the ban", async () => {
    const email = `late-ban-${randomUUID()}@example.com`;
    const user = await createUser(db(), { email });
    const browser = newBrowser();
    await quietly(() => browser.requestLink(email, "/en"));
    const link = (await latestLinkFor(email)) ?? "";
    await db().user.update({ where: { id: user.id }, data: { bannedAt: new Date() } });

    const opened = await quietly(() => browser.open(link));
    expect(opened.headers.get("location")).toBe(`${origin}/sign-in?error=AccessDenied`);
    expect(browser.sessionToken()).toBeUndefined();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("signs out by deleting the session row", async () => {
    const browser = await signedIn(`sign-out-${randomUUID()}@example.com`);
    const token = browser.sessionToken();
    expect(token).toBeDefined();

    await browser.request("/api/auth/signout", { method: "POST", form: { csrfToken: await browser.csrfToken(), callbackUrl: "/en" } });
    expect(await db().session.count({ where: { sessionToken: token } })).toBe(0);
    expect(browser.sessionToken()).toBeUndefined();
  });
});
