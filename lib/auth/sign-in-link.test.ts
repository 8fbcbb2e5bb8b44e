import { describe, expect, it } from "vitest";
import { loopbackOrigin, signInLinkUrl } from "./sign-in-link";

const link = (origin: string) => `${origin}/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: `${origin}/ja/account`, token: "t0k", email: "a+b@example.com" })}`;

describe("signInLinkUrl", () => {
  it.each(["http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"])("keeps the local address the person used: %s", (origin) => {
    expect(signInLinkUrl(link(origin), { authUrl: undefined, port: 3000 })).toBe(link(origin));
  });

  it.each(["http://evil.example:3000", "http://127.0.0.1:4000", "https://localhost:3000", "http://localhost.evil.example:3000", "http://192.168.1.20:3000"])(
    "sends any other address to http://localhost:PORT: %s",
    (origin) => {
      const rewritten = new URL(signInLinkUrl(link(origin), { authUrl: undefined, port: 3000 }));
      expect(rewritten.origin).toBe("http://localhost:3000");
      expect(rewritten.pathname).toBe("/api/auth/callback/nodemailer");
      expect(Object.fromEntries(rewritten.searchParams)).toEqual({ callbackUrl: "http://localhost:3000/ja/account", token: "t0k", email: "a+b@example.com" });
    },
  );

  it("leaves links alone when AUTH_URL is set: Auth.js built them on it", () => {
    const url = link("https://atlas.example");
    expect(signInLinkUrl(url, { authUrl: "https://atlas.example", port: 3000 })).toBe(url);
  });
});

describe("loopbackOrigin", () => {
  it.each([
    ["127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["[::1]:3000", "http://[::1]:3000"],
    ["localhost:3000", "http://localhost:3000"],
    ["localhost:4000", null],
    ["evil.example:3000", null],
    ["127.0.0.1:3000@evil.example", null],
    [null, null],
  ])("%s -> %s", (host, expected) => {
    expect(loopbackOrigin(host, 3000)).toBe(expected);
  });
});
