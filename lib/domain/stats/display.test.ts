import { describe, expect, it } from "vitest";
import { resolutionChartExtent, roundDaysForDisplay } from "./display";

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

describe("resolutionChartExtent", () => {
  const point = (time: number, resolved: number) => ({ time, survival: 1 - resolved });

  it("ends where the curve has reached 99% of its final share, and says the flat tail was cut", () => {
    const curve = [point(2, 0.2), point(10, 0.5), point(40, 0.78), point(41, 0.78), point(900, 0.78), point(3_500, 0.78)];
    expect(resolutionChartExtent(curve)).toEqual({ endDay: 40, lastDay: 3_500, cut: true });
  });

  it("keeps a late rise that is more than 1% of the final share", () => {
    const curve = [point(5, 0.5), point(300, 0.9), point(400, 0.9)];
    expect(resolutionChartExtent(curve)).toEqual({ endDay: 300, lastDay: 400, cut: true });
  });

  it("draws a curve that ends on its last rise whole", () => {
    const curve = [point(3, 0.25), point(9, 1)];
    expect(resolutionChartExtent(curve)).toEqual({ endDay: 9, lastDay: 9, cut: false });
  });

  it("keeps the median inside when the curve barely passes one half", () => {
    const curve = [point(10, 0.497), point(80, 0.501), point(200, 0.501)];
    expect(resolutionChartExtent(curve, { median: 80 })).toEqual({ endDay: 80, lastDay: 200, cut: true });
  });

  it("shows at least a week, and does not cut a curve shorter than that", () => {
    expect(resolutionChartExtent([point(1, 0.5), point(3, 0.5)])).toEqual({ endDay: 7, lastDay: 3, cut: false });
  });

  it("draws the whole follow-up when nothing was resolved, or there is no curve", () => {
    expect(resolutionChartExtent([point(10, 0), point(60, 0)])).toEqual({ endDay: 60, lastDay: 60, cut: false });
    expect(resolutionChartExtent([])).toEqual({ endDay: 7, lastDay: 0, cut: false });
  });
});
