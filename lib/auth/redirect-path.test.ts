import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect-path";

describe("safeRedirectPath", () => {
  it.each([
    ["/ja/account", "ja", "/ja/account"],
    ["/en/exchanges/kraken?tab=reports#r1", "en", "/en/exchanges/kraken?tab=reports#r1"],
    ["/en", "ja", "/en"],
    [undefined, "ja", "/ja"],
    [null, "en", "/en"],
    ["", "en", "/en"],
    ["account", "en", "/en"],
    ["https://evil.example/en", "en", "/en"],
    ["//evil.example/en", "en", "/en"],
    ["/\\evil.example", "en", "/en"],
    ["/%2F%2Fevil.example", "en", "/en"],
    ["/de/account", "en", "/en"],
    ["/api/auth/signout", "en", "/en"],
    ["/en/sign-in", "en", "/en"],
    ["/ja/sign-in/check-email", "ja", "/ja"],
    ["/en/sign-in?callbackUrl=/en/account", "en", "/en"],
  ] as const)("%j in %s -> %s", (value, locale, expected) => {
    expect(safeRedirectPath(value, locale)).toBe(expected);
  });
});
