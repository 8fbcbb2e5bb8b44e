import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config, looksLikeFile } from "../../proxy";

// The proxy gives every page its Content-Security-Policy. Next runs it only where the matcher
// says, so the matcher is checked here as Next applies it: against the whole path.
function matcherMatches(pathname: string): boolean {
  const source = config.matcher.replace(/^\//, "");
  return new RegExp(`^/${source}$`).test(pathname);
}

describe("proxy", () => {
  it.each(["/en", "/en/foo.bar", "/foo.bar", "/en/reports/x.php", "/favicon.ico", "/en/wp-login.php"])("runs for %s", (pathname) => {
    expect(matcherMatches(pathname)).toBe(true);
  });

  it.each(["/api/reports", "/api", "/_next/static/chunks/a.js"])("leaves %s to Next", (pathname) => {
    expect(matcherMatches(pathname)).toBe(false);
  });

  it("gives an address with a dot the policy, without sending it to a locale", async () => {
    const response = proxy(new NextRequest("http://localhost:3000/en/foo.bar"));
    expect(response.headers.get("Content-Security-Policy")).toMatch(/script-src 'self' 'nonce-/);
    expect(response.headers.get("location")).toBeNull();
  });

  it.each(["OPTIONS", "POST", "PUT", "DELETE"])("refuses %s on a file address with 405, as files are only read", (method) => {
    const response = proxy(new NextRequest("http://localhost:3000/favicon.ico?page=.", { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD");
  });

  it("still sends a page address without a locale to one", () => {
    const response = proxy(new NextRequest("http://localhost:3000/exchanges/kraken", { headers: { "accept-language": "ja" } }));
    expect(response.headers.get("location")).toMatch(/\/ja\/exchanges\/kraken$/);
    expect(response.headers.get("Content-Security-Policy")).toMatch(/nonce-/);
  });

  it.each([
    ["/favicon.ico", true],
    ["/en/foo.bar", true],
    ["/en/reports/a.b/edit", false],
    ["/en", false],
  ])("looksLikeFile(%s) is %s", (pathname, expected) => {
    expect(looksLikeFile(pathname)).toBe(expected);
  });
});
