import { describe, expect, it } from "vitest";
import { roundDaysForDisplay } from "./display";

describe("roundDaysForDisplay", () => {
  it.each([
    [0, 0],
    [0.04, 0],
    [0.05, 0.1],
    [0.5, 0.5],
    [1, 1],
    [2.54, 2.5],
    [9.94, 9.9],
    [9.96, 10],
    [10, 10],
    [11.026, 11],
    [14.39, 14],
    [15.506, 16],
    [143, 143],
  ])("shows %f days as %f", (days, shown) => {
    expect(roundDaysForDisplay(days)).toBe(shown);
  });
});
