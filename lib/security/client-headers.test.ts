import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, forwardedClientAddress, isLoopbackAddress, isLoopbackHostname, LOOPBACK_HEADER, readClientHeaders, stampClientHeaders, TRUSTED_CLIENT_HEADERS_ENV } from "./client-headers";

const trusted = { [TRUSTED_CLIENT_HEADERS_ENV]: "1" };
const toHeaders = (incoming: IncomingHttpHeaders) => new Headers(Object.entries(incoming).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])));

describe("stampClientHeaders and readClientHeaders", () => {
  it.each([
    ["127.0.0.1", {}, true],
    ["::1", {}, true],
    ["::ffff:127.0.0.1", {}, true],
    ["127.4.5.6", {}, true],
    ["192.168.1.20", {}, false],
    ["::ffff:10.0.0.2", {}, false],
    ["2001:db8::1", {}, false],
    // A proxy on this machine forwards other people's requests: not this machine's own.
    ["127.0.0.1", { "x-forwarded-for": "203.0.113.9" }, false],
    ["127.0.0.1", { forwarded: "for=203.0.113.9" }, false],
    ["127.0.0.1", { "x-real-ip": "203.0.113.9" }, false],
  ] as const)("%s with %j is loopback: %s", (remote, extra, loopback) => {
    const headers: IncomingHttpHeaders = { host: "localhost:3000", ...extra };
    stampClientHeaders(headers, remote);
    expect(readClientHeaders(toHeaders(headers), trusted).loopback).toBe(loopback);
  });

  it("overwrites what the client sent", () => {
    const headers: IncomingHttpHeaders = { [LOOPBACK_HEADER]: "1", [CLIENT_ADDRESS_HEADER]: "127.0.0.1" };
    stampClientHeaders(headers, "::ffff:198.51.100.7");
    expect(readClientHeaders(toHeaders(headers), trusted)).toEqual({ address: "198.51.100.7", loopback: false });
  });

  it("trusts nothing when the server in front is not serve.ts", () => {
    const forged = new Headers({ [LOOPBACK_HEADER]: "1", [CLIENT_ADDRESS_HEADER]: "127.0.0.1" });
    expect(readClientHeaders(forged, {})).toEqual({ address: null, loopback: false });
  });
});

describe("loopback names", () => {
  it.each([
    ["127.0.0.1", true],
    ["::1", true],
    ["localhost", true],
    ["[::1]", true],
    ["LOCALHOST", true],
    ["localhost.example.com", false],
    ["10.0.0.1", false],
  ])("%s", (value, expected) => {
    expect(isLoopbackHostname(value)).toBe(expected);
    if (/^[\d.:]+$/.test(value)) expect(isLoopbackAddress(value)).toBe(expected);
  });
});

describe("forwardedClientAddress", () => {
  it("takes the first X-Forwarded-For entry, the browser's as the trusted proxy saw it", () => {
    expect(forwardedClientAddress({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.2" })).toBe("203.0.113.7");
    expect(forwardedClientAddress({ "x-forwarded-for": ["198.51.100.4", "10.0.0.2"] } as unknown as IncomingHttpHeaders)).toBe("198.51.100.4");
  });

  it("has none without the header, or with an empty one", () => {
    expect(forwardedClientAddress({})).toBeUndefined();
    expect(forwardedClientAddress({ "x-forwarded-for": " " })).toBeUndefined();
  });
});
