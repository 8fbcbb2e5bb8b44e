import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./csp";

const directivesOf = (policy: string) => Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce and nothing from other origins", () => {
    const policy = directivesOf(contentSecurityPolicy({ nonce: "abc123==" }));
    expect(policy).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "'nonce-abc123=='", "'strict-dynamic'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("adds eval for the development server only, and upgrades requests only over https", () => {
    expect(directivesOf(contentSecurityPolicy({ nonce: "n", dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("allows a cached page's inline scripts by their hashes, with no nonce and no 'strict-dynamic'", () => {
    const policy = directivesOf(contentSecurityPolicy({ scriptHashes: ["'sha256-abc='", "'sha256-def='"], https: true }));
    expect(policy["script-src"]).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"]);
    expect(policy["upgrade-insecure-requests"]).toEqual([]);
    expect(policy["object-src"]).toEqual(["'none'"]);
  });

  it("uses no nonce in styles, which would switch 'unsafe-inline' off", () => {
    expect(directivesOf(contentSecurityPolicy({ nonce: "n" }))["style-src"]).not.toContain("'nonce-n'");
  });
});

describe("createNonce", () => {
  it("gives 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
