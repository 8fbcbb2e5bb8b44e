import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { entityTag, matchesIfNoneMatch, problemOf } from "./http";

describe("report cursors", () => {
  it("round-trip and refuse anything they did not make", () => {
    const cursor = { createdAt: new Date("2026-03-01T10:20:30.456Z"), id: "cm8abc123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of ["", "x", "!!", btoa("[1,2]"), btoa('["2026-13-01T00:00:00.000Z","a"]'), btoa('["2026-03-01T10:20:30.456Z","a;drop"]'), "a".repeat(201)]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});

describe("entity tags", () => {
  it("differ between bodies and match If-None-Match lists, weak or strong", () => {
    const tag = entityTag('{"a":1}');
    expect(tag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/);
    expect(entityTag('{"a":2}')).not.toBe(tag);
    expect(entityTag('{"a":1}')).toBe(tag);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe("problems", () => {
  it("carry their status and type", () => {
    expect(problemOf("rate-limited", { retryAfterSeconds: 5 })).toEqual({ type: "/api/v1/problems/rate-limited", title: "Too many requests", status: 429, retryAfterSeconds: 5 });
  });
});
