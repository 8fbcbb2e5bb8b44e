import { describe, expect, it } from "vitest";
import {
  isNewAccount,
  longestWindowSeconds,
  rateLimitFor,
  signInClientOf,
  rateLimitKey,
  retryAfterMinutes,
  retryAfterSeconds,
  signInLinkLimit,
  windowStartOf,
  type RateLimitedAction,
} from "./rate-limit-policy";

const now = new Date("2026-03-10T15:30:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

describe("rateLimitFor", () => {
  // Written out so a changed limit shows up as a changed row.
  const table: [RateLimitedAction, number, number][] = [
    // action          new account  established
    ["report.create", 5, 20],
    ["report.update", 10, 50],
    ["flag.create", 10, 50],
    ["case.create", 5, 20],
    ["representative.request", 3, 10],
    ["representative.write", 30, 100],
  ];

  it.each(table)("%s: %i a day for new accounts, %i for older ones", (action, newLimit, establishedLimit) => {
    expect(rateLimitFor({ action, accountCreatedAt: daysAgo(0), now })).toEqual({ limit: newLimit, windowSeconds: 86_400 });
    expect(rateLimitFor({ action, accountCreatedAt: daysAgo(6.99), now }).limit).toBe(newLimit);
    expect(rateLimitFor({ action, accountCreatedAt: daysAgo(7), now }).limit).toBe(establishedLimit);
    expect(rateLimitFor({ action, accountCreatedAt: daysAgo(400), now }).limit).toBe(establishedLimit);
  });

  it("lets a reader cast 15 votes a minute while the account is new and 30 once it is established", () => {
    expect(rateLimitFor({ action: "vote.cast", accountCreatedAt: daysAgo(0), now })).toEqual({ limit: 15, windowSeconds: 60 });
    expect(rateLimitFor({ action: "vote.cast", accountCreatedAt: daysAgo(400), now })).toEqual({ limit: 30, windowSeconds: 60 });
  });

  it("lets a case's owner make 60 changes an hour while the account is new and 120 once it is established", () => {
    expect(rateLimitFor({ action: "case.update", accountCreatedAt: daysAgo(0), now })).toEqual({ limit: 60, windowSeconds: 3_600 });
    expect(rateLimitFor({ action: "case.update", accountCreatedAt: daysAgo(400), now })).toEqual({ limit: 120, windowSeconds: 3_600 });
  });

  it("treats an account as new for exactly seven days", () => {
    expect(isNewAccount(new Date(now.getTime() - 7 * 86_400_000 + 1), now)).toBe(true);
    expect(isNewAccount(new Date(now.getTime() - 7 * 86_400_000), now)).toBe(false);
  });

  it("knows its longest window, which pruning relies on", () => {
    expect(longestWindowSeconds).toBe(86_400);
  });

  it("sends five sign-in links per address an hour", () => {
    expect(signInLinkLimit).toEqual({ limit: 5, windowSeconds: 3_600 });
  });

  it.each([
    [1, 1],
    [59, 1],
    [60, 1],
    [61, 2],
    [3_600, 60],
  ])("shows %i s to wait as %i minutes", (seconds, minutes) => {
    expect(retryAfterMinutes(seconds)).toBe(minutes);
  });
});

describe("windows", () => {
  it("start at UTC midnight for day windows", () => {
    expect(windowStartOf(now, 86_400).toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(windowStartOf(new Date("2026-03-10T00:00:00Z"), 86_400).toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(windowStartOf(new Date("2026-03-09T23:59:59.999Z"), 86_400).toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(windowStartOf(new Date("2026-03-10T15:31:10Z"), 60).toISOString()).toBe("2026-03-10T15:31:00.000Z");
  });

  it("give the seconds until the window ends, rounded up and never zero", () => {
    expect(retryAfterSeconds(now, 86_400)).toBe(8.5 * 3600);
    expect(retryAfterSeconds(new Date("2026-03-10T23:59:59.200Z"), 86_400)).toBe(1);
    expect(retryAfterSeconds(new Date("2026-03-10T00:00:00Z"), 86_400)).toBe(86_400);
  });

  it("key counters by action and user", () => {
    expect(rateLimitKey("flag.create", "u1")).toBe("flag.create:u1");
    expect(rateLimitKey("report.create", "u1")).not.toBe(rateLimitKey("report.update", "u1"));
  });
});

describe("signInClientOf", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["2001:db8:85a3:1234:5678:8a2e:370:7334", "2001:db8:85a3:1234::/64"],
    ["2001:db8:85a3:1234::1", "2001:db8:85a3:1234::/64"],
    ["2001:0db8:85a3:1234:ffff::2", "2001:db8:85a3:1234::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("%s -> %s", (address, client) => {
    expect(signInClientOf(address)).toBe(client);
  });
});
