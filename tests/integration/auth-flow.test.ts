import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { takeSignInLinkQuota } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import { signInLinkClientLimit, signInLinkGlobalLimit, signInLinkLimit } from "@/lib/domain/rate-limit-policy";
import { AuthRouteClient } from "../auth-route-client";
import { createUser } from "../factories";

// The whole e-mail sign-in through Auth.js's own route handler with our configuration: the
// Prisma adapter on this file's database, the local mailbox (no SMTP_URL here), the pseudonym
// given at sign-up, the session callback, and banned users refused at both ends of the link.

const origin = "http://localhost:3000";
vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";
  process.env.AUTH_URL = "http://localhost:3000";
  // As behind scripts/serve.ts: the client address header is the server's, not the client's.
  process.env.RECOVERY_ATLAS_CLIENT_HEADERS = "1";
  delete process.env.SMTP_URL;
});

let handlers: ConstructorParameters<typeof AuthRouteClient>[0];
beforeAll(async () => {
  // The route module, as Next serves it: it wraps Auth.js's POST with the client's attempt.
  handlers = await import("@/app/api/auth/[...nextauth]/route");
});
// Each browser is a client of its own (its own address), unless a test says otherwise.
const randomAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const newBrowser = (clientAddress = randomAddress()) => new AuthRouteClient(handlers, origin, clientAddress);
const LINK_SENT = `${origin}/api/auth/verify-request?provider=nodemailer&type=email`;
const tokensFor = (email: string) => db().verificationToken.count({ where: { identifier: email } });

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

  it("answers a banned address exactly as any other, and sends it nothing", async () => {
    const email = `banned-${randomUUID()}@example.com`;
    await createUser(db(), { email, bannedAt: new Date() });
    const browser = newBrowser();
    const response = await quietly(() => browser.requestLink(email, "/en"));
    const other = await quietly(() => browser.requestLink(`not-banned-${randomUUID()}@example.com`, "/en"));
    expect([response.status, response.headers.get("location")]).toEqual([302, LINK_SENT]);
    expect([other.status, other.headers.get("location")]).toEqual([302, LINK_SENT]);
    expect(await latestLinkFor(email)).toBeNull();
    expect(await tokensFor(email)).toBe(0);
  });

  it("sends at most signInLinkLimit links to one address, and creates nothing for a refused one", async () => {
    const email = `flood-${randomUUID()}@example.com`;
    // Several clients, so that only the address limit is in play.
    for (let sent = 0; sent < signInLinkLimit.limit; sent++) {
      const response = await quietly(() => newBrowser().requestLink(sent % 2 ? email : email.toUpperCase(), "/en"));
      expect(response.headers.get("location")).toBe(LINK_SENT);
    }
    const sentMail = () => db().devMail.count({ where: { to: email } });
    expect(await sentMail()).toBe(signInLinkLimit.limit);
    expect(await tokensFor(email)).toBe(signInLinkLimit.limit);

    const refused = await quietly(() => newBrowser().requestLink(email, "/en"));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(signInLinkLimit.windowSeconds);
    expect(await sentMail()).toBe(signInLinkLimit.limit);
    expect(await tokensFor(email)).toBe(signInLinkLimit.limit);

    // Another address is not held up by this one, and the limiter keeps hashes, not addresses.
    const other = `flood-other-${randomUUID()}@example.com`;
    await quietly(() => newBrowser().requestLink(other, "/en"));
    expect(await latestLinkFor(other)).not.toBeNull();
    expect(await db().rateLimitBucket.count({ where: { OR: [{ key: { contains: "@" } }, { key: { contains: "10." } }] } })).toBe(0);
  });

  it("limits the links one client asks for, whatever the addresses, and creates nothing past it", async () => {
    const address = randomAddress();
    const browser = newBrowser(address);
    for (let sent = 0; sent < signInLinkClientLimit.limit; sent++) {
      const response = await quietly(() => browser.requestLink(`spray-${sent}-${randomUUID()}@example.com`, "/en"));
      expect(response.headers.get("location")).toBe(LINK_SENT);
    }
    const next = `spray-next-${randomUUID()}@example.com`;
    // The same client on a fresh connection, without cookies, is the same client.
    const refused = await quietly(() => newBrowser(address).requestLink(next, "/en"));
    expect(refused.status).toBe(429);
    expect(await tokensFor(next)).toBe(0);
    expect(await latestLinkFor(next)).toBeNull();

    // Nor did the refusal count against the address: another client gets a link to it at once.
    const elsewhere = await quietly(() => newBrowser().requestLink(next, "/en"));
    expect(elsewhere.headers.get("location")).toBe(LINK_SENT);
    expect(await tokensFor(next)).toBe(1);
  });

  it("counts a client's IPv6 /64 network as one client, and not the server's own machine", async () => {
    const now = new Date("2026-03-10T09:30:00Z");
    const network = `2001:db8:${randomInt(65536).toString(16)}:1`;
    for (let sent = 0; sent < signInLinkClientLimit.limit; sent++) {
      expect(await takeSignInLinkQuota({ email: `v6-${randomUUID()}@example.com`, requester: { address: `${network}::${sent + 1}`, loopback: false }, now })).toBeNull();
    }
    expect(await takeSignInLinkQuota({ email: `v6-${randomUUID()}@example.com`, requester: { address: `${network}:0:0:0:99`, loopback: false }, now })).toMatchObject({ scope: "client" });
    const local = { address: "127.0.0.1", loopback: true };
    for (let sent = 0; sent <= signInLinkClientLimit.limit; sent++) expect(await takeSignInLinkQuota({ email: `local-${randomUUID()}@example.com`, requester: local, now })).toBeNull();
  });

  it("stops every link past the installation's hourly ceiling, counting nothing for the refused one", async () => {
    const now = new Date("2026-03-10T11:15:00Z");
    const windowStart = new Date("2026-03-10T11:00:00Z");
    await db().rateLimitBucket.create({ data: { key: "signin.link.all", windowStart, count: signInLinkGlobalLimit.limit - 1 } });
    const requester = () => ({ address: randomAddress(), loopback: false });
    expect(await takeSignInLinkQuota({ email: `last-${randomUUID()}@example.com`, requester: requester(), now })).toBeNull();
    const buckets = () => db().rateLimitBucket.count({ where: { windowStart } });
    const before = await buckets();
    expect(await takeSignInLinkQuota({ email: `over-${randomUUID()}@example.com`, requester: requester(), now })).toEqual({ scope: "everyone", retryAfterSeconds: 45 * 60 });
    expect(await buckets()).toBe(before);
  });

  it("counts sign-in links per fixed hour: the next hour sends again", async () => {
    const email = `hourly-${randomUUID()}@example.com`;
    const now = new Date("2026-03-10T15:59:00Z");
    const take = (at: Date) => takeSignInLinkQuota({ email, requester: { address: randomAddress(), loopback: false }, now: at });
    for (let sent = 0; sent < signInLinkLimit.limit; sent++) expect(await take(now)).toBeNull();
    expect(await take(now)).toEqual({ scope: "address", retryAfterSeconds: 60 });
    expect(await take(new Date("2026-03-10T16:00:00Z"))).toBeNull();
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
