import { describe, expect, it } from "vitest";
import { localeOfAuthRequest, localeOfCallbackUrl } from "./request-locale";

describe("localeOfCallbackUrl", () => {
  it.each([
    ["/ja/account", "ja"],
    ["/en", "en"],
    ["http://localhost:3000/ja/exchanges/kraken?x=1", "ja"],
    ["/de/account", null],
    ["/", null],
    ["", null],
    [null, null],
    ["/japan", null],
  ])("%j -> %j", (value, expected) => {
    expect(localeOfCallbackUrl(value)).toBe(expected);
  });
});

describe("localeOfAuthRequest", () => {
  const request = (url: string, cookie?: string) => ({ url, headers: new Headers(cookie ? { cookie } : {}) });

  it("reads the callback URL of an e-mail link first", () => {
    expect(localeOfAuthRequest(request("http://localhost/api/auth/callback/nodemailer?callbackUrl=%2Fja%2Faccount&token=t", "NEXT_LOCALE=en"))).toBe("ja");
  });

  it("reads Auth.js's callback-url cookie during OAuth, with or without the secure prefix", () => {
    expect(localeOfAuthRequest(request("http://localhost/api/auth/callback/github?code=x", "authjs.callback-url=http%3A%2F%2Flocalhost%2Fja"))).toBe("ja");
    expect(localeOfAuthRequest(request("https://atlas.example/api/auth/callback/github", "__Secure-authjs.callback-url=https%3A%2F%2Fatlas.example%2Fja%2Faccount"))).toBe("ja");
  });

  it("falls back to the locale cookie, then English", () => {
    expect(localeOfAuthRequest(request("http://localhost/api/auth/callback/github", "NEXT_LOCALE=ja"))).toBe("ja");
    expect(localeOfAuthRequest(request("http://localhost/api/auth/callback/github", "NEXT_LOCALE=xx; other=%E0"))).toBe("en");
    expect(localeOfAuthRequest(undefined)).toBe("en");
  });
});
