import { createTransport } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSignInMail, sendSignInMail, storeSignInMail } from "@/lib/auth/mailer";
import { listDevMails } from "@/lib/data/dev-mailbox";
import { db } from "@/lib/db";
import { decodeMail, startSmtpTestServer } from "../smtp-test-server";

// Sign-in links leave the app two ways: through SMTP (a real SMTP server here, on a free local
// port, STARTTLS and AUTH off as PLATFORM.md describes) and, without SMTP, into the DevMail table
// behind the local mailbox page.

const link = "http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Fja%2Faccount&token=0123456789abcdef0123456789abcdef&email=kiyoshi%40example.com";

describe("sendSignInMail through SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });

  afterAll(async () => {
    await smtp.stop();
  });

  const transport = () => createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true });

  it("delivers a bilingual mail that contains the link, the reader's language first", async () => {
    await sendSignInMail({ to: "kiyoshi@example.com", url: link, from: "Recovery Atlas <no-reply@atlas.example>", locale: "ja", transport: transport() });

    const mail = smtp.received.find((message) => message.to.includes("kiyoshi@example.com"));
    expect(mail?.from).toBe("no-reply@atlas.example");
    const { headers, body } = decodeMail(mail?.raw ?? "");
    expect(headers).toMatch(/^Subject: /m);
    expect(body).toContain(link);
    const japanese = body.indexOf("次のリンクを開くと");
    const english = body.indexOf("Open this link to sign in");
    expect(japanese).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(japanese);
    expect(body).toContain("24時間");
    expect(body).toContain("expires in 24 hours");
  });

  it("fails loudly when the server refuses the recipient", async () => {
    await expect(
      sendSignInMail({ to: "nobody@refused.example", url: link, from: "no-reply@atlas.example", locale: "en", transport: transport() }),
    ).rejects.toThrow();
    expect(smtp.received.some((message) => message.to.includes("nobody@refused.example"))).toBe(false);
  });
});

describe("buildSignInMail", () => {
  it("puts English first for English readers and names the link in both subjects", () => {
    const mail = buildSignInMail({ url: link, locale: "en" });
    expect(mail.subject).toBe("Your sign-in link for Recovery Atlas / Recovery Atlas ログイン用リンク");
    expect(mail.text.indexOf("Open this link")).toBeLessThan(mail.text.indexOf("次のリンク"));
    expect(mail.text.split(link)).toHaveLength(3);
    expect(mail.text).toContain("never asks for your 2FA codes");
  });
});

describe("storeSignInMail (no SMTP server)", () => {
  it("stores the mail in the local mailbox and writes the link to the log", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      await storeSignInMail({ to: "first@example.com", url: `${link}&n=1`, locale: "en" });
      await storeSignInMail({ to: "second@example.com", url: `${link}&n=2`, locale: "ja" });
      expect(log).toHaveBeenCalledWith(`Sign-in link for second@example.com: ${link}&n=2`);
    } finally {
      log.mockRestore();
    }

    const row = await db().devMail.findFirstOrThrow({ where: { to: "second@example.com" } });
    expect(row.url).toBe(`${link}&n=2`);
    expect(row.subject).toMatch(/^Recovery Atlas ログイン用リンク/);
    expect(row.text).toContain(`${link}&n=2`);

    const listed = await listDevMails({ limit: 2 });
    expect(listed.map((mail) => mail.to)).toEqual(["second@example.com", "first@example.com"]);
  });
});
