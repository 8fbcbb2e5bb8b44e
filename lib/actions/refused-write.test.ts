import { describe, expect, it } from "vitest";
import { refusedWriteOf, refusedWriteQuery, retryWaitValues } from "./refused-write";

describe("refusedWriteQuery and refusedWriteOf", () => {
  it("carry a rate limit or an outage with its wait through the address", () => {
    const query = refusedWriteQuery({ code: "rateLimited", retryAfterSeconds: 1_800, limit: "case.update" });
    expect(query).toBe("refused=rateLimited&retryAfter=1800");
    expect(refusedWriteOf(Object.fromEntries(new URLSearchParams(query ?? "")))).toEqual({ code: "rateLimited", retryAfterSeconds: 1_800 });
    expect(refusedWriteOf({ refused: "unavailable", retryAfter: "5" })).toEqual({ code: "unavailable", retryAfterSeconds: 5 });
  });

  it("carry nothing for failures there is no waiting out", () => {
    expect(refusedWriteQuery({ code: "notFound" })).toBeNull();
    expect(refusedWriteQuery({ code: "invalidInput", fieldErrors: {} })).toBeNull();
    expect(refusedWriteQuery({ code: "unexpected" })).toBeNull();
  });

  it.each([
    [{}],
    [{ refused: "forbidden", retryAfter: "60" }],
    [{ refused: "rateLimited" }],
    [{ refused: "rateLimited", retryAfter: "0" }],
    [{ refused: "rateLimited", retryAfter: "1.5" }],
    [{ refused: "rateLimited", retryAfter: "86401" }],
    [{ refused: "rateLimited", retryAfter: "abc" }],
  ])("read no refusal from an address someone else wrote: %o", (search) => {
    expect(refusedWriteOf(search)).toBeNull();
  });

  it("read the first of repeated parameters", () => {
    expect(refusedWriteOf({ refused: ["rateLimited", "unavailable"], retryAfter: ["60", "1"] })).toEqual({ code: "rateLimited", retryAfterSeconds: 60 });
  });
});

describe("retryWaitValues", () => {
  it.each([
    [0, { seconds: 0, minutes: 1, hours: 1 }],
    [59, { seconds: 59, minutes: 1, hours: 1 }],
    [61, { seconds: 61, minutes: 2, hours: 1 }],
    [3_600, { seconds: 3_600, minutes: 60, hours: 1 }],
    [3_601, { seconds: 3_601, minutes: 61, hours: 2 }],
  ])("words %i s as %o", (seconds, values) => {
    expect(retryWaitValues(seconds)).toEqual(values);
  });
});
