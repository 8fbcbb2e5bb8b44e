import { describe, expect, it } from "vitest";
import { rankReports, toProportion, wilsonInterval, wilsonLowerBound, type RankableReport } from "./wilson";

// Lower bound = (p + z²/2n - z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), z² = 1.96² = 3.8416.
// For n of n the square root is z²/2n exactly, so the bound is n / (n + z²).
describe("wilsonLowerBound", () => {
  const cases: { positive: number; total: number; z?: number; expected: number; why: string }[] = [
    { positive: 0, total: 0, expected: 0, why: "no votes" },
    { positive: 1, total: 1, expected: 1 / 4.8416, why: "1 / (1 + 3.8416) = 0.206543" },
    { positive: 100, total: 100, expected: 100 / 103.8416, why: "= 0.963005" },
    {
      positive: 5,
      total: 10,
      // (0.5 + 0.19208 - 1.96·sqrt(0.025 + 0.009604)) / 1.38416 = (0.69208 - 0.364602) / 1.38416
      expected: 0.23659,
      why: "half of ten",
    },
    { positive: 0, total: 10, expected: 0, why: "0 + 0.19208 - 1.96·0.098 = 0" },
    { positive: 1, total: 1, z: 1, expected: 0.5, why: "z = 1: 1 / (1 + 1)" },
  ];

  it.each(cases)("$positive/$total (z $z): $why", ({ positive, total, z, expected }) => {
    expect(wilsonLowerBound(positive, total, z)).toBeCloseTo(expected, 5);
  });

  it("never leaves [0, 1] and is symmetric: upper(k, n) = 1 - lower(n - k, n)", () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
    expect(wilsonInterval(0, 5).upper).toBeCloseTo(3.8416 / 8.8416, 9);
    expect(wilsonInterval(5, 5).upper).toBe(1);
    expect(wilsonInterval(2, 4).upper).toBeCloseTo(1 - wilsonInterval(2, 4).lower, 12);
  });

  it("rejects impossible counts", () => {
    expect(() => wilsonLowerBound(3, 2)).toThrow(RangeError);
    expect(() => wilsonLowerBound(-1, 2)).toThrow(RangeError);
    expect(() => wilsonLowerBound(0.5, 2)).toThrow(RangeError);
  });

  it("toProportion carries the share and both bounds", () => {
    const proportion = toProportion(2, 4);
    expect(proportion.count).toBe(2);
    expect(proportion.n).toBe(4);
    expect(proportion.share).toBe(0.5);
    // (0.5 + 0.4802 - 1.96·sqrt(0.0625 + 0.060025)) / 1.9604
    expect(proportion.lower).toBeCloseTo(0.150036, 5);
    expect(proportion.upper).toBeCloseTo(0.849964, 5);
    expect(toProportion(0, 0).share).toBe(0);
  });
});

describe("rankReports", () => {
  function report(id: string, helpful: number, notHelpful: number, created = "2024-01-01"): RankableReport {
    return { id, createdAt: new Date(`${created}T00:00:00Z`), votes: { helpful, notHelpful } };
  }

  it("ranks by the Wilson lower bound, then votes, then newest, then id", () => {
    const reports = [
      report("one-of-one", 1, 0), // 0.2065
      report("unvoted-old", 0, 0, "2023-01-01"), // 0, no votes, older
      report("ten-of-eleven", 10, 1), // 0.6226
      report("half", 5, 5), // 0.2366
      report("unvoted-b", 0, 0, "2024-02-01"), // 0, no votes, newer
      report("unvoted-a", 0, 0, "2024-02-01"), // same as b: id decides
      report("zero-of-three", 0, 3), // 0, but 3 votes
    ];
    const expected = ["ten-of-eleven", "half", "one-of-one", "zero-of-three", "unvoted-a", "unvoted-b", "unvoted-old"];
    expect(rankReports(reports).map((r) => r.id)).toEqual(expected);
    expect(rankReports([...reports].reverse()).map((r) => r.id)).toEqual(expected);
  });

  it("returns a new array and keeps extra fields", () => {
    const reports = [{ ...report("a", 0, 0), title: "x" }];
    const ranked = rankReports(reports);
    expect(ranked).not.toBe(reports);
    expect(ranked[0]?.title).toBe("x");
  });
});
