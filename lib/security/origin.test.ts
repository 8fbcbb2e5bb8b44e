import { describe, expect, it } from "vitest";
import { isSameOrigin, requestHost, requestProtocol } from "./origin";

describe("isSameOrigin", () => {
  const cases: [string, { origin: string | null; host: string | null; protocol?: string | null; allowedOrigins?: string[] }, boolean][] = [
    ["the same host and port", { origin: "http://localhost:3000", host: "localhost:3000" }, true],
    ["https on the default port", { origin: "https://atlas.example", host: "atlas.example" }, true],
    ["host names in another case", { origin: "https://Atlas.Example", host: "ATLAS.example" }, true],
    ["another port", { origin: "http://localhost:3001", host: "localhost:3000" }, false],
    ["another site", { origin: "https://evil.example", host: "atlas.example" }, false],
    ["a look-alike suffix", { origin: "https://atlas.example.evil.example", host: "atlas.example" }, false],
    ["no Origin header", { origin: null, host: "atlas.example" }, false],
    ["an empty Origin", { origin: "", host: "atlas.example" }, false],
    ["the opaque origin of a sandboxed frame or file", { origin: "null", host: "atlas.example" }, false],
    ["a non-web scheme", { origin: "file://atlas.example", host: "atlas.example" }, false],
    ["an origin with a path, which no browser sends", { origin: "https://atlas.example/x", host: "atlas.example" }, false],
    ["garbage", { origin: "not a url", host: "atlas.example" }, false],
    ["no Host and no allowed origins", { origin: "https://atlas.example", host: null }, false],
    ["an allowed full origin behind a proxy that rewrites Host", { origin: "https://atlas.example", host: "10.0.0.5:3000", allowedOrigins: ["https://atlas.example"] }, true],
    ["an allowed origin with another scheme", { origin: "http://atlas.example", host: "10.0.0.5:3000", allowedOrigins: ["https://atlas.example"] }, false],
    ["an allowed host", { origin: "https://atlas.example", host: "internal:3000", allowedOrigins: ["atlas.example"] }, true],
    ["a subdomain of an allowed wildcard", { origin: "https://ja.atlas.example", host: "internal", allowedOrigins: ["*.atlas.example"] }, true],
    ["the wildcard's own domain", { origin: "https://atlas.example", host: "internal", allowedOrigins: ["*.atlas.example"] }, false],
    ["a bare wildcard, which allows nothing", { origin: "https://evil.example", host: "internal", allowedOrigins: ["*.", ""] }, false],
    ["the same scheme as the request", { origin: "http://localhost:3000", host: "localhost:3000", protocol: "http" }, true],
    ["https on the same host as a plain-http instance", { origin: "https://localhost:3000", host: "localhost:3000", protocol: "http" }, false],
    ["https on the default port of a plain-http instance", { origin: "https://atlas.example", host: "atlas.example", protocol: "http:" }, false],
    ["http on the same host as an https instance", { origin: "http://atlas.example", host: "atlas.example", protocol: "https" }, false],
    ["https behind a TLS proxy", { origin: "https://atlas.example", host: "atlas.example", protocol: "HTTPS" }, true],
    ["an allowed public URL with a path", { origin: "http://localhost:3000", host: "127.0.0.1:3000", allowedOrigins: ["http://localhost:3000/"] }, true],
  ];

  it.each(cases)("%s", (_name, input, expected) => {
    expect(isSameOrigin(input)).toBe(expected);
  });
});

describe("requestProtocol", () => {
  it("takes the first X-Forwarded-Proto, the one the client's own connection used", () => {
    expect(requestProtocol("https, http")).toBe("https");
    expect(requestProtocol("http")).toBe("http");
    expect(requestProtocol("")).toBeNull();
    expect(requestProtocol(null)).toBeNull();
  });
});

describe("requestHost", () => {
  it("behind a trusted proxy, prefers the first X-Forwarded-Host, as Next does", () => {
    expect(requestHost("atlas.example, proxy.internal", "10.0.0.5:3000", true)).toBe("atlas.example");
    expect(requestHost(null, "localhost:3000", true)).toBe("localhost:3000");
    expect(requestHost("", "localhost:3000", true)).toBe("localhost:3000");
    expect(requestHost(null, null, true)).toBeNull();
  });

  it("without a trusted proxy, ignores X-Forwarded-Host, which anyone can send", () => {
    expect(requestHost("evil.example", "atlas.example", false)).toBe("atlas.example");
    expect(isSameOrigin({ origin: "https://evil.example", host: requestHost("evil.example", "atlas.example", false) })).toBe(false);
  });
});
