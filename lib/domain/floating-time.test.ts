import { describe, expect, it } from "vitest";
import { dayOf, monthOf, occurredAtOf, timeOfDay } from "./floating-time";

describe("floating times", () => {
  it("stores the author's day and clock time as if UTC, and reads them back", () => {
    const at = occurredAtOf({ day: "2026-03-31", time: "23:45" });
    expect(at.toISOString()).toBe("2026-03-31T23:45:00.000Z");
    expect([dayOf(at), timeOfDay(at), monthOf(at)]).toEqual(["2026-03-31", "23:45", "2026-03"]);
  });

  it("stores a day without a time at its midnight", () => {
    expect(occurredAtOf({ day: "2026-03-31" }).toISOString()).toBe("2026-03-31T00:00:00.000Z");
  });
});
