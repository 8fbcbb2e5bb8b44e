import { describe, expect, it } from "vitest";
import { hasSessionCookie, pageCacheRules, withoutSessionCookie, type RequestFacts } from "./rules";

const rules = pageCacheRules(["en", "ja"]);
const request = (url: string, overrides: Partial<RequestFacts> = {}): RequestFacts => ({ method: "GET", url, headers: {}, https: false, ...overrides });

describe("pageCacheRules", () => {
  it.each([
    ["/en", { kind: "site" }],
    ["/ja/compare", { kind: "site" }],
    ["/en/exchanges/zaif", { kind: "exchange", slug: "zaif" }],
    ["/ja/exchanges/bitflyer/reports", { kind: "exchange", slug: "bitflyer" }],
    ["/en/exchanges/made-up-x", { kind: "exchange", slug: "made-up-x" }],
  ])("caches %s for anonymous readers, tagged %o", (url, tag) => {
    expect(rules(request(url))).toEqual({ key: `http ${url}`, tag });
  });

  it.each([
    "/",
    "/fr",
    "/en/",
    "/en/reports/new",
    "/en/reports/abc",
    "/en/account",
    "/en/moderation",
    "/en/sign-in",
    "/api/guides/version?slug=zaif",
    "/en/exchanges/Zaif",
    "/en/exchanges/zaif/reports/extra",
    "/en/exchanges/%7Ezaif",
    "/favicon.ico",
  ])("leaves %s to Next", (url) => {
    expect(rules(request(url))).toBeNull();
  });

  it("keeps the query in the key, so each view of the comparison and each report page is its own copy", () => {
    expect(rules(request("/en/compare?period=12&language=ja"))?.key).toBe("http /en/compare?period=12&language=ja");
    expect(rules(request("/en/exchanges/zaif/reports?page=2"))?.key).toBe("http /en/exchanges/zaif/reports?page=2");
  });

  it("keeps http and https apart, as their headers differ", () => {
    expect(rules(request("/en", { https: true }))?.key).toBe("https /en");
  });

  it("answers only GET and HEAD", () => {
    expect(rules(request("/en", { method: "HEAD" }))).not.toBeNull();
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", undefined]) expect(rules(request("/en", { method }))).toBeNull();
  });

  it("answers signed-in readers the pages that are the same for them, whatever the cookie's prefix or chunk", () => {
    for (const cookie of ["authjs.session-token=abc", "NEXT_LOCALE=ja; __Secure-authjs.session-token=abc", "a=1;authjs.session-token.0=abc"]) {
      for (const url of ["/en", "/ja/compare", "/en/exchanges/zaif"]) expect(rules(request(url, { headers: { cookie } }))?.key).toBe(`http ${url}`);
      // A report list renders the reader's votes and links on the server.
      expect(rules(request("/en/exchanges/zaif/reports", { headers: { cookie } }))).toBeNull();
    }
    expect(rules(request("/en/exchanges/zaif/reports", { headers: { cookie: ["x=1", "authjs.session-token=abc"] } }))).toBeNull();
  });

  it("drops only the session cookie from a shared render's request", () => {
    expect(withoutSessionCookie("NEXT_LOCALE=ja; __Secure-authjs.session-token=abc; authjs.csrf-token=x")).toBe("NEXT_LOCALE=ja; authjs.csrf-token=x");
    expect(withoutSessionCookie("authjs.session-token.0=a;authjs.session-token.1=b")).toBeUndefined();
    expect(withoutSessionCookie(undefined)).toBeUndefined();
    expect(hasSessionCookie(["x=1", "authjs.session-token=abc"])).toBe(true);
    expect(hasSessionCookie("authjs.csrf-token=x")).toBe(false);
  });

  it("answers readers with other cookies: the locale, or Auth.js's CSRF and callback cookies", () => {
    const cookie = "NEXT_LOCALE=ja; authjs.csrf-token=x; authjs.callback-url=%2Fen";
    expect(rules(request("/ja/exchanges/zaif", { headers: { cookie } }))).not.toBeNull();
  });

  it("leaves client-side navigations, prefetches and server actions to Next", () => {
    for (const name of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"]) {
      expect(rules(request("/en/exchanges/zaif", { headers: { [name]: "1" } }))).toBeNull();
    }
    expect(rules(request("/en/exchanges/zaif?_rsc=abc12"))).toBeNull();
  });
});
