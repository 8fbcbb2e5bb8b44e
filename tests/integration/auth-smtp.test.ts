import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AuthRouteClient } from "../auth-route-client";
import { decodeMail, startSmtpTestServer } from "../smtp-test-server";

// With SMTP_URL and EMAIL_FROM set, Auth.js sends the link through that server, configured
// exactly as an operator would (an smtp:// URL), and nothing lands in the local mailbox. The
// environment is read once, so everything from lib/ is imported after it is set.

const smtp = await startSmtpTestServer();
vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${smtp.port}`);
vi.stubEnv("EMAIL_FROM", "Recovery Atlas <no-reply@atlas.example>");
vi.stubEnv("AUTH_SECRET", "integration-test-secret-0123456789abcdef");
vi.stubEnv("AUTH_URL", "http://localhost:3000");

const [{ handlers }, { db }, { signInMailDelivery }] = await Promise.all([
  import("@/lib/auth/config"),
  import("@/lib/db"),
  import("@/lib/auth/providers"),
]);

beforeAll(() => {
  expect(signInMailDelivery()).toBe("smtp");
});

afterAll(async () => {
  await smtp.stop();
});

describe("e-mail sign-in with SMTP_URL set", () => {
  it("mails the link from EMAIL_FROM, and the mailed link signs in", async () => {
    const email = `smtp-${randomUUID()}@example.com`;
    const browser = new AuthRouteClient(handlers);
    const requested = await browser.requestLink(email, "/en/account");
    expect(requested.status).toBe(302);

    const mail = smtp.received.find((message) => message.to.includes(email));
    expect(mail?.from).toBe("no-reply@atlas.example");
    const { body } = decodeMail(mail?.raw ?? "");
    const link = /http:\/\/localhost:3000\/api\/auth\/callback\/nodemailer\?\S+/.exec(body)?.[0];
    expect(link).toBeDefined();
    expect(await db().devMail.count({ where: { to: email } })).toBe(0);

    const opened = await browser.open(link ?? "");
    expect(opened.headers.get("location")).toBe("http://localhost:3000/en/account");
    expect(await db().session.count({ where: { sessionToken: browser.sessionToken() } })).toBe(1);
    expect((await db().user.findUniqueOrThrow({ where: { email } })).displayName).toMatch(/^Traveller-\d{4}$/);
  });
});
